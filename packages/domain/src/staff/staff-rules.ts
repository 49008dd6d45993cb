import { DomainError } from '../shared/errors';
import type { MembershipStatus } from '../identity/membership';
import type { Role } from '../identity/role.schema';

export class StaffMemberNotFoundError extends DomainError {
  override readonly name = 'StaffMemberNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly userId: string) {
    super(`No such person in this county: ${userId}`);
  }
}

export class LastCoordinatorError extends DomainError {
  override readonly name = 'LastCoordinatorError';
  readonly kind = 'conflict';
  constructor() {
    super('The county must keep at least one coordinator: invite or appoint another coordinator first.');
  }
}

export class OwnMembershipError extends DomainError {
  override readonly name = 'OwnMembershipError';
  readonly kind = 'forbidden';
  constructor() {
    super('You cannot deactivate yourself or take away your own coordinator role; ask another coordinator.');
  }
}

export class StaffEmailTakenError extends DomainError {
  override readonly name = 'StaffEmailTakenError';
  readonly kind = 'conflict';
  constructor(readonly email: string) {
    super(`Invalid input: email: ${email} is already a member of this county`);
  }
}

export class StaffStatusError extends DomainError {
  override readonly name = 'StaffStatusError';
  readonly kind = 'conflict';
  constructor(message: string) {
    super(message);
  }
}

/**
 * Someone who counts as one of the county's coordinators: holds the role and has signed in. An
 * invitation nobody has taken up (perhaps to a mistyped address) cannot keep a county running.
 */
export const countsAsCoordinator = (member: { roles: readonly Role[]; status: MembershipStatus }): boolean => member.roles.includes('coordinator') && member.status === 'active';

/**
 * How a change moves the county's coordinator count: +1, -1 or 0. The count lives in one item that
 * every such change updates in its own transaction, so two coordinators cannot remove each other.
 */
export const coordinatorDelta = (before: { roles: readonly Role[]; status: MembershipStatus } | null, after: { roles: readonly Role[]; status: MembershipStatus }): -1 | 0 | 1 => {
  const was = before !== null && countsAsCoordinator(before);
  const is = countsAsCoordinator(after);
  return was === is ? 0 : is ? 1 : -1;
};

/** A coordinator changing their own membership may not lock themselves out. */
export const assertNotLockingOutSelf = (actorId: string, target: { userId: string }, after: { roles: readonly Role[]; status: MembershipStatus }): void => {
  if (actorId === target.userId && (after.status === 'deactivated' || !after.roles.includes('coordinator'))) throw new OwnMembershipError();
};

export class InvitedOrganisationUnknownError extends DomainError {
  override readonly name = 'InvitedOrganisationUnknownError';
  readonly kind = 'invalid';
  constructor(readonly organisationIds: readonly string[]) {
    super(`Invalid input: organisationIds: ${organisationIds.join(', ')} is not an organisation of this county`);
  }
}

export class AccountInAnotherCountyError extends DomainError {
  override readonly name = 'AccountInAnotherCountyError';
  readonly kind = 'conflict';
  constructor(readonly email: string) {
    super(`Invalid input: email: ${email} already has a Linkki account in another county; ask the platform operator.`);
  }
}
