import { describe, expect, it } from 'vitest';
import { staffInvitationSchema } from './staff.schema';
import { assertNotLockingOutSelf, coordinatorDelta, OwnMembershipError } from './staff-rules';

const active = (...roles: ('coordinator' | 'professional')[]) => ({ roles, status: 'active' as const });

describe('coordinatorDelta', () => {
  it('counts coordinators who are active', () => {
    expect(coordinatorDelta(null, active('coordinator'))).toBe(1);
    expect(coordinatorDelta(active('coordinator'), active('professional'))).toBe(-1);
    expect(coordinatorDelta(active('coordinator'), { roles: ['coordinator'], status: 'deactivated' })).toBe(-1);
    expect(coordinatorDelta({ roles: ['coordinator'], status: 'deactivated' }, active('coordinator'))).toBe(1);
    expect(coordinatorDelta(active('professional'), active('professional'))).toBe(0);
    expect(coordinatorDelta(null, { roles: ['coordinator'], status: 'invited' })).toBe(0);
    expect(coordinatorDelta({ roles: ['coordinator'], status: 'invited' }, active('coordinator'))).toBe(1);
  });
});

describe('assertNotLockingOutSelf', () => {
  it("refuses deactivating oneself or dropping one's own coordinator role, and lets others be changed", () => {
    expect(() => assertNotLockingOutSelf('me', { userId: 'me' }, { roles: ['coordinator'], status: 'deactivated' })).toThrow(OwnMembershipError);
    expect(() => assertNotLockingOutSelf('me', { userId: 'me' }, active('professional'))).toThrow(OwnMembershipError);
    expect(() => assertNotLockingOutSelf('me', { userId: 'me' }, active('coordinator', 'professional'))).not.toThrow();
    expect(() => assertNotLockingOutSelf('me', { userId: 'other' }, { roles: ['coordinator'], status: 'deactivated' })).not.toThrow();
  });
});

describe('staffInvitationSchema', () => {
  const base = { email: ' Uusi.Hoitaja@Lappi.FI ', displayName: 'Uusi Hoitaja', roles: ['professional'] };
  it('keeps emails lower-case and trimmed', () => {
    expect(staffInvitationSchema.parse(base).email).toBe('uusi.hoitaja@lappi.fi');
  });

  it('names the field that is wrong', () => {
    const issues = (input: unknown) => staffInvitationSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues({ ...base, email: 'not-an-email' })).toEqual(['email']);
    expect(issues({ ...base, roles: ['platformAdmin'] })).toEqual(['roles.0']);
    expect(issues({ ...base, roles: [] })).toEqual(['roles']);
    expect(issues({ ...base, roles: ['orgEditor'] })).toEqual(['organisationIds']);
    expect(issues({ ...base, organisationIds: ['org-1'] })).toEqual(['organisationIds']);
  });
});
