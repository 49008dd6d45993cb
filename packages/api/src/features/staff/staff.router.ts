import { staffInvitationSchema, staffRolesSchema, userIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { router, tenantRoleProcedure } from '../../trpc';
import { staffActorOf } from './staff-actor';
import { createStaffService } from './staff.service';

const coordinatorProcedure = tenantRoleProcedure('coordinator');

type CoordinatorContext = Parameters<Parameters<typeof coordinatorProcedure.query>[0]>[0]['ctx'];

const staffOf = (ctx: CoordinatorContext) => createStaffService(staffActorOf(ctx));

const cursor = z.string().max(1000).optional();
const versionedMember = { userId: userIdSchema, expectedVersion: z.number().int().positive() };

/** Coordinators manage the people of their own county; nobody else reaches a county's staff. */
export const staffRouter = router({
  list: coordinatorProcedure.input(z.object({ cursor, search: z.string().trim().max(100).optional() }).strict()).query(({ ctx, input }) => staffOf(ctx).list(input)),

  byId: coordinatorProcedure.input(z.object({ userId: userIdSchema }).strict()).query(({ ctx, input }) => staffOf(ctx).byId(input.userId)),

  invite: coordinatorProcedure.input(z.object({ requestId: z.uuid(), invitation: staffInvitationSchema }).strict()).mutation(({ ctx, input }) => staffOf(ctx).invite(input)),

  setRoles: coordinatorProcedure.input(z.object({ ...versionedMember, roles: staffRolesSchema }).strict()).mutation(({ ctx, input }) => staffOf(ctx).setRoles(input)),

  deactivate: coordinatorProcedure.input(z.object(versionedMember).strict()).mutation(({ ctx, input }) => staffOf(ctx).deactivate(input)),

  reactivate: coordinatorProcedure.input(z.object(versionedMember).strict()).mutation(({ ctx, input }) => staffOf(ctx).reactivate(input)),

  resendInvitation: coordinatorProcedure.input(z.object({ userId: userIdSchema }).strict()).mutation(({ ctx, input }) => staffOf(ctx).resendInvitation(input)),

  auditTrail: coordinatorProcedure.input(z.object({ cursor }).strict()).query(({ ctx, input }) => staffOf(ctx).auditTrail(input.cursor)),
});
