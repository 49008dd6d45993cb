import { entityIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { tenantRoleProcedure } from '../../trpc';

/** Organisation editors and coordinators: who maintains the county's catalog. */
export const editorProcedure = tenantRoleProcedure('orgEditor', 'coordinator');
export const coordinatorProcedure = tenantRoleProcedure('coordinator');

export type EditorContext = Parameters<Parameters<typeof editorProcedure.query>[0]>[0]['ctx'];

/** Who is acting, in which county, on which table: what the catalog's services check their rules against. */
export const actorOf = (ctx: EditorContext) => ({ tenantId: ctx.tenantId, userId: ctx.userId, roles: ctx.roles, gateway: ctx.deps.tables.tenant(ctx.tenantId), tenant: ctx.tenant, now: ctx.deps.now });

export const versioned = { id: entityIdSchema, expectedVersion: z.number().int().positive() };
export const cursorInput = z.string().max(1000).optional();
