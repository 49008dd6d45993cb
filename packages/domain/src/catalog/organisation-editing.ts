import type { Role } from '../identity/role.schema';
import { DomainError } from '../shared/errors';
import type { OrganisationInput } from './organisation.schema';

/**
 * What an organisation's own editors may change: how it presents itself and how to reach it.
 * Its kind, business id and area stay with the coordinator, who vouches for them to the county.
 */
export const editorEditableOrganisationFields = ['name', 'description', 'contact'] as const satisfies readonly (keyof OrganisationInput)[];

const coordinatorOnlyOrganisationFields = ['kind', 'businessId', 'municipalities'] as const satisfies readonly (keyof OrganisationInput)[];

export class OrganisationFieldsNotEditableError extends DomainError {
  override readonly name = 'OrganisationFieldsNotEditableError';
  readonly kind = 'forbidden';
  constructor(readonly fields: readonly string[]) {
    super(`Only the county's coordinator may change ${fields.map((field) => `organisation.${field}`).join(', ')}.`);
  }
}

const sameValue = (left: unknown, right: unknown): boolean => JSON.stringify(left ?? null) === JSON.stringify(right ?? null);

/** The coordinator-only fields that `proposed` changes. */
export const coordinatorOnlyChangesOf = (current: OrganisationInput, proposed: OrganisationInput): string[] =>
  coordinatorOnlyOrganisationFields.filter((field) => !sameValue(current[field], proposed[field]));

/** The one rule of who changes what in an organisation: a coordinator anything, its editors only names, description and contact. */
export const requireOrganisationChangeAllowed = (roles: readonly Role[], current: OrganisationInput, proposed: OrganisationInput): void => {
  if (roles.includes('coordinator')) return;
  const refused = coordinatorOnlyChangesOf(current, proposed);
  if (refused.length > 0) throw new OrganisationFieldsNotEditableError(refused);
};
