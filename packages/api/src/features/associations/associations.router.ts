import { associationRegistrationInputSchema, entityIdSchema, registrationStatusSchema, rejectionReasonSchema } from '@linkki/domain';
import * as z from 'zod';
import { residentProcedure, router, tenantRoleProcedure } from '../../trpc';
import { staffActorOf } from '../staff/staff-actor';
import { createAssociationDecisionsService } from './association-decisions.service';
import { createAssociationRegistrationService } from './association-registration.service';

const coordinatorProcedure = tenantRoleProcedure('coordinator');

type ResidentContext = Parameters<Parameters<typeof residentProcedure.mutation>[0]>[0]['ctx'];
type CoordinatorContext = Parameters<Parameters<typeof coordinatorProcedure.query>[0]>[0]['ctx'];

const registrationsOf = (ctx: ResidentContext) =>
  createAssociationRegistrationService({
    gateway: ctx.deps.tables.tenant(ctx.tenant.slug),
    tenant: ctx.tenant,
    clientAddress: ctx.clientAddress,
    hashAddress: ctx.deps.hashAddress,
    limits: ctx.deps.submissionLimits,
    appUrl: ctx.deps.appUrl,
    now: ctx.deps.now(),
  });

const decisionsOf = (ctx: CoordinatorContext) =>
  createAssociationDecisionsService({
    ...staffActorOf(ctx),
    organisations: async () => (await ctx.deps.catalogSearch.forTenant(ctx.tenantId)).organisations.values(),
  });

const registrationId = entityIdSchema;
const versioned = { id: registrationId, expectedVersion: z.number().int().positive() };

/**
 * Associations join the catalog by themselves: anyone registers one in the county named by the
 * path and verifies the contact person's email; the county's coordinators approve or reject it.
 */
export const associationsRouter = router({
  register: residentProcedure.input(z.object({ requestId: z.uuid(), registration: associationRegistrationInputSchema }).strict()).mutation(({ ctx, input }) => registrationsOf(ctx).register(input)),
  verify: residentProcedure
    .input(z.object({ registrationId, token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'is not a verification token') }).strict())
    .mutation(({ ctx, input }) => registrationsOf(ctx).verify(input)),
  queue: coordinatorProcedure
    .input(z.object({ status: registrationStatusSchema.default('pending'), cursor: z.string().max(1000).optional() }).strict())
    .query(({ ctx, input }) => decisionsOf(ctx).queue(input)),
  byId: coordinatorProcedure.input(z.object({ id: registrationId }).strict()).query(({ ctx, input }) => decisionsOf(ctx).byId(input.id)),
  approve: coordinatorProcedure.input(z.object({ ...versioned, existingOrganisationId: entityIdSchema.optional() }).strict()).mutation(({ ctx, input }) => decisionsOf(ctx).approve(input)),
  reject: coordinatorProcedure.input(z.object({ ...versioned, reason: rejectionReasonSchema }).strict()).mutation(({ ctx, input }) => decisionsOf(ctx).reject(input)),
});
