import type { Tenant } from '@linkki/domain';
import type { ApiDependencies } from '../../context';
import type { StaffActor } from './staff.service';

/** What a county-member procedure's context holds of the caller. */
interface CountyMemberContext {
  deps: ApiDependencies;
  tenant: Tenant;
  tenantId: string;
  userId: string;
  identity: { displayName?: string | undefined };
}

/** The coordinator changing their county's people, as the staff rules and every invitation need them. */
export const staffActorOf = (ctx: CountyMemberContext): StaffActor => ({
  gateway: ctx.deps.tables.tenant(ctx.tenantId),
  tenant: ctx.tenant,
  userId: ctx.userId,
  displayName: ctx.identity.displayName,
  accounts: ctx.deps.accounts,
  appUrl: ctx.deps.appUrl,
  now: ctx.deps.now,
});
