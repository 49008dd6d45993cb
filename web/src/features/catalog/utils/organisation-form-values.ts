import type { OrganisationDetails } from '../api/organisation-register';
import type { Organisation } from '../api/organisations';
import { contactOf, type ContactValues, contactValuesOf, listingText, present, type TextValues, textValues } from './activity-form-values';
import { type ActivityFormError, contactErrors, when } from './activity-form-validation';

/** The organisation form as typed. */
export interface OrganisationFormValues {
  kind: string;
  name: TextValues;
  description: TextValues;
  businessId: string;
  contact: ContactValues;
  municipalities: string[];
}

export const emptyOrganisationForm = (): OrganisationFormValues => ({
  kind: '',
  name: textValues(undefined),
  description: textValues(undefined),
  businessId: '',
  contact: contactValuesOf({}),
  municipalities: [],
});

export const organisationFormOf = (organisation: Organisation): OrganisationFormValues => ({
  kind: organisation.kind,
  name: textValues(organisation.name),
  description: textValues(organisation.description),
  businessId: organisation.businessId ?? '',
  contact: contactValuesOf(organisation.contact),
  municipalities: [...organisation.municipalities],
});

/** Whether two versions of an organisation differ only in what the form does not show (its editors). */
export const sameOrganisationDetails = (left: Organisation, right: Organisation): boolean => JSON.stringify(organisationFormOf(left)) === JSON.stringify(organisationFormOf(right));

/** The details to save: trimmed, empty optional fields left out. */
export const organisationDetailsOf = (values: OrganisationFormValues): OrganisationDetails => {
  const description = listingText(values.description);
  return {
    // Chosen from the vocabulary's select; an empty choice is caught before saving.
    kind: values.kind as OrganisationDetails['kind'],
    name: listingText(values.name) ?? { fi: '' },
    ...(description ? { description } : {}),
    ...present('businessId', values.businessId),
    contact: contactOf(values.contact),
    municipalities: values.municipalities,
  };
};

export type OrganisationFormProblem = ActivityFormError['problem'] | 'businessId';

/** The form's own checks; the business id's check digit is the API's to judge, and it names the field. */
export const validateOrganisationForm = (values: OrganisationFormValues): { path: string; problem: OrganisationFormProblem }[] => [
  ...when(!values.kind, 'kind', 'required'),
  ...when(!values.name.fi.trim(), 'name.fi', 'finnishRequired'),
  ...(values.businessId.trim() && !/^\d{7}-\d$/.test(values.businessId.trim()) ? [{ path: 'businessId', problem: 'businessId' as const }] : []),
  ...contactErrors(values.contact),
  ...when(values.municipalities.length === 0, 'municipalities', 'pickOne'),
];
