import { describe, expect, it } from 'vitest';
import { actionsOf, actionsOfCounty, canOnboard, possessiveCountyName } from './county-actions';

describe('county actions', () => {
  it('offers what each status allows', () => {
    expect(actionsOf('registered')).toEqual(['onboard']);
    expect(actionsOf('onboarding')).toEqual(['onboard', 'suspend', 'offboard']);
    expect(actionsOf('active')).toEqual(['suspend', 'offboard']);
    expect(actionsOf('suspended')).toEqual(['reactivate', 'offboard']);
    expect(actionsOf('offboarding')).toEqual(['downloadExport', 'cancelOffboarding', 'confirmDeletion']);
    expect(actionsOf('offboarded')).toEqual(['downloadExport']);
    expect([canOnboard('registered'), canOnboard('onboarding'), canOnboard('active'), canOnboard('suspended'), canOnboard('offboarding')]).toEqual([true, true, false, false, false]);
  });

  it('leaves only the download once a deletion is confirmed', () => {
    expect(actionsOfCounty({ status: 'offboarding', offboarding: {} })).toEqual(['downloadExport', 'cancelOffboarding', 'confirmDeletion']);
    expect(actionsOfCounty({ status: 'offboarding', offboarding: { deletionConfirmedAt: '2027-01-03T08:00:00.000Z' } })).toEqual(['downloadExport']);
    expect(actionsOfCounty({ status: 'offboarded', offboarding: { deletionConfirmedAt: '2027-01-03T08:00:00.000Z' } })).toEqual(['downloadExport']);
    expect(actionsOfCounty({ status: 'active' })).toEqual(['suspend', 'offboard']);
  });

  it('names the county in the genitive in Finnish and as it is in Swedish and English', () => {
    const kainuu = { fi: 'Kainuun hyvinvointialue', sv: 'Kajanalands välfärdsområde', en: 'Kainuu wellbeing services county' };
    expect(possessiveCountyName(kainuu, 'fi')).toBe('Kainuun hyvinvointialueen');
    expect(possessiveCountyName(kainuu, 'sv')).toBe('Kajanalands välfärdsområde');
    expect(possessiveCountyName(kainuu, 'en')).toBe('Kainuu wellbeing services county');
    expect(possessiveCountyName({ fi: 'Helsingin kaupunki', sv: 'Helsingfors stad', en: 'City of Helsinki' }, 'fi')).toBe('Helsingin kaupungin');
  });
});
