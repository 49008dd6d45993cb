import { describe, expect, it } from 'vitest';
import { formatClock, formatIsoDate, formatTimeRange, pickListingText } from './listing-format';

describe('listing formats', () => {
  it('shows a text in the UI language, or in Finnish when that version is missing', () => {
    const text = { fi: 'Tuolijumppa', sv: 'Stolgymnastik', en: ' ' };
    expect(pickListingText(text, 'sv')).toEqual({ text: 'Stolgymnastik', lang: 'sv' });
    expect(pickListingText(text, 'en')).toEqual({ text: 'Tuolijumppa', lang: 'fi' });
  });

  it('writes clock times the Finnish way in Finnish and Swedish', () => {
    expect(formatClock('09:30', 'fi')).toBe('9.30');
    expect(formatClock('09:30', 'en')).toBe('09:30');
    expect(formatTimeRange('10:00', '11:30', 'sv')).toBe('10.00–11.30');
    expect(formatTimeRange('18:00', undefined, 'fi')).toBe('18.00');
  });

  it('writes calendar dates without shifting them by time zone', () => {
    expect(formatIsoDate('2026-03-12', 'fi')).toBe('12.3.2026');
    expect(formatIsoDate('2026-03-12', 'en')).toBe('12 Mar 2026');
  });
});
