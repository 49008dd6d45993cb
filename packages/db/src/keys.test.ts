import { describe, expect, it } from 'vitest';
import { isTenantKey, platformKey, sortKey, tenantKey } from './keys';

describe('keys', () => {
  it('puts the tenant prefix first', () => {
    expect(tenantKey('lappi', 'USERS')).toBe('T#lappi#USERS');
    expect(platformKey('TENANTS')).toBe('PLATFORM#TENANTS');
    expect(sortKey('USER', 'demo-nurse')).toBe('USER#demo-nurse');
  });

  it('refuses segments that could forge another key', () => {
    expect(() => tenantKey('lappi#x')).toThrow();
    expect(() => tenantKey('Lappi')).toThrow();
    expect(() => sortKey('USER', 'a#b')).toThrow();
    expect(() => sortKey('USER', '')).toThrow();
  });

  it('matches a tenant exactly, never a look-alike prefix', () => {
    expect(isTenantKey('T#lappi', 'lappi')).toBe(true);
    expect(isTenantKey('T#lappi#USERS', 'lappi')).toBe(true);
    expect(isTenantKey('T#lappi-x#USERS', 'lappi')).toBe(false);
    expect(isTenantKey('T#lappix', 'lappi')).toBe(false);
    expect(isTenantKey('PLATFORM#TENANTS', 'lappi')).toBe(false);
  });
});
