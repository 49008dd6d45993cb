import { SignInRefusedError } from '@linkki/api';
import type { PreTokenGenerationTriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { claimsOverrideOf, signInSubjectOf } from './cognito-token-claims';

const eventFor = (userName: string, userAttributes: Record<string, string>) =>
  ({
    userName,
    triggerSource: 'TokenGeneration_HostedAuth',
    request: { userAttributes, groupConfiguration: {} },
    response: { claimsOverrideDetails: {} },
  }) as unknown as PreTokenGenerationTriggerEvent;

const federatedThrough = (...providerNames: string[]) => JSON.stringify(providerNames.map((providerName) => ({ providerName, providerType: 'SAML', userId: 'abc', primary: 'true' })));

describe('the person signing in', () => {
  it('belongs to the county of their custom:tenant attribute, under their user name', () => {
    expect(signInSubjectOf(eventFor('u-1', { 'custom:tenant': 'lappi', email: 'a@example.fi' }))).toEqual({ tenantId: 'lappi', userId: 'u-1' });
  });

  it('is platform-wide without the attribute, or with an empty one', () => {
    expect(signInSubjectOf(eventFor('op-1', {}))).toEqual({ tenantId: null, userId: 'op-1' });
    expect(signInSubjectOf(eventFor('op-1', { 'custom:tenant': '' }))).toEqual({ tenantId: null, userId: 'op-1' });
  });

  it('carries the address a county provider vouches for, and no address of a pool account', () => {
    expect(signInSubjectOf(eventFor('county-lappi_abc', { identities: federatedThrough('county-lappi'), email: 'hoitaja@lappi.example.fi' }))).toEqual({
      tenantId: 'lappi',
      userId: 'county-lappi_abc',
      federatedEmail: 'hoitaja@lappi.example.fi',
    });
    expect(signInSubjectOf(eventFor('7f3e-uuid', { 'custom:tenant': 'lappi', email: 'hoitaja@lappi.example.fi' }))).toEqual({ tenantId: 'lappi', userId: '7f3e-uuid' });
  });

  it('belongs to the county whose identity provider vouched for them', () => {
    expect(signInSubjectOf(eventFor('county-lappi_abc', { identities: federatedThrough('county-lappi') }))).toEqual({ tenantId: 'lappi', userId: 'county-lappi_abc' });
    expect(signInSubjectOf(eventFor('county-pohjois-savo_abc', { identities: federatedThrough('county-pohjois-savo'), 'custom:tenant': 'pohjois-savo' }))).toEqual({
      tenantId: 'pohjois-savo',
      userId: 'county-pohjois-savo_abc',
    });
  });

  it.each([
    ['a county attribute that is no county id', { 'custom:tenant': 'lappi#REFERRAL' }],
    ['an attribute that names another county than the provider', { identities: federatedThrough('county-lappi'), 'custom:tenant': 'pohjois-savo' }],
    ['identities that are not JSON', { identities: 'county-lappi' }],
    ['identities of two counties', { identities: federatedThrough('county-lappi', 'county-pohjois-savo') }],
  ])('is refused with %s', (_, attributes) => {
    expect(() => signInSubjectOf(eventFor('someone', attributes))).toThrow(SignInRefusedError);
  });
});

describe('the token claims Cognito is given', () => {
  it('carry the county, name and email of the membership, and its roles as the groups', () => {
    const override = claimsOverrideOf({ 'cognito:groups': ['coordinator', 'linkWorker'], 'custom:tenant': 'lappi', name: 'Aino', email: 'aino@example.fi' });
    expect(override).toEqual({
      claimsToAddOrOverride: { 'custom:tenant': 'lappi', name: 'Aino', email: 'aino@example.fi' },
      groupOverrideDetails: { groupsToOverride: ['coordinator', 'linkWorker'] },
    });
  });

  it("leave out Cognito's county for a platform-wide person, and override the groups even when there are none", () => {
    expect(claimsOverrideOf({ 'cognito:groups': [], name: 'Operaattori' })).toEqual({
      claimsToAddOrOverride: { name: 'Operaattori' },
      claimsToSuppress: ['custom:tenant'],
      groupOverrideDetails: { groupsToOverride: [] },
    });
  });
});
