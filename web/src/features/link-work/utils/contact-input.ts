import type { ContactInput } from '../api/link-work';

export interface ContactFormState {
  kind: ContactInput['kind'];
  /** As a `datetime-local` input holds it: local time, no zone. */
  at: string;
  activityId: string;
  note: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `now` as a `datetime-local` value (local time, to the minute). */
export const localDateTimeValue = (now: Date): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;

export const emptyContactForm = (now: Date): ContactFormState => ({ kind: 'phone', at: localDateTimeValue(now), activityId: '', note: '' });

/** The API input for the form, or null while the time is missing or not a time. */
export const buildContactInput = (referral: { id: string; version: number }, form: ContactFormState): ContactInput | null => {
  const at = new Date(form.at);
  if (!form.at || Number.isNaN(at.getTime())) return null;
  const note = form.note.trim();
  return {
    id: referral.id,
    expectedVersion: referral.version,
    kind: form.kind,
    at: at.toISOString(),
    ...(form.activityId ? { activityId: form.activityId } : {}),
    ...(note ? { note } : {}),
  };
};
