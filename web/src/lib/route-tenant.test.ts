import { describe, expect, it } from 'vitest';
import { tenantSlugFromPath } from './route-tenant';

describe('tenantSlugFromPath', () => {
  it.each([
    ['/pohjois-savo/', 'pohjois-savo'],
    ['/pohjois-savo/me', 'pohjois-savo'],
    ['/lappi', 'lappi'],
    ['/', null],
    ['', null],
    ['/Pohjois-Savo/', null],
    ['/pohjois--savo/', null],
    ['/-lappi/', null],
    ['/x/', null],
    [`/${'a'.repeat(41)}/`, null],
    ['/%20/', null],
  ])('%s → %s', (path, expected) => {
    expect(tenantSlugFromPath(path)).toBe(expected);
  });
});
