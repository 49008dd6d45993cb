import { createLinkWorkerRepository } from '@linkki/db';
import { linkWorkerIdInputSchema, linkWorkerSurveyInputSchema, requireCountyMunicipalities, saveLinkWorkerProfileInputSchema, saveTrainingRecordInputSchema } from '@linkki/domain';
import { noInput, router, tenantRoleProcedure } from '../../trpc';
import { surveySummaryOf } from './survey-summary';

const linkWorkerProcedure = tenantRoleProcedure('linkWorker');
const coordinatorProcedure = tenantRoleProcedure('coordinator');

type TenantContext = Parameters<Parameters<typeof linkWorkerProcedure.query>[0]>[0]['ctx'];

const linkWorkersOf = (ctx: TenantContext) => createLinkWorkerRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId });

/** A profile with the link worker's current open referrals, which capacity is measured against. */
const withLoad = async (ctx: TenantContext, userId: string) => {
  const repository = linkWorkersOf(ctx);
  const [stored, load] = await Promise.all([repository.profile(userId), repository.load(userId)]);
  return stored ? { ...stored, activeCount: load.activeCount } : null;
};

/** Link workers' own profiles, training records and survey; coordinators read them (the survey only in aggregate). */
export const linkWorkersRouter = router({
  myProfile: linkWorkerProcedure.input(noInput).query(({ ctx }) => withLoad(ctx, ctx.userId)),

  saveProfile: linkWorkerProcedure.input(saveLinkWorkerProfileInputSchema).mutation(async ({ ctx, input }) => {
    requireCountyMunicipalities(ctx.tenant.municipalities, input.profile.municipalities, 'profile.municipalities');
    const saved = await linkWorkersOf(ctx).saveProfile(ctx.userId, input.profile, input.expectedVersion);
    return { ...saved, activeCount: (await linkWorkersOf(ctx).load(ctx.userId)).activeCount };
  }),

  list: coordinatorProcedure.input(noInput).query(async ({ ctx }) => {
    const repository = linkWorkersOf(ctx);
    const profiles = await repository.list();
    const loads = await repository.loads(profiles.map((stored) => stored.userId));
    return profiles.map((stored) => ({ ...stored, activeCount: loads.get(stored.userId) ?? 0 }));
  }),

  myTraining: linkWorkerProcedure.input(noInput).query(({ ctx }) => linkWorkersOf(ctx).training(ctx.userId)),

  saveTraining: linkWorkerProcedure.input(saveTrainingRecordInputSchema).mutation(({ ctx, input }) => linkWorkersOf(ctx).saveTraining(ctx.userId, input.record, input.expectedVersion)),

  training: coordinatorProcedure.input(linkWorkerIdInputSchema).query(({ ctx, input }) => linkWorkersOf(ctx).training(input.linkWorkerId)),

  submitSurvey: linkWorkerProcedure.input(linkWorkerSurveyInputSchema).mutation(async ({ ctx, input }) => {
    const submittedAt = ctx.deps.now().toISOString();
    await linkWorkersOf(ctx).submitSurvey(ctx.userId, input, submittedAt);
    return { submittedAt };
  }),

  surveySummary: coordinatorProcedure.input(noInput).query(async ({ ctx }) => surveySummaryOf(await linkWorkersOf(ctx).surveyAnswers())),
});
