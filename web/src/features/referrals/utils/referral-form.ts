import type { CreateReferralInput } from '../../../lib/referrals';

type ClientLanguage = CreateReferralInput['client']['language'];
type ReferralNeed = CreateReferralInput['needs'][number];
type ConsentScope = CreateReferralInput['consent']['scopes'][number];
type ConsentGiver = CreateReferralInput['consent']['givenBy'];

/** A suggested activity as the form shows it: its id for the API, its title for the list. */
export interface ChosenActivity {
  id: string;
  title: string;
}

export interface PathwayStageRef {
  pathwayId: string;
  stageId: string;
}

/** Everything the professional types or picks, as strings and lists the inputs hold. */
export interface ReferralFormValues {
  typeId: string;
  unitId: string;
  name: string;
  birthYear: string;
  municipality: string;
  phone: string;
  email: string;
  language: ClientLanguage;
  otherLanguage: string;
  needs: ReferralNeed[];
  needsOther: string;
  activities: ChosenActivity[];
  linkWorkerWanted: boolean;
  note: string;
  consentGivenBy: ConsentGiver;
  /** `datetime-local` value: the professional's own clock. */
  consentGivenAt: string;
  consentScopes: ConsentScope[];
}

/** `YYYY-MM-DDTHH:mm` of `date` in local time, as a datetime-local input wants it. */
export const localDateTimeOf = (date: Date): string => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

export const emptyReferralForm = (now: Date, defaults: { typeId: string; unitId: string }): ReferralFormValues => ({
  ...defaults,
  name: '',
  birthYear: '',
  municipality: '',
  phone: '',
  email: '',
  language: 'fi',
  otherLanguage: '',
  needs: [],
  needsOther: '',
  activities: [],
  linkWorkerWanted: true,
  note: '',
  consentGivenBy: 'client',
  consentGivenAt: localDateTimeOf(now),
  consentScopes: ['referral-processing'],
});

const optional = (value: string): string | undefined => value.trim() || undefined;

/** Only the keys whose value is present, so the strict API schema never sees `undefined`. */
const present = <Shape extends Record<string, unknown>>(shape: Shape): Partial<Shape> => Object.fromEntries(Object.entries(shape).filter(([, value]) => value !== undefined)) as Partial<Shape>;

/** The create request for the form's values; the same `requestId` on every try makes a retry safe. */
export const createReferralInputOf = (values: ReferralFormValues, options: { requestId: string; submit: boolean; stages: PathwayStageRef[] }): CreateReferralInput => ({
  requestId: options.requestId,
  typeId: values.typeId,
  unitId: values.unitId,
  client: {
    name: values.name.trim(),
    birthYear: Number(values.birthYear),
    municipality: values.municipality,
    language: values.language,
    ...present({
      phone: optional(values.phone),
      email: optional(values.email),
      otherLanguage: values.language === 'other' ? optional(values.otherLanguage) : undefined,
    }),
  },
  needs: values.needs,
  ...present({ needsOther: values.needs.includes('other') ? optional(values.needsOther) : undefined, note: optional(values.note) }),
  suggestedActivityIds: values.activities.map((activity) => activity.id),
  ...(options.stages.length > 0 ? { suggestedPathwayStages: options.stages } : {}),
  linkWorkerWanted: values.linkWorkerWanted,
  consent: { givenBy: values.consentGivenBy, givenAt: new Date(values.consentGivenAt).toISOString(), scopes: values.consentScopes },
  safety: { acuteCrisis: false, needsProfessionalCare: false },
  submit: options.submit,
});

/** The pathway stage a pathway page suggests (`?pathway=…&stage=…`), or none when either is missing. */
export const pathwayStagesOf = (params: URLSearchParams): PathwayStageRef[] => {
  const pathwayId = params.get('pathway')?.trim();
  const stageId = params.get('stage')?.trim();
  return pathwayId && stageId ? [{ pathwayId, stageId }] : [];
};
