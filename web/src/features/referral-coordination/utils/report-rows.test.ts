import { describe, expect, it } from 'vitest';
import { configNamesOf, countRowsOf, monthOf } from './report-rows';

const cells = [
  { dimension: 'state', value: 'completed', month: 'all', count: 10 },
  { dimension: 'state', value: 'requested', month: 'all', count: 5 },
  { dimension: 'state', value: 'cancelled', month: 'all', count: null },
  { dimension: 'state', value: 'completed', month: '2026-10', count: 7 },
  { dimension: 'type', value: 'wellbeing', month: 'all', count: 15 },
];

describe('countRowsOf', () => {
  it('keeps the whole-window cells of one dimension, largest first, bars relative to the largest', () => {
    expect(countRowsOf(cells, 'state')).toEqual([
      { value: 'completed', count: 10, percent: 100 },
      { value: 'requested', count: 5, percent: 50 },
      { value: 'cancelled', count: null, percent: 0 },
    ]);
  });

  it('gives no bars when every count is suppressed or there are none', () => {
    expect(countRowsOf([{ dimension: 'unit', value: 'a', month: 'all', count: null }], 'unit')).toEqual([{ value: 'a', count: null, percent: 0 }]);
    expect(countRowsOf(cells, 'municipality')).toEqual([]);
  });
});

describe('monthOf', () => {
  it('counts months back across a year boundary', () => {
    expect(monthOf(new Date('2026-02-15T00:00:00Z'), 0)).toBe('2026-02');
    expect(monthOf(new Date('2026-02-15T00:00:00Z'), 11)).toBe('2025-03');
  });
});

describe('configNamesOf', () => {
  const config = {
    types: [
      {
        id: 'wellbeing',
        name: { fi: 'Hyvinvointilähete', sv: 'Välfärdsremiss', en: 'Wellbeing referral' },
        units: [{ id: 'senior-clinic', name: { fi: 'Seniorineuvola', sv: 'Seniorrådgivning', en: 'Senior clinic' } }],
      },
    ],
  };

  it('names types and units in the language, Finnish otherwise', () => {
    expect(configNamesOf(config, 'sv').type.get('wellbeing')).toBe('Välfärdsremiss');
    expect(configNamesOf(config, 'de').unit.get('senior-clinic')).toBe('Seniorineuvola');
    expect(configNamesOf(undefined, 'fi').type.size).toBe(0);
  });
});
