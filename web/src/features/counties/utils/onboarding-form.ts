import type { InputIssue } from '../../../lib/trpc';

export const samiLanguages = ['se', 'smn', 'sms'] as const;
export type SamiLanguage = (typeof samiLanguages)[number];

/** The API's limits for the retention of contact requests (county-onboarding.schema), checked here so the operator hears of them at once. */
export const retentionLimits = { min: 7, max: 730 } as const;
export const defaultRetentionDays = 90;

/** What the operator fills in; the municipalities are typed one per line, or chosen where the county has a reference list. */
export interface OnboardingFormValues {
  municipalityLines: string;
  chosenMunicipalities: string[];
  extraLanguages: SamiLanguage[];
  retentionDays: string;
  email: string;
  displayName: string;
}

export interface OnboardingInput {
  slug: string;
  municipalities: string[];
  extraLanguages: SamiLanguage[];
  contactRequestRetentionDays: number;
  coordinator: { email: string; displayName: string };
}

export type OnboardingField = 'municipalities' | 'extraLanguages' | 'retention' | 'email' | 'displayName';
export type RequiredField = Exclude<OnboardingField, 'extraLanguages'>;

export type OnboardingProblem = { field: RequiredField; problem: 'required' } | { field: OnboardingField; problem: 'invalid' };

/** The id of a field's control (or group), which the error summary links to. */
export const onboardingFieldId = (field: OnboardingField): string => `county-onboarding-${field}`;

/** The county being onboarded: its reference municipalities, if it has any, are offered to choose from (all chosen at first). */
export const initialOnboardingValues = (county: { municipalities: readonly string[]; extraLanguages?: readonly SamiLanguage[] | undefined }, reference: readonly string[]): OnboardingFormValues => ({
  municipalityLines: reference.length > 0 ? '' : county.municipalities.join('\n'),
  chosenMunicipalities: [...reference],
  extraLanguages: [...(county.extraLanguages ?? [])],
  retentionDays: String(defaultRetentionDays),
  email: '',
  displayName: '',
});

/** The typed municipalities: one per line, trimmed, empty lines dropped. */
export const municipalitiesOfLines = (lines: string): string[] =>
  lines
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const municipalitiesOf = (values: OnboardingFormValues, reference: readonly string[]): string[] =>
  reference.length > 0 ? reference.filter((municipality) => values.chosenMunicipalities.includes(municipality)) : municipalitiesOfLines(values.municipalityLines);

const retentionProblem = (days: string): OnboardingProblem | null => {
  const trimmed = days.trim();
  if (!trimmed) return { field: 'retention', problem: 'required' };
  const value = Number(trimmed);
  return /^\d+$/.test(trimmed) && value >= retentionLimits.min && value <= retentionLimits.max ? null : { field: 'retention', problem: 'invalid' };
};

/** What is missing or out of range, in the form's order; the API checks the rest (the email's form among them). */
export const validateOnboardingForm = (values: OnboardingFormValues, reference: readonly string[]): OnboardingProblem[] => {
  const problems: Array<OnboardingProblem | null> = [
    municipalitiesOf(values, reference).length === 0 ? { field: 'municipalities', problem: 'required' } : null,
    retentionProblem(values.retentionDays),
    values.email.trim() ? null : { field: 'email', problem: 'required' },
    values.displayName.trim() ? null : { field: 'displayName', problem: 'required' },
  ];
  return problems.filter((problem) => problem !== null);
};

/** The API's input from a form that passed `validateOnboardingForm`. */
export const onboardingOf = (slug: string, values: OnboardingFormValues, reference: readonly string[]): OnboardingInput => ({
  slug,
  municipalities: municipalitiesOf(values, reference),
  extraLanguages: samiLanguages.filter((language) => values.extraLanguages.includes(language)),
  contactRequestRetentionDays: Number(values.retentionDays.trim()),
  coordinator: { email: values.email.trim(), displayName: values.displayName.trim() },
});

/** The form's field for each path the API names (`onboarding.coordinator.email`, or a domain rule's `municipalities`). */
const fieldOfPath: ReadonlyArray<[string, OnboardingField]> = [
  ['municipalities', 'municipalities'],
  ['extraLanguages', 'extraLanguages'],
  ['contactRequestRetentionDays', 'retention'],
  ['coordinator.email', 'email'],
  ['email', 'email'],
  ['coordinator.displayName', 'displayName'],
];

export const fieldOfApiPath = (path: string): OnboardingField | null => {
  const local = path.replace(/^onboarding\./, '');
  return fieldOfPath.find(([prefix]) => local === prefix || local.startsWith(`${prefix}.`))?.[1] ?? null;
};

/** The API's objections as the form's problems, one per field; the ones no field matches are left for a general alert. */
export const apiProblemsOf = (issues: readonly InputIssue[]): OnboardingProblem[] => {
  const fields = issues.map((issue) => fieldOfApiPath(issue.path)).filter((field) => field !== null);
  return [...new Set(fields)].map((field) => ({ field, problem: 'invalid' }));
};
