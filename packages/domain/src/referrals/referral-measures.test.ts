import { describe, expect, it } from 'vitest';
import { participationItemsSchema, participationScore, recordMeasureInputSchema, swemwbsItemsSchema, swemwbsMetricScore, swemwbsRawScore } from './referral-measures';

/** The published SWEMWBS raw → metric conversion table, written out independently of the code. */
const published: Record<number, number> = {
  7: 7.0,
  8: 9.51,
  9: 11.25,
  10: 12.4,
  11: 13.33,
  12: 14.08,
  13: 14.75,
  14: 15.32,
  15: 15.84,
  16: 16.36,
  17: 16.88,
  18: 17.43,
  19: 17.98,
  20: 18.59,
  21: 19.25,
  22: 19.98,
  23: 20.73,
  24: 21.54,
  25: 22.35,
  26: 23.21,
  27: 24.11,
  28: 25.03,
  29: 26.02,
  30: 27.03,
  31: 28.13,
  32: 29.31,
  33: 30.7,
  34: 32.55,
  35: 35.0,
};

/** Seven answers summing to `raw`, spread as evenly as the scale allows. */
const answersFor = (raw: number) => Array.from({ length: 7 }, (_, index) => 1 + Math.floor((raw - 7 + index) / 7));

describe('SWEMWBS', () => {
  it.each(Object.entries(published).map(([raw, metric]) => [Number(raw), metric]))('raw %i converts to metric %d', (raw, metric) => {
    const items = answersFor(raw);
    expect(swemwbsRawScore(items)).toBe(raw);
    expect(swemwbsMetricScore(swemwbsRawScore(items))).toBe(metric);
  });

  it('refuses raw scores outside 7–35', () => {
    expect(() => swemwbsMetricScore(6)).toThrow(RangeError);
    expect(() => swemwbsMetricScore(36)).toThrow(RangeError);
  });

  it('refuses a wrong number of items or values out of range', () => {
    expect(swemwbsItemsSchema.safeParse([1, 2, 3, 4, 5, 1]).success).toBe(false);
    expect(swemwbsItemsSchema.safeParse([1, 2, 3, 4, 5, 1, 6]).success).toBe(false);
    expect(swemwbsItemsSchema.safeParse([0, 2, 3, 4, 5, 1, 2]).success).toBe(false);
    expect(swemwbsItemsSchema.safeParse([1.5, 2, 3, 4, 5, 1, 2]).success).toBe(false);
  });
});

describe('THL participation indicator', () => {
  it.each([
    [Array(10).fill(1), 0],
    [Array(10).fill(5), 100],
    [Array(10).fill(3), 50],
    [[1, 2, 3, 4, 5, 1, 2, 3, 4, 5], 50],
    [[4, 4, 4, 4, 4, 4, 4, 4, 4, 5], 77.5],
  ])('scores %j as %d on 0–100', (items, score) => {
    expect(participationScore(items)).toBe(score);
  });

  it('refuses nine or eleven statements and values out of range', () => {
    expect(participationItemsSchema.safeParse(Array(9).fill(3)).success).toBe(false);
    expect(participationItemsSchema.safeParse(Array(11).fill(3)).success).toBe(false);
    expect(participationItemsSchema.safeParse([...Array<number>(9).fill(3), 6]).success).toBe(false);
  });

  it('the measure input tells the instruments apart by item count', () => {
    const base = { id: 'ref-0123456789ab', expectedVersion: 1, phase: 'start', filledBy: 'client' };
    expect(recordMeasureInputSchema.safeParse({ ...base, instrument: 'swemwbs', items: Array(10).fill(3) }).success).toBe(false);
    expect(recordMeasureInputSchema.safeParse({ ...base, instrument: 'participation', items: Array(10).fill(3) }).success).toBe(true);
  });
});
