import { describe, expect, it } from 'vitest';
import { currentIdentity, maySignIn, rolesFitTenant } from './membership';

const nurse = { userId: 'u1', tenantId: 'lappi', roles: ['professional' as const, 'networkMember' as const] };

describe('currentIdentity', () => {
  it('keeps the roles the membership still grants', () => {
    expect(currentIdentity(nurse, { tenantId: 'lappi', roles: ['professional', 'linkWorker'], status: 'active' })).toEqual({ ...nurse, roles: ['professional'] });
  });

  it('refuses a deactivated, invited-only, unknown or other-county member, or one left with no role', () => {
    expect(currentIdentity(nurse, { tenantId: 'lappi', roles: ['professional'], status: 'deactivated' })).toBeNull();
    expect(currentIdentity(nurse, { tenantId: 'lappi', roles: ['professional'], status: 'invited' })).toBeNull();
    expect(currentIdentity(nurse, null)).toBeNull();
    expect(currentIdentity(nurse, { tenantId: 'pohjois-savo', roles: ['professional'], status: 'active' })).toBeNull();
    expect(currentIdentity(nurse, { tenantId: 'lappi', roles: ['coordinator'], status: 'active' })).toBeNull();
  });
});

describe('rolesFitTenant', () => {
  it('wants a county for county roles and none for platform-wide ones', () => {
    expect(rolesFitTenant(['coordinator'], 'lappi')).toBe(true);
    expect(rolesFitTenant(['coordinator'], null)).toBe(false);
    expect(rolesFitTenant(['platformAdmin'], null)).toBe(true);
    expect(rolesFitTenant(['platformAdmin'], 'lappi')).toBe(false);
    expect(rolesFitTenant([], 'lappi')).toBe(false);
  });
});

describe('maySignIn', () => {
  it('lets invited and active people in, never deactivated ones', () => {
    expect(maySignIn({ status: 'invited' })).toBe(true);
    expect(maySignIn({ status: 'active' })).toBe(true);
    expect(maySignIn({ status: 'deactivated' })).toBe(false);
  });
});
