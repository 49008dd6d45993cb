import { apiErrorCode, apiErrorReason, inputIssuesOf } from '../../../lib/trpc';
import type { ApplicantLanguage, RegistrationInput } from '../api/associations';

/** The registration form as the applicant fills it in. */
export interface RegistrationFormValues {
  nameFi: string;
  nameSv: string;
  businessId: string;
  municipality: string;
  contactName: string;
  contactEmail: string;
  consent: boolean;
}

export type RegistrationField = keyof RegistrationFormValues;

/** What is wrong, as the key of its message under `associations.register.errors`. */
export type RegistrationProblem =
  'nameMissing' | 'nameInvalid' | 'businessIdMissing' | 'businessIdInvalid' | 'alreadyOpen' | 'municipalityMissing' | 'municipalityUnknown' | 'contactName' | 'email' | 'consent';

export interface RegistrationFormProblem {
  field: RegistrationField;
  problem: RegistrationProblem;
}

/** The id of a field's control, for its label and the error summary's link. */
export const registrationFieldId = (field: RegistrationField): string => `association-${field}`;

export const emptyRegistrationForm = (): RegistrationFormValues => ({ nameFi: '', nameSv: '', businessId: '', municipality: '', contactName: '', contactEmail: '', consent: false });

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The form's own checks, in the order of its fields. The business id's check digit is left to
 * the API, which answers at the field; the web does not carry the domain's rules.
 */
export const validateRegistrationForm = (values: RegistrationFormValues): RegistrationFormProblem[] => {
  const contactName = values.contactName.trim();
  const email = values.contactEmail.trim();
  const checks: Array<[boolean, RegistrationFormProblem]> = [
    [values.nameFi.trim() === '', { field: 'nameFi', problem: 'nameMissing' }],
    [values.businessId.trim() === '', { field: 'businessId', problem: 'businessIdMissing' }],
    [values.municipality === '', { field: 'municipality', problem: 'municipalityMissing' }],
    [contactName.length < 2 || contactName.length > 200, { field: 'contactName', problem: 'contactName' }],
    [!emailPattern.test(email) || email.length > 254, { field: 'contactEmail', problem: 'email' }],
    [!values.consent, { field: 'consent', problem: 'consent' }],
  ];
  return checks.filter(([failed]) => failed).map(([, problem]) => problem);
};

/** What the API gets from a form that passed `validateRegistrationForm`: trimmed texts, no empty Swedish name. */
export const registrationOf = (values: RegistrationFormValues, language: ApplicantLanguage): RegistrationInput => {
  const nameSv = values.nameSv.trim();
  return {
    name: { fi: values.nameFi.trim(), ...(nameSv ? { sv: nameSv } : {}) },
    businessId: values.businessId.trim(),
    municipality: values.municipality,
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    language,
    consent: true,
  };
};

/** The form's field and problem for each path the API names (`registration.name.fi`…), first match wins. */
const problemOfPath: ReadonlyArray<[string, RegistrationFormProblem]> = [
  ['name.sv', { field: 'nameSv', problem: 'nameInvalid' }],
  ['name', { field: 'nameFi', problem: 'nameInvalid' }],
  ['businessId', { field: 'businessId', problem: 'businessIdInvalid' }],
  ['municipality', { field: 'municipality', problem: 'municipalityUnknown' }],
  ['contactName', { field: 'contactName', problem: 'contactName' }],
  ['contactEmail', { field: 'contactEmail', problem: 'email' }],
  ['consent', { field: 'consent', problem: 'consent' }],
];

const problemOfApiPath = (path: string): RegistrationFormProblem | null => {
  const local = path.replace(/^registration\./, '');
  return problemOfPath.find(([prefix]) => local === prefix || local.startsWith(`${prefix}.`))?.[1] ?? null;
};

/**
 * The API's objections at their fields, one per field: the fields a BAD_REQUEST names, and an
 * association whose earlier registration is still open (CONFLICT). Anything else is left for a
 * general alert. The API speaks English, so only the field is taken from it.
 */
export const apiProblemsOf = (error: unknown): RegistrationFormProblem[] => {
  if (apiErrorCode(error) === 'CONFLICT' && apiErrorReason(error) === 'RegistrationAlreadyOpenError') return [{ field: 'businessId', problem: 'alreadyOpen' }];
  const problems = inputIssuesOf(error).flatMap((issue) => problemOfApiPath(issue.path) ?? []);
  return problems.filter((problem, index) => problems.findIndex((other) => other.field === problem.field) === index);
};
