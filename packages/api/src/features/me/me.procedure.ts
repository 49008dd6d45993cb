import { signedInProcedure } from '../../trpc';
import { describeCaller } from './me.service';

export const meProcedure = signedInProcedure.query(({ ctx }) => describeCaller(ctx.deps.tables, ctx.identity, ctx.tenant));
