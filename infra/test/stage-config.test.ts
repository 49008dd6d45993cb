import { describe, expect, it } from 'vitest';
import { loadStageConfig, maxAuthDomainPrefixLength, parseStageConfig, stages } from '../lib/stage-config';

const valid = {
  stage: 'dev',
  region: 'eu-north-1',
  authDomainPrefix: 'linkki-dev',
  logRetention: 30,
  apiThrottle: { rateLimit: 50, burstLimit: 100 },
  notificationFromAddress: 'linkki@dev.linkki.example.fi',
};

describe('stage configuration', () => {
  it.each(Object.keys(stages))('accepts the %s stage as written', (name) => {
    expect(loadStageConfig(name).stage).toBe(name);
  });

  it('merges the account and alarm address given at synth time, ignoring empty ones', () => {
    expect(loadStageConfig('prod', { account: '123456789012', alarmEmail: 'ops@example.org' })).toMatchObject({
      account: '123456789012',
      alarmEmail: 'ops@example.org',
    });
    expect(loadStageConfig('dev', { account: undefined, alarmEmail: '' })).not.toHaveProperty('alarmEmail');
  });

  it('names every bad setting at once', () => {
    const attempt = () => parseStageConfig({ ...valid, stage: 'Dev Stage', region: 'north', logRetention: 31, apiThrottle: { rateLimit: 0, burstLimit: 1.5 } });
    expect(attempt).toThrow(/stage: .*; region: .*; logRetention: .*; apiThrottle\.rateLimit: .*; apiThrottle\.burstLimit: /);
  });

  it('refuses a sign-in domain prefix Cognito would refuse', () => {
    expect(() => parseStageConfig({ ...valid, authDomainPrefix: 'linkki-cognito' })).toThrow(/authDomainPrefix: must not contain/);
  });

  it('keeps the sign-in domain prefix short enough for the suffix the stack appends', () => {
    expect(parseStageConfig({ ...valid, authDomainPrefix: 'l'.repeat(maxAuthDomainPrefixLength) }).authDomainPrefix).toHaveLength(54);
    expect(() => parseStageConfig({ ...valid, authDomainPrefix: 'l'.repeat(maxAuthDomainPrefixLength + 1) })).toThrow(/authDomainPrefix: must be .*at most 54 characters/);
  });

  describe('county identity providers', () => {
    const saml = { tenant: 'lappi', type: 'saml', metadataUrl: 'https://login.microsoftonline.com/tenant-id/federationmetadata/2007-06/federationmetadata.xml' };
    const oidc = { tenant: 'pohjois-savo', type: 'oidc', issuer: 'https://tunnistus.example.fi', clientId: 'linkki', clientSecretName: 'linkki/prod/pohjois-savo' };

    it('accepts one SAML and one OIDC county, with an attribute mapping', () => {
      const providers = [saml, { ...oidc, attributeMapping: { email: 'mail', name: 'display_name' } }];
      expect(parseStageConfig({ ...valid, countyIdentityProviders: providers }).countyIdentityProviders).toEqual(providers);
    });

    it('names every bad key of every provider at once', () => {
      const attempt = () =>
        parseStageConfig({
          ...valid,
          countyIdentityProviders: [
            { ...saml, tenant: 'lapland', metadataUrl: 'http://idp.example.fi/metadata' },
            { ...oidc, clientSecretName: 'has spaces', issuer: undefined, clientSecret: 'plain text' },
            { tenant: 'kainuu', type: 'ldap' },
          ],
        });
      expect(attempt).toThrow(
        /countyIdentityProviders\[0\]\.tenant: must be the slug of a registered .*countyIdentityProviders\[0\]\.metadataUrl: must be an https URL.*countyIdentityProviders\[1\]\.issuer: .*countyIdentityProviders\[1\]\.clientSecretName: .*countyIdentityProviders\[1\]\.clientSecret: is not a known setting.*countyIdentityProviders\[2\]\.type: must be "saml" or "oidc"/,
      );
    });

    it('refuses a second provider for one county', () => {
      expect(() => parseStageConfig({ ...valid, countyIdentityProviders: [saml, { ...oidc, tenant: 'lappi' }] })).toThrow(/countyIdentityProviders\[1\]\.tenant: lappi has a provider already/);
    });

    it('refuses a mapping of anything but email and name, so no county can claim another county', () => {
      expect(() => parseStageConfig({ ...valid, countyIdentityProviders: [{ ...saml, attributeMapping: { 'custom:tenant': 'county' } }] })).toThrow(
        /countyIdentityProviders\[0\]\.attributeMapping\.custom:tenant: is not a known setting/,
      );
    });

    it('must be a list when given', () => {
      expect(() => parseStageConfig({ ...valid, countyIdentityProviders: saml })).toThrow(/countyIdentityProviders: must be a list/);
    });
  });

  it('checks a custom web domain and requires its certificate in us-east-1', () => {
    const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/abc-123';
    expect(parseStageConfig({ ...valid, webDomain: { domainName: 'linkki.example.fi', certificateArn } }).webDomain?.domainName).toBe('linkki.example.fi');
    expect(() => parseStageConfig({ ...valid, webDomain: { domainName: 'linkki.example.fi', certificateArn: certificateArn.replace('us-east-1', 'eu-north-1') } })).toThrow(
      /webDomain\.certificateArn/,
    );
  });

  it('requires a notification sender whose domain can be an SES identity', () => {
    const { notificationFromAddress: _, ...withoutSender } = valid;
    expect(() => parseStageConfig(withoutSender)).toThrow(/notificationFromAddress: must be an email address/);
    for (const address of ['linkki', 'linkki@', 'Linkki <linkki@example.fi>', 'linkki@Example.FI', 'linkki@localhost']) {
      expect(() => parseStageConfig({ ...valid, notificationFromAddress: address }), address).toThrow(/notificationFromAddress/);
    }
  });

  it('refuses settings it does not know, and stages it does not know', () => {
    expect(() => parseStageConfig({ ...valid, devIssuer: true })).toThrow(/devIssuer: is not a stage setting/);
    expect(() => loadStageConfig('staging')).toThrow(/Unknown stage "staging"; known stages: dev, prod/);
  });
});
