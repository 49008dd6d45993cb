import { describe, expect, it } from 'vitest';
import { OrganisationFieldsNotEditableError, requireOrganisationChangeAllowed } from './organisation-editing';
import type { OrganisationInput } from './organisation.schema';

const current: OrganisationInput = {
  kind: 'association',
  name: { fi: 'Kuopion Eläkeläiset ry' },
  businessId: '0201256-6',
  contact: { email: 'toimisto@kuopioneläkeläiset.example' },
  municipalities: ['Kuopio', 'Siilinjärvi'],
};

const editor = ['orgEditor'] as const;

describe('who may change what in an organisation', () => {
  it.each([
    ['names', { name: { fi: 'Kuopion Seniorit ry', sv: 'Kuopio seniorer rf' } }],
    ['description', { description: { fi: 'Kerhoja ja retkiä' } }],
    ['contact', { contact: { phone: '017 123 4567' } }],
  ])('lets an editor change the %s', (_field, change) => {
    expect(() => requireOrganisationChangeAllowed(editor, current, { ...current, ...change })).not.toThrow();
  });

  it.each([
    ['kind', { kind: 'parish' as const }, 'kind'],
    ['business id', { businessId: '1572860-0' }, 'businessId'],
    ['removed business id', { businessId: undefined }, 'businessId'],
    ['municipalities', { municipalities: ['Kuopio'] }, 'municipalities'],
  ])('refuses an editor a change of the %s, naming the field', (_label, change, field) => {
    const attempt = () => requireOrganisationChangeAllowed(editor, current, { ...current, ...change });
    expect(attempt).toThrow(OrganisationFieldsNotEditableError);
    expect(attempt).toThrow(`organisation.${field}`);
  });

  it('lets a coordinator change anything', () => {
    expect(() => requireOrganisationChangeAllowed(['coordinator'], current, { ...current, kind: 'private', businessId: undefined, municipalities: ['Iisalmi'] })).not.toThrow();
  });
});
