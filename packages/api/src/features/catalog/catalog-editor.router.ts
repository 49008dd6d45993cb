import { createContactRequestRepository, createOrganisationRepository } from '@linkki/db';
import { activityContentSchema, entityIdSchema, moderationActions } from '@linkki/domain';
import * as z from 'zod';
import { noInput } from '../../trpc';
import { actorOf, coordinatorProcedure, cursorInput, type EditorContext, editorProcedure, versioned } from './catalog-procedures';
import { hsdsImportInputSchema } from '../hsds/hsds-import.schema';
import { importHsdsServices } from '../hsds/hsds-import.service';
import { readIfEditable, requireEditableOrganisation } from './listings/listing-access';
import { createListingsService } from './listings/listings.service';

const listingsOf = (ctx: EditorContext) => createListingsService(actorOf(ctx));

/** What organisation editors and coordinators use to keep listings up to date and answer residents. */
export const catalogEditorProcedures = {
  // An editor's own organisations are read by id, never the county's whole register.
  myOrganisations: editorProcedure.input(noInput).query(async ({ ctx }) => {
    const organisations = createOrganisationRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId });
    if (ctx.roles.includes('coordinator')) return organisations.list();
    return organisations.byIds(await organisations.idsEditedBy(ctx.userId));
  }),

  listActivities: editorProcedure
    .input(z.object({ organisationId: entityIdSchema, cursor: cursorInput }).strict())
    .query(({ ctx, input }) => listingsOf(ctx).listForOrganisation(input.organisationId, input.cursor)),

  activity: editorProcedure.input(z.object({ id: entityIdSchema }).strict()).query(({ ctx, input }) => listingsOf(ctx).byId(input.id)),

  createActivity: editorProcedure.input(z.object({ requestId: z.uuid(), content: activityContentSchema, submit: z.boolean() }).strict()).mutation(({ ctx, input }) => listingsOf(ctx).create(input)),

  updateActivity: editorProcedure.input(z.object({ ...versioned, content: activityContentSchema }).strict()).mutation(({ ctx, input }) => listingsOf(ctx).update(input)),

  transitionActivity: editorProcedure
    .input(z.object({ ...versioned, action: z.enum(moderationActions), reason: z.string().trim().min(3).max(1000).optional() }).strict())
    .mutation(({ ctx, input }) => listingsOf(ctx).transition(input)),

  verifyActivity: editorProcedure.input(z.object(versioned).strict()).mutation(({ ctx, input }) => listingsOf(ctx).verify(input)),

  moderationQueue: coordinatorProcedure.input(z.object({ cursor: cursorInput }).strict()).query(({ ctx, input }) => listingsOf(ctx).moderationQueue(input.cursor)),

  importHsds: coordinatorProcedure
    .input(hsdsImportInputSchema)
    .mutation(({ ctx, input }) => importHsdsServices({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenant: ctx.tenant, userId: ctx.userId, now: ctx.deps.now }, input.services)),

  contactRequests: editorProcedure
    .input(z.object({ organisationId: entityIdSchema, cursor: cursorInput }).strict())
    .query(({ ctx, input }) =>
      readIfEditable(actorOf(ctx), input.organisationId, () =>
        createContactRequestRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId }).queue(input.organisationId, ctx.deps.now(), input.cursor),
      ),
    ),

  markContactRequestHandled: editorProcedure
    .input(
      z
        .object({
          organisationId: entityIdSchema,
          id: z
            .string()
            .min(10)
            .max(100)
            .regex(/^[A-Za-z0-9:._-]+$/),
          expectedVersion: z.number().int().positive(),
        })
        .strict(),
    )
    .mutation(async ({ ctx, input }) => {
      await requireEditableOrganisation(actorOf(ctx), input.organisationId);
      return createContactRequestRepository({ gateway: ctx.deps.tables.tenant(ctx.tenantId), tenantId: ctx.tenantId }).markHandled({ ...input, userId: ctx.userId, now: ctx.deps.now().toISOString() });
    }),
};
