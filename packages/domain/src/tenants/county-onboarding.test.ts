import { describe, expect, it } from 'vitest';
import { CountyMunicipalityUnknownError, CountyStatusError, requireCountyTransition, requireReferenceMunicipalities } from './county-onboarding';

describe('county transitions', () => {
  it('onboards registered counties, suspends active or onboarding ones, reactivates suspended ones', () => {
    expect(requireCountyTransition('kainuu', 'registered', 'onboard')).toBe('onboarding');
    expect(requireCountyTransition('kainuu', 'onboarding', 'onboard')).toBe('onboarding');
    expect(requireCountyTransition('lappi', 'active', 'suspend')).toBe('suspended');
    expect(requireCountyTransition('lappi', 'suspended', 'reactivate')).toBe('active');
  });

  it('refuses the rest, saying why', () => {
    expect(() => requireCountyTransition('lappi', 'active', 'onboard')).toThrow(CountyStatusError);
    expect(() => requireCountyTransition('kainuu', 'registered', 'suspend')).toThrow('cannot be suspended');
    expect(() => requireCountyTransition('lappi', 'active', 'reactivate')).toThrow('cannot be reactivated');
  });
});

describe('reference municipalities', () => {
  it('must come from the reference list where there is one', () => {
    expect(() => requireReferenceMunicipalities(['Inari', 'Utsjoki'], ['Inari'])).not.toThrow();
    expect(() => requireReferenceMunicipalities(['Inari', 'Utsjoki'], ['Oulu'])).toThrow(CountyMunicipalityUnknownError);
    expect(() => requireReferenceMunicipalities([], ['Kajaani'])).not.toThrow();
  });
});
