import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatUsageDay } from './usage-format';

/** Intl separates digit groups with (narrow) no-break spaces; compared here as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('usage figures', () => {
  it('group digits as each language does', () => {
    expect(plain(formatCount(1234567, 'fi'))).toBe('1 234 567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
  });

  it('give sizes in the largest decimal unit, with a decimal only below ten', () => {
    expect(plain(formatBytes(999, 'en'))).toBe('999 byte');
    expect(plain(formatBytes(150_895, 'en'))).toBe('151 kB');
    expect(plain(formatBytes(1_250_000, 'fi'))).toMatch(/^1,3 (Mt|MB)$/);
  });

  it('write a usage day as its UTC calendar date', () => {
    expect(formatUsageDay('2026-03-12', 'en')).toBe('12 Mar 2026');
  });
});
