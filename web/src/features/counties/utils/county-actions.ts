import type { LocalizedText } from '../../../i18n';

export type CountyStatus = 'registered' | 'onboarding' | 'active' | 'suspended';
export type CountyAction = 'onboard' | 'suspend' | 'reactivate';

/** What the operator may do to a county in each status; the API's transitions (county-onboarding.ts) decide again. */
const actionsByStatus: Record<CountyStatus, readonly CountyAction[]> = {
  registered: ['onboard'],
  onboarding: ['onboard', 'suspend'],
  active: ['suspend'],
  suspended: ['reactivate'],
};

export const actionsOf = (status: CountyStatus): readonly CountyAction[] => actionsByStatus[status];

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
