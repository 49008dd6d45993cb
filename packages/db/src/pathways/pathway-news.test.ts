import { describe, expect, it } from 'vitest';
import { pathwayNewsItemOf, pathwayNewsSchema } from './pathway-local.entity';
import { pathwayNewsAttributes } from './pathway-news.keys';

const news = { pathwayId: 'laheiset', number: 2, title: { fi: 'Läheiset' }, changeSummary: { fi: 'Uusi vaihe' }, publishedAt: '2026-11-01T10:00:00.000Z' };

describe('a county news item', () => {
  it('has only the attributes the fan-out policy allows', () => {
    const stored = { ...pathwayNewsItemOf('lappi', news), version: 1, createdAt: 'x', updatedAt: 'x' };
    expect(Object.keys(stored).sort()).toEqual([...pathwayNewsAttributes].sort());
    expect(Object.keys(pathwayNewsSchema.shape).every((name) => (pathwayNewsAttributes as readonly string[]).includes(name))).toBe(true);
  });

  it('lives in the county news partition and refuses anything that is not news', () => {
    expect(pathwayNewsItemOf('lappi', news).pk).toBe('T#lappi#PATHWAY-NEWS');
    expect(() => pathwayNewsItemOf('lappi', { ...news, extra: 'x' } as typeof news)).toThrow();
  });
});
