import { createDevIssuer } from '@linkki/local';
import { base64url, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf, testIssuerUrl } from '../helpers/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness();
});

const encode = (value: unknown) => base64url.encode(JSON.stringify(value));

const rewritePayload = (token: string, change: (payload: Record<string, unknown>) => void): string => {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
  change(claims);
  return `${header}.${encode(claims)}.${signature}`;
};

const callMe = (token: string) => api.call('me', undefined, { token });

describe('JWT verification', () => {
  it('accepts a good token', async () => {
    const token = await api.tokenFor('coordinator', 'lappi');
    expect((await callMe(token)).status).toBe(200);
  });

  it('refuses a token whose payload was altered (tenant or role)', async () => {
    const token = await api.tokenFor('professional', 'lappi');
    expect(errorCodeOf(await callMe(rewritePayload(token, (claims) => (claims['custom:tenant'] = 'pohjois-savo'))))).toBe('UNAUTHORIZED');
    expect(errorCodeOf(await callMe(rewritePayload(token, (claims) => (claims['cognito:groups'] = ['platformAdmin']))))).toBe('UNAUTHORIZED');
  });

  it('refuses alg: none', async () => {
    const token = await api.tokenFor('professional', 'lappi');
    const [, payload] = token.split('.') as [string, string];
    expect(errorCodeOf(await callMe(`${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`))).toBe('UNAUTHORIZED');
  });

  it('refuses an HMAC token signed with the public key (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(api.issuer.jwks.keys[0]));
    const token = await new SignJWT({ 'cognito:groups': ['platformAdmin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('intruder')
      .setIssuer(api.issuer.issuer)
      .setAudience(api.issuer.audience)
      .setExpirationTime('1h')
      .sign(secret);
    expect(errorCodeOf(await callMe(token))).toBe('UNAUTHORIZED');
  });

  it('refuses an expired token', async () => {
    const token = await api.issuer.issue({ userId: 'late', tenantId: 'lappi', roles: ['professional'] }, { expiresIn: '-1m' });
    expect(errorCodeOf(await callMe(token))).toBe('UNAUTHORIZED');
  });

  it('refuses a token from a foreign issuer with its own keys', async () => {
    const foreign = await createDevIssuer({ issuer: 'https://elsewhere.test', keyFile: null });
    expect(errorCodeOf(await callMe(await foreign.issue({ userId: 'x', tenantId: 'lappi', roles: ['coordinator'] })))).toBe('UNAUTHORIZED');
  });

  it('refuses a token signed by a foreign key that claims our issuer', async () => {
    const impostor = await createDevIssuer({ issuer: testIssuerUrl, keyFile: null });
    expect(errorCodeOf(await callMe(await impostor.issue({ userId: 'x', tenantId: 'lappi', roles: ['coordinator'] })))).toBe('UNAUTHORIZED');
  });

  it('refuses a token meant for another audience', async () => {
    const token = await api.tokenFor('professional', 'lappi');
    expect(errorCodeOf(await callMe(rewritePayload(token, (claims) => (claims.aud = 'other-app'))))).toBe('UNAUTHORIZED');
  });

  it('refuses a well-signed token without roles', async () => {
    const token = await api.issuer.issue({ userId: 'x', tenantId: 'lappi', roles: [] as never });
    expect(errorCodeOf(await callMe(token))).toBe('UNAUTHORIZED');
  });

  it.each(['', 'Bearer', 'Bearer not-a-jwt', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c'])('refuses the header %j', async (header) => {
    const response = await api.call('me', undefined, { headers: header ? { authorization: header } : {} });
    expect(errorCodeOf(response)).toBe('UNAUTHORIZED');
  });

  it('refuses a bad token even on a public procedure, so a client knows to sign in again', async () => {
    expect(errorCodeOf(await api.call('tenants.list', undefined, { token: 'a.b.c' }))).toBe('UNAUTHORIZED');
    expect(dataOf<unknown[]>(await api.call('tenants.list')).length).toBeGreaterThan(0);
  });
});
