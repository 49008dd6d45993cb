import { noInput, signedInProcedure } from '../../trpc';
import { describeCaller } from './me.service';

export const meProcedure = signedInProcedure.input(noInput).query(({ ctx }) => describeCaller(ctx.deps.tables, ctx.identity, ctx.tenant));
