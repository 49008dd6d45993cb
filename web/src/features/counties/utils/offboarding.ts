import type { Language } from '../../../i18n';
import type { County } from '../api/counties';

export type Offboarding = NonNullable<County['offboarding']>;

/** Days between the decision to offboard a county and the earliest confirmation of its deletion (the domain's `offboardingGraceDays`). */
export const offboardingGraceDays = 30;

/**
 * Whether the operator may confirm a leaving county's deletion now, or what it still waits for:
 * the end of its grace period, its export archive, or both. The API decides again
 * (`requireDeletionConfirmable`), by its own clock.
 */
export type DeletionState = 'confirmable' | 'waitsForGracePeriod' | 'waitsForExport' | 'waitsForBoth' | 'confirmed';

export const deletionStateOf = (offboarding: Pick<Offboarding, 'deleteFrom' | 'export' | 'deletionConfirmedAt'>, now: Date): DeletionState => {
  if (offboarding.deletionConfirmedAt) return 'confirmed';
  const graceOver = now.getTime() >= Date.parse(offboarding.deleteFrom);
  const exported = offboarding.export !== undefined;
  if (graceOver && exported) return 'confirmable';
  if (graceOver) return 'waitsForExport';
  return exported ? 'waitsForGracePeriod' : 'waitsForBoth';
};

/**
 * Whether the offboarding job has work left on the county that will show in the list: its export
 * archive to make, or its confirmed deletion to carry out.
 */
export const awaitsOffboardingJob = (county: Pick<County, 'status' | 'offboarding'>): boolean => {
  const { offboarding } = county;
  if (!offboarding || (county.status !== 'offboarding' && county.status !== 'offboarded')) return false;
  return (county.status === 'offboarding' && !offboarding.export) || (offboarding.deletionConfirmedAt !== undefined && !offboarding.deletion);
};

/** The deletion report's kinds of item, most items first, then by name. */
export const removedByKind = (byEntity: Readonly<Record<string, number>>): Array<[kind: string, count: number]> =>
  Object.entries(byEntity).sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment in Finnish time with its date and time, as the grace period ends at the minute it began. */
export const formatMoment = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));

/** The date of a moment in Finnish time. */
export const formatDate = (iso: string, language: Language): string => new Intl.DateTimeFormat(locales[language], { dateStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));

/** What the operator reads of a leaving county's export: ready to download, being made, or being made still when they asked for it. */
export type ExportNote = { kind: 'ready'; made: NonNullable<Offboarding['export']> } | { kind: 'preparing' | 'notReadyYet' };

export const exportNoteOf = (offboarding: Pick<Offboarding, 'export'>, askedTooEarly: boolean): ExportNote => {
  if (offboarding.export) return { kind: 'ready', made: offboarding.export };
  return { kind: askedTooEarly ? 'notReadyYet' : 'preparing' };
};
