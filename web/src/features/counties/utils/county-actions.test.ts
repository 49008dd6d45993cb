import { describe, expect, it } from 'vitest';
import { actionsOf, canOnboard, possessiveCountyName } from './county-actions';

describe('county actions', () => {
  it('offers what each status allows', () => {
    expect(actionsOf('registered')).toEqual(['onboard']);
    expect(actionsOf('onboarding')).toEqual(['onboard', 'suspend']);
    expect(actionsOf('active')).toEqual(['suspend']);
    expect(actionsOf('suspended')).toEqual(['reactivate']);
    expect([canOnboard('registered'), canOnboard('onboarding'), canOnboard('active'), canOnboard('suspended')]).toEqual([true, true, false, false]);
  });

  it('names the county in the genitive in Finnish and as it is in Swedish and English', () => {
    const kainuu = { fi: 'Kainuun hyvinvointialue', sv: 'Kajanalands välfärdsområde', en: 'Kainuu wellbeing services county' };
    expect(possessiveCountyName(kainuu, 'fi')).toBe('Kainuun hyvinvointialueen');
    expect(possessiveCountyName(kainuu, 'sv')).toBe('Kajanalands välfärdsområde');
    expect(possessiveCountyName(kainuu, 'en')).toBe('Kainuu wellbeing services county');
    expect(possessiveCountyName({ fi: 'Helsingin kaupunki', sv: 'Helsingfors stad', en: 'City of Helsinki' }, 'fi')).toBe('Helsingin kaupungin');
  });
});
