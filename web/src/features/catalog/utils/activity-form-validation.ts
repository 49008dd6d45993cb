import type { ActivityFormValues } from './activity-form-values';

/** What can be wrong with the form, each a message of `catalog.editor.errors`. */
export type ActivityFormProblem =
  'finnishRequired' | 'pickOne' | 'pickAtMostSix' | 'required' | 'timeMissing' | 'endBeforeStart' | 'postalCode' | 'email' | 'phone' | 'website' | 'costDescription' | 'validUntil';

/** A problem and the content path it is about (`title.fi`, `schedule.weekly.0.end`), as the API names paths. */
export interface ActivityFormError {
  path: string;
  problem: ActivityFormProblem;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9 ()-]{5,20}$/;
const websitePattern = /^https?:\/\/[^\s.]+\.[^\s]+$/;

const chooseBetween = (path: string, count: number): ActivityFormError[] => (count === 0 ? [{ path, problem: 'pickOne' }] : count > 6 ? [{ path, problem: 'pickAtMostSix' }] : []);

export const when = (condition: boolean, path: string, problem: ActivityFormProblem): ActivityFormError[] => (condition ? [{ path, problem }] : []);

const slotErrors = (prefix: string, start: string, end: string, timesRequired: boolean): ActivityFormError[] => [
  ...when(timesRequired && !start, `${prefix}.start`, 'timeMissing'),
  ...when(timesRequired && !end, `${prefix}.end`, 'timeMissing'),
  ...when(Boolean(start && end) && end <= start, `${prefix}.end`, 'endBeforeStart'),
];

/** The rules of contact details, for a listing's and an organisation's alike. */
export const contactErrors = ({ email, phone, website }: { email: string; phone: string; website: string }): ActivityFormError[] => [
  ...when(Boolean(email.trim()) && !emailPattern.test(email.trim()), 'contact.email', 'email'),
  ...when(Boolean(phone.trim()) && !phonePattern.test(phone.trim()), 'contact.phone', 'phone'),
  ...when(Boolean(website.trim()) && !websitePattern.test(website.trim()), 'contact.website', 'website'),
];

/** The same rules the API applies, checked before saving so the editor hears of them at once. */
export const validateActivityForm = (values: ActivityFormValues): ActivityFormError[] => {
  const { postalCode } = values.location;
  return [
    ...when(!values.title.fi.trim(), 'title.fi', 'finnishRequired'),
    ...when(!values.description.fi.trim(), 'description.fi', 'finnishRequired'),
    ...chooseBetween('themes', values.themes.length),
    ...chooseBetween('targetGroups', values.targetGroups.length),
    ...when(values.languages.length === 0, 'languages', 'pickOne'),
    ...when(!values.municipality, 'municipality', 'required'),
    ...when(Boolean(postalCode.trim()) && !/^\d{5}$/.test(postalCode.trim()), 'location.postalCode', 'postalCode'),
    ...values.weekly.flatMap((row, index) => slotErrors(`schedule.weekly.${index}`, row.start, row.end, true)),
    ...values.dates.flatMap((row, index) => [...when(!row.date, `schedule.dates.${index}.date`, 'required'), ...slotErrors(`schedule.dates.${index}`, row.start, row.end, false)]),
    ...when(!values.free && !values.costDescription.fi.trim(), 'cost.description', 'costDescription'),
    ...contactErrors(values.contact),
    ...when(Boolean(values.validFrom && values.validUntil) && values.validUntil < values.validFrom, 'validUntil', 'validUntil'),
  ];
};

/** The id of the form control for a content path: `schedule.weekly.0.end` → `activity-schedule-weekly-0-end`. */
export const fieldIdOf = (path: string): string => `activity-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
