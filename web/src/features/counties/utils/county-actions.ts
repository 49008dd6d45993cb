import type { LocalizedText } from '../../../i18n';

export type CountyStatus = 'registered' | 'onboarding' | 'active' | 'suspended' | 'offboarding' | 'offboarded';
export type CountyAction = 'onboard' | 'suspend' | 'reactivate' | 'offboard' | 'downloadExport' | 'cancelOffboarding' | 'confirmDeletion';

/** What the operator may do to a county in each status; the API's transitions (county-onboarding.ts) decide again. */
const actionsByStatus: Record<CountyStatus, readonly CountyAction[]> = {
  registered: ['onboard'],
  onboarding: ['onboard', 'suspend', 'offboard'],
  active: ['suspend', 'offboard'],
  suspended: ['reactivate', 'offboard'],
  offboarding: ['downloadExport', 'cancelOffboarding', 'confirmDeletion'],
  offboarded: ['downloadExport'],
};

export const actionsOf = (status: CountyStatus): readonly CountyAction[] => actionsByStatus[status];

/** Once its deletion is confirmed, a leaving county can neither be kept nor confirmed again: only its export is left to download. */
const undoneByDeletion: readonly CountyAction[] = ['cancelOffboarding', 'confirmDeletion'];

/** The actions of one county: its status's, less those its confirmed deletion rules out. */
export const actionsOfCounty = (county: { status: CountyStatus; offboarding?: { deletionConfirmedAt?: string | undefined } | undefined }): readonly CountyAction[] =>
  county.offboarding?.deletionConfirmedAt ? actionsOf(county.status).filter((action) => !undoneByDeletion.includes(action)) : actionsOf(county.status);

export const canOnboard = (status: CountyStatus): boolean => actionsOf(status).includes('onboard');

/**
 * A county's name as the owner of something: Finnish takes the genitive ("Kainuun
 * hyvinvointialueen käyttöönotto"), and every county's Finnish name ends in "hyvinvointialue" or
 * "kaupunki" (the one city that runs its own services); Swedish and English say it with a
 * preposition ("ibruktagandet av Kajanalands välfärdsområde"), so the name stays as it is.
 */
export const possessiveCountyName = (name: LocalizedText, language: keyof LocalizedText): string => {
  if (language !== 'fi') return name[language];
  return name.fi.replace(/hyvinvointialue$/, 'hyvinvointialueen').replace(/kaupunki$/, 'kaupungin');
};
