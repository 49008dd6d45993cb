import { describe, expect, it } from 'vitest';
import { defaultReferralConfig, isActiveTypeAndUnit, type ReferralConfig, referralConfigSchema } from './referral-config.schema';

const wellbeing = defaultReferralConfig.types[0]!;
const withUnits = (units: ReferralConfig['types'][number]['units']): ReferralConfig => ({ ...defaultReferralConfig, types: [{ ...wellbeing, units }] });
const homeCare = { id: 'home-care', name: { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' }, active: true };

describe('the referral configuration', () => {
  it('accepts the default configuration and a unit added to it', () => {
    expect(referralConfigSchema.safeParse(defaultReferralConfig).success).toBe(true);
    expect(referralConfigSchema.safeParse(withUnits([...wellbeing.units, homeCare])).success).toBe(true);
  });

  it('refuses two units of one type with the same id, naming the units', () => {
    const result = referralConfigSchema.safeParse(withUnits([...wellbeing.units, { ...homeCare, id: 'senior-clinic' }]));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['types.0.units']);
  });

  it('allows the same unit id in two different types', () => {
    const other = { ...wellbeing, id: 'exercise', units: [{ ...homeCare, id: 'senior-clinic' }] };
    expect(referralConfigSchema.safeParse({ ...defaultReferralConfig, types: [wellbeing, other] }).success).toBe(true);
  });

  it('refuses two types with the same id', () => {
    expect(referralConfigSchema.safeParse({ ...defaultReferralConfig, types: [wellbeing, wellbeing] }).success).toBe(false);
  });

  it('refuses a configuration in which no type in use has a unit in use, naming the types', () => {
    const noUnitInUse = withUnits(wellbeing.units.map((unit) => ({ ...unit, active: false })));
    const noTypeInUse = { ...defaultReferralConfig, types: [{ ...wellbeing, active: false }] };
    for (const config of [noUnitInUse, noTypeInUse]) {
      const result = referralConfigSchema.safeParse(config);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['types']);
    }
  });

  it('keeps the retention between 30 days and ten years', () => {
    for (const [retentionDays, valid] of [
      [29, false],
      [30, true],
      [3650, true],
      [3651, false],
    ] as const) {
      expect(referralConfigSchema.safeParse({ ...defaultReferralConfig, retentionDays }).success).toBe(valid);
    }
  });

  it('treats an inactive unit as unavailable for new referrals', () => {
    const config = withUnits([...wellbeing.units, { ...homeCare, active: false }]);
    expect(isActiveTypeAndUnit(config, 'wellbeing', 'home-care')).toBe(false);
    expect(isActiveTypeAndUnit(config, 'wellbeing', 'senior-clinic')).toBe(true);
  });
});
