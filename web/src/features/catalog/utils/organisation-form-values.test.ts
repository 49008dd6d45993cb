import { describe, expect, it } from 'vitest';
import type { Organisation } from '../api/organisations';
import { emptyOrganisationForm, organisationDetailsOf, organisationFormOf, sameOrganisationDetails, validateOrganisationForm } from './organisation-form-values';

const organisation: Organisation = {
  id: 'ps-kuopion-elakelaiset',
  kind: 'association',
  name: { fi: 'Kuopion Eläkeläiset ry', sv: 'Kuopio pensionärer rf' },
  businessId: '0201256-6',
  contact: { email: 'toimisto@elakelaiset.example' },
  municipalities: ['Kuopio'],
  editors: ['demo-editor'],
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the organisation form', () => {
  it('saves what it was filled from, leaving empty optional fields out', () => {
    expect(organisationDetailsOf(organisationFormOf(organisation))).toEqual({
      kind: 'association',
      name: { fi: 'Kuopion Eläkeläiset ry', sv: 'Kuopio pensionärer rf' },
      businessId: '0201256-6',
      contact: { email: 'toimisto@elakelaiset.example' },
      municipalities: ['Kuopio'],
    });
  });

  it('names every missing required field, and a business id not shaped like one', () => {
    expect(validateOrganisationForm({ ...emptyOrganisationForm(), businessId: '123' }).map((problem) => `${problem.path}:${problem.problem}`)).toEqual([
      'kind:required',
      'name.fi:finnishRequired',
      'businessId:businessId',
      'municipalities:pickOne',
    ]);
    expect(validateOrganisationForm(organisationFormOf(organisation))).toEqual([]);
  });

  it('treats a change of editors alone as no change of the details', () => {
    expect(sameOrganisationDetails(organisation, { ...organisation, editors: [], version: 4 })).toBe(true);
    expect(sameOrganisationDetails(organisation, { ...organisation, contact: { phone: '017 123 4567' }, version: 4 })).toBe(false);
  });
});
