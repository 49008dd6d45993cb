import { createReferralConfigRepository } from '@linkki/db';
import {
  assignReferralInputSchema,
  createReferralInputSchema,
  exportAccessLogInputSchema,
  listReferralsInputSchema,
  recordContactInputSchema,
  recordMeasureInputSchema,
  referralByIdInputSchema,
  referralIdSchema,
  referralVocabulary,
  saveReferralConfigInputSchema,
  searchAccessLogInputSchema,
  takeReferralInputSchema,
  transitionReferralInputSchema,
} from '@linkki/domain';
import * as z from 'zod';
import { noInput, publicProcedure, router, tenantRoleProcedure } from '../../trpc';
import { exportAccessLog, searchAccessLog } from './access-log.service';
import type { ReferralActor } from './referral-context';
import { createReferral } from './referral-create.service';
import { auditTrail, clientSummary, listReferrals, referralById, referralQueue } from './referral-reads.service';
import { recordContact, recordMeasure } from './referral-records.service';
import { assignReferral, takeReferral, transitionReferral } from './referral-workflow.service';

const staffProcedure = tenantRoleProcedure('professional', 'linkWorker', 'coordinator');
const professionalProcedure = tenantRoleProcedure('professional');
const linkWorkerProcedure = tenantRoleProcedure('linkWorker');
const coordinatorProcedure = tenantRoleProcedure('coordinator');
const fieldworkProcedure = tenantRoleProcedure('professional', 'linkWorker');

type StaffContext = Parameters<Parameters<typeof staffProcedure.query>[0]>[0]['ctx'];

export const actorOf = (ctx: StaffContext): ReferralActor => ({
  tenant: ctx.tenant,
  tenantId: ctx.tenantId,
  userId: ctx.userId,
  roles: ctx.roles,
  displayName: ctx.identity.displayName ?? ctx.userId,
  gateway: ctx.deps.tables.tenant(ctx.tenantId),
  now: ctx.deps.now,
});

const configOf = (ctx: StaffContext) => createReferralConfigRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId });

/** Wellbeing referrals: from the professional through a link worker to an activity and back. */
export const referralsRouter = router({
  // Code lists only, no county data: the forms offer exactly what the procedures accept.
  vocabulary: publicProcedure.input(noInput).query(() => referralVocabulary()),
  config: staffProcedure.input(noInput).query(({ ctx }) => configOf(ctx).get()),
  saveConfig: coordinatorProcedure.input(saveReferralConfigInputSchema).mutation(({ ctx, input }) => configOf(ctx).save(input.config, input.expectedVersion)),
  create: professionalProcedure.input(createReferralInputSchema).mutation(({ ctx, input }) => createReferral(actorOf(ctx), input)),
  list: staffProcedure.input(listReferralsInputSchema).query(({ ctx, input }) => listReferrals(actorOf(ctx), input)),
  queue: linkWorkerProcedure.input(noInput).query(({ ctx }) => referralQueue(actorOf(ctx))),
  take: linkWorkerProcedure.input(takeReferralInputSchema).mutation(({ ctx, input }) => takeReferral(actorOf(ctx), input)),
  assign: coordinatorProcedure.input(assignReferralInputSchema).mutation(({ ctx, input }) => assignReferral(actorOf(ctx), input)),
  byId: staffProcedure.input(referralByIdInputSchema).query(({ ctx, input }) => referralById(actorOf(ctx), input.id)),
  transition: staffProcedure.input(transitionReferralInputSchema).mutation(({ ctx, input }) => transitionReferral(actorOf(ctx), input)),
  recordContact: linkWorkerProcedure.input(recordContactInputSchema).mutation(({ ctx, input }) => recordContact(actorOf(ctx), input)),
  recordMeasure: fieldworkProcedure.input(recordMeasureInputSchema).mutation(({ ctx, input }) => recordMeasure(actorOf(ctx), input)),
  clientSummary: staffProcedure.input(referralByIdInputSchema).query(({ ctx, input }) => clientSummary(actorOf(ctx), input.id)),
  auditTrail: coordinatorProcedure
    .input(z.object({ id: referralIdSchema, cursor: z.string().max(1000).optional() }).strict())
    .query(({ ctx, input }) => auditTrail(actorOf(ctx), input.id, input.cursor)),
  accessLog: coordinatorProcedure.input(searchAccessLogInputSchema).query(({ ctx, input }) => searchAccessLog(actorOf(ctx), input)),
  accessLogCsv: coordinatorProcedure.input(exportAccessLogInputSchema).query(({ ctx, input }) => exportAccessLog(actorOf(ctx), input)),
});
