import type { ReferralFormValues } from './referral-form';

/** What can be wrong with the form, each a message of `referrals.form.errors`. */
export type ReferralFormProblem = 'required' | 'birthYear' | 'pickOne' | 'email' | 'phone' | 'consentTime';

/** A problem and the API path it is about (`client.name`), so local and server errors share field ids. */
export interface ReferralFormError {
  path: string;
  problem: ReferralFormProblem;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9 ()-]{5,20}$/;

const when = (condition: boolean, path: string, problem: ReferralFormProblem): ReferralFormError[] => (condition ? [{ path, problem }] : []);

const birthYearWrong = (value: string, now: Date): boolean => {
  const year = Number(value);
  return !/^\d{4}$/.test(value.trim()) || year < 1900 || year > now.getFullYear();
};

/** The API's rules, checked before sending so the professional hears of them at once. */
export const validateReferralForm = (values: ReferralFormValues, now: Date): ReferralFormError[] => [
  ...when(!values.typeId, 'typeId', 'required'),
  ...when(!values.unitId, 'unitId', 'required'),
  ...when(!values.name.trim(), 'client.name', 'required'),
  ...when(birthYearWrong(values.birthYear, now), 'client.birthYear', 'birthYear'),
  ...when(!values.municipality, 'client.municipality', 'required'),
  ...when(Boolean(values.phone.trim()) && !phonePattern.test(values.phone.trim()), 'client.phone', 'phone'),
  ...when(Boolean(values.email.trim()) && !emailPattern.test(values.email.trim()), 'client.email', 'email'),
  ...when(values.language === 'other' && !values.otherLanguage.trim(), 'client.otherLanguage', 'required'),
  ...when(values.needs.length === 0, 'needs', 'pickOne'),
  ...when(values.needs.includes('other') && !values.needsOther.trim(), 'needsOther', 'required'),
  ...when(!values.consentGivenAt || Number.isNaN(new Date(values.consentGivenAt).getTime()) || new Date(values.consentGivenAt) > now, 'consent.givenAt', 'consentTime'),
];

/** The id of the form control for an API path: `client.name` → `referral-client-name`. */
export const referralFieldIdOf = (path: string): string => `referral-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`.replace(/-\d+$/, '');
