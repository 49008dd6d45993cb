import { describe, expect, it } from 'vitest';
import { configFormOf, contactRetentionLimits, newItem, newType, type ReferralConfigValue, referralConfigOf, renamed, retentionErrors, slugOf, validateConfigForm } from './settings-form';

const config: ReferralConfigValue = {
  retentionDays: 365,
  types: [
    {
      id: 'wellbeing',
      name: { fi: 'Hyvinvointilähete', sv: 'Välfärdsremiss', en: 'Wellbeing referral' },
      active: true,
      units: [{ id: 'senior-clinic', name: { fi: 'Seniorineuvola', sv: 'Seniorrådgivning', en: 'Senior clinic' }, active: true }],
    },
  ],
};

const withUnit = (fi: string) => {
  const values = configFormOf(config);
  const [type] = values.types;
  if (!type) throw new Error('no type');
  return { ...values, types: [{ ...type, units: [...type.units, renamed(newItem('new'), { fi, sv: '', en: '' })] }] };
};

describe('slugOf', () => {
  it('makes an id of a Finnish name', () => {
    expect(slugOf('Työttömien terveystarkastus')).toBe('tyottomien-terveystarkastus');
    expect(slugOf('  Kotihoito (Kuopio) ')).toBe('kotihoito-kuopio');
    expect(slugOf('Åland – äldre')).toBe('aland-aldre');
    expect(slugOf('x'.repeat(50))).toHaveLength(40);
  });
});

describe('the settings form', () => {
  it('gives back the configuration it was filled from', () => {
    expect(referralConfigOf(configFormOf(config))).toEqual(config);
  });

  it('derives a new unit id from its Finnish name until the coordinator types one, and never changes a saved id', () => {
    const unit = renamed(newItem('new'), { fi: 'Kotihoito', sv: '', en: '' });
    expect(unit.id).toBe('kotihoito');
    expect(renamed({ ...unit, id: 'home-care', idEdited: true }, { fi: 'Kotihoito ja palvelut', sv: '', en: '' }).id).toBe('home-care');
    const saved = configFormOf(config).types[0];
    expect(saved && renamed(saved, { ...saved.name, fi: 'Hyvinvointilähete 2' }).id).toBe('wellbeing');
  });

  it('uses the Finnish name where Swedish or English is missing', () => {
    const saved = referralConfigOf(withUnit('Kotihoito'));
    expect(saved.types[0]?.units[1]).toEqual({ id: 'kotihoito', name: { fi: 'Kotihoito', sv: 'Kotihoito', en: 'Kotihoito' }, active: true });
  });

  it('accepts a valid form', () => {
    expect(validateConfigForm(withUnit('Kotihoito'))).toEqual([]);
  });

  it('refuses an id too short to be one', () => {
    expect(validateConfigForm(withUnit('X'))).toMatchObject([{ id: 'settings_s-wellbeing_new-id', problem: 'idFormat' }]);
  });

  it('refuses a unit id its type already has, at the new unit', () => {
    const duplicate = withUnit('Senior clinic');
    expect(validateConfigForm(duplicate)).toEqual([{ id: 'settings_s-wellbeing_new-id', problem: 'unitIdTaken', field: 'id', owner: { kind: 'unit', name: 'Senior clinic' } }]);
  });

  it('refuses a missing Finnish name, a type without units and a type id already taken', () => {
    const values = configFormOf(config);
    const unnamed = { ...newType('t'), id: 'wellbeing', units: [] };
    expect(validateConfigForm({ ...values, types: [...values.types, unnamed] }).map((error) => [error.id, error.problem])).toEqual([
      ['settings_t-name-fi', 'finnishRequired'],
      ['settings_t-id', 'typeIdTaken'],
      ['settings_t-add-unit', 'unitRequired'],
    ]);
  });

  it('asks for one type in use with a unit in use, at the first type', () => {
    const values = configFormOf(config);
    const [type] = values.types;
    if (!type) throw new Error('no type');
    const noUnitInUse = { ...values, types: [{ ...type, units: type.units.map((unit) => ({ ...unit, active: false })) }] };
    const noTypeInUse = { ...values, types: [{ ...type, active: false }] };
    for (const form of [noUnitInUse, noTypeInUse]) {
      expect(validateConfigForm(form)).toEqual([{ id: 'settings_s-wellbeing-active', problem: 'noneInUse', field: 'active', owner: { kind: 'type', name: 'Hyvinvointilähete' } }]);
    }
  });

  it('keeps the retention a whole number within its limits', () => {
    for (const [retentionDays, valid] of [
      ['29', false],
      ['30', true],
      ['3650', true],
      ['3651', false],
      ['45.5', false],
      ['', false],
      [' 90 ', true],
    ] as const) {
      expect(validateConfigForm({ ...configFormOf(config), retentionDays }).length === 0).toBe(valid);
    }
    expect(retentionErrors('days', '5', contactRetentionLimits)).toEqual([{ id: 'days', problem: 'range', field: 'retention', owner: null }]);
    expect(retentionErrors('days', '7', contactRetentionLimits)).toEqual([]);
  });
});
