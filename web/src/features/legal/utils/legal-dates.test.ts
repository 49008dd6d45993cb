import { describe, expect, it } from 'vitest';
import { formatDay } from './legal-dates';

describe('formatDay', () => {
  it('writes a due date as the same day in every language, whatever the reader’s time zone', () => {
    expect(formatDay('2026-03-16', 'fi')).toBe('16. maaliskuuta 2026');
    expect(formatDay('2026-03-16', 'sv')).toBe('16 mars 2026');
    expect(formatDay('2026-03-16', 'en')).toBe('16 March 2026');
  });

  it('writes a moment on the Finnish day it happened', () => {
    expect(formatDay('2026-03-15T22:30:00.000Z', 'en')).toBe('16 March 2026');
  });
});
