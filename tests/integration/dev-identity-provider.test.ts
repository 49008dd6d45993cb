import { createHash, randomBytes } from 'node:crypto';
import { get } from 'node:http';
import { createUserRepository, createDocumentClient, createTableAccess, userItemSchema, userKeyOf } from '@linkki/db';
import { type RunningPlatform, startPlatform } from '@linkki/local';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let platform: RunningPlatform;
let discovery: Record<string, string>;
beforeAll(async () => {
  platform = await startPlatform({ port: 0, host: '127.0.0.1', dataDir: null, webRoot: null });
  discovery = (await (await fetch(`${platform.url}/oidc/.well-known/openid-configuration`)).json()) as Record<string, string>;
});
afterAll(() => platform.stop());

/** A browser's cookies for one origin, enough for the provider's interaction and session cookies. */
const cookieJar = () => {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    keep(response: Response) {
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, ...value] = (pair ?? '').split('=');
        if (name) cookies.set(name.trim(), value.join('='));
      }
    },
  };
};

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** Follows redirects by hand within the platform, keeping cookies, until one leaves for the app's callback. */
const browse = async (jar: ReturnType<typeof cookieJar>, url: string, init: RequestInit = {}): Promise<Response> => {
  let response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: jar.header() } });
  jar.keep(response);
  while (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get('location') ?? '', url);
    if (location.pathname === '/auth/callback') return response;
    response = await fetch(location, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.keep(response);
    url = location.href;
  }
  return response;
};

const redirectUri = () => `${platform.url}/auth/callback`;

/** The browser's half of the code flow: to the provider's page, a person chosen, back with a code. */
const authorize = async (person: { tenant: string; user: string }) => {
  const jar = cookieJar();
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const query = new URLSearchParams({
    client_id: 'linkki-local',
    response_type: 'code',
    scope: 'openid email profile',
    redirect_uri: redirectUri(),
    state: 'state-1',
    nonce: 'nonce-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ui_locales: 'sv',
  });
  const page = await browse(jar, `${discovery.authorization_endpoint}?${query.toString()}`);
  const html = await page.text();
  const action = /action="([^"]+\/login)"/.exec(html)?.[1];
  if (!action) throw new Error(`no sign-in page: ${page.status} ${html.slice(0, 200)}`);
  const chosen = await browse(jar, new URL(action, platform.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(person).toString(),
  });
  return { jar, verifier, html, chosen };
};

const exchange = (body: Record<string, string>) =>
  fetch(discovery.token_endpoint ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'linkki-local', ...body }).toString(),
  });

const codeOf = (response: Response): string => {
  const location = new URL(response.headers.get('location') ?? '');
  expect(location.searchParams.get('state')).toBe('state-1');
  return location.searchParams.get('code') ?? '';
};

const callMe = (token: string) => fetch(`${platform.url}/trpc/me?batch=1`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });

const setStatus = async (tenantId: string, userId: string, status: string) => {
  const tables = createTableAccess({ tableName: platform.tableName, platformClient: createDocumentClient({ endpoint: platform.dynamoEndpoint }) });
  const member = await createUserRepository({ gateway: tables.tenant(tenantId), tenantId }).membership(userId);
  if (!member) throw new Error('no member');
  await tables.tenant(tenantId).updateVersioned(userKeyOf(tenantId, userId), member.version, { status }, userItemSchema);
};

describe('the development identity provider', () => {
  it('describes itself by OIDC discovery, with PKCE, end-session and a public key set', async () => {
    expect(discovery).toMatchObject({
      issuer: `${platform.url}/oidc`,
      code_challenge_methods_supported: ['S256'],
      end_session_endpoint: `${platform.url}/oidc/session/end`,
      jwks_uri: `${platform.url}/oidc/jwks`,
    });
    const jwks = (await (await fetch(discovery.jwks_uri ?? '')).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const config = (await (await fetch(`${platform.url}/config.json`)).json()) as { auth: Record<string, unknown> };
    expect(config.auth).toMatchObject({ authority: `${platform.url}/oidc`, clientId: 'linkki-local', redirectUri: redirectUri() });
  });

  it('signs a demo person in by the code flow, with claims from their membership that the API accepts', async () => {
    const { html, chosen, verifier } = await authorize({ tenant: 'lappi', user: 'demo-nurse' });
    expect(html).toContain('lang="sv"');
    expect(html).toContain('Logga in som Eija Lehtola');
    const tokens = (await (await exchange({ grant_type: 'authorization_code', code: codeOf(chosen), redirect_uri: redirectUri(), code_verifier: verifier })).json()) as Record<string, string>;
    expect(tokens.refresh_token).toBeTruthy();
    const claims = decodeJwt(tokens.id_token ?? '');
    expect(claims).toMatchObject({
      iss: `${platform.url}/oidc`,
      aud: 'linkki-local',
      'cognito:username': 'demo-nurse',
      'custom:tenant': 'lappi',
      'cognito:groups': ['professional'],
      name: 'Eija Lehtola',
      nonce: 'nonce-1',
    });
    const me = (await (await callMe(tokens.id_token ?? '')).json()) as [{ result: { data: { user: { displayName: string } } } }];
    expect(me[0].result.data.user.displayName).toBe('Eija Lehtola');

    const renewed = (await (await exchange({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' })).json()) as Record<string, string>;
    expect(decodeJwt(renewed.id_token ?? '')['cognito:username']).toBe('demo-nurse');
  });

  it('refuses a code without the right PKCE verifier, and a code used twice', async () => {
    const { chosen, verifier } = await authorize({ tenant: 'lappi', user: 'demo-editor' });
    const code = codeOf(chosen);
    const wrong = await exchange({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), code_verifier: base64url(randomBytes(32)) });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_grant');
    const right = await exchange({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), code_verifier: verifier });
    expect(right.status).toBe(200);
    const again = await exchange({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), code_verifier: verifier });
    expect(again.status).toBe(400);
  });

  it('refuses to sign in a deactivated person, and stops renewing the tokens of one deactivated since', async () => {
    const { chosen, verifier } = await authorize({ tenant: 'pohjois-savo', user: 'demo-linkworker' });
    const tokens = (await (await exchange({ grant_type: 'authorization_code', code: codeOf(chosen), redirect_uri: redirectUri(), code_verifier: verifier })).json()) as Record<string, string>;
    await setStatus('pohjois-savo', 'demo-linkworker', 'deactivated');
    try {
      const renewal = await exchange({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' });
      expect(renewal.status).toBe(400);
      const refused = await authorize({ tenant: 'pohjois-savo', user: 'demo-linkworker' });
      expect(refused.chosen.status).toBe(403);
      expect(await refused.chosen.text()).toContain('role="alert"');
    } finally {
      await setStatus('pohjois-savo', 'demo-linkworker', 'active');
    }
  });

  it('ends the session at the provider on sign-out and returns to the app', async () => {
    const { jar, chosen, verifier } = await authorize({ tenant: 'keski-pohjanmaa', user: 'demo-coordinator' });
    const tokens = (await (await exchange({ grant_type: 'authorization_code', code: codeOf(chosen), redirect_uri: redirectUri(), code_verifier: verifier })).json()) as Record<string, string>;
    const query = new URLSearchParams({ id_token_hint: tokens.id_token ?? '', post_logout_redirect_uri: `${platform.url}/` });
    const confirm = await browse(jar, `${discovery.end_session_endpoint}?${query.toString()}`);
    const form = await confirm.text();
    const action = /action="([^"]+)"/.exec(form)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
    const done = await fetch(new URL(action, platform.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${platform.url}/`);
    // Signed out at the provider: the next sign-in asks who you are again.
    const next = await authorize({ tenant: 'keski-pohjanmaa', user: 'demo-nurse' });
    expect(next.html).toContain('Logga in som');
  });

  it('answers /config.json for an extra dev origin the request came from (Vite keeps its Host), and lets the client return there', async () => {
    // fetch sets Host from the URL; Vite's proxy forwards the browser's, as this does.
    const configFor = (url: string, host: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        get(`${url}/config.json`, { headers: { host } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve((JSON.parse(body) as { auth: Record<string, unknown> }).auth));
        }).on('error', reject);
      });
    const vite = 'http://localhost:5173';
    expect(await configFor(platform.url, 'localhost:5173')).toMatchObject({ redirectUri: redirectUri(), postLogoutRedirectUri: `${platform.url}/` });

    const previous = process.env.LINKKI_DEV_ORIGINS;
    process.env.LINKKI_DEV_ORIGINS = vite;
    const dev = await startPlatform({ port: 0, host: '127.0.0.1', dataDir: null, webRoot: null, seed: false }).finally(() => {
      if (previous === undefined) delete process.env.LINKKI_DEV_ORIGINS;
      else process.env.LINKKI_DEV_ORIGINS = previous;
    });
    try {
      expect(await configFor(dev.url, 'localhost:5173')).toMatchObject({ authority: `${dev.url}/oidc`, redirectUri: `${vite}/auth/callback`, postLogoutRedirectUri: `${vite}/` });
      expect(await configFor(dev.url, new URL(dev.url).host)).toMatchObject({ redirectUri: `${dev.url}/auth/callback`, postLogoutRedirectUri: `${dev.url}/` });
      expect(await configFor(dev.url, 'elsewhere.test')).toMatchObject({ redirectUri: `${dev.url}/auth/callback` });

      const authorizeTo = (callback: string) => {
        const query = new URLSearchParams({
          client_id: 'linkki-local',
          response_type: 'code',
          scope: 'openid',
          redirect_uri: callback,
          state: 's',
          nonce: 'n',
          code_challenge: base64url(randomBytes(32)),
          code_challenge_method: 'S256',
        });
        return fetch(`${dev.url}/oidc/auth?${query.toString()}`, { redirect: 'manual' });
      };
      const accepted = await authorizeTo(`${vite}/auth/callback`);
      expect(accepted.status).toBe(303);
      expect(accepted.headers.get('location')).toMatch(/^\/oidc\/interaction\//);
      expect((await authorizeTo('http://localhost:5174/auth/callback')).status).toBe(400);

      const tokenFrom = async (origin: string) => {
        const response = await fetch(`${dev.url}/oidc/token`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ client_id: 'linkki-local', grant_type: 'refresh_token', refresh_token: 'unknown' }).toString(),
        });
        return { allowOrigin: response.headers.get('access-control-allow-origin'), error: ((await response.json()) as { error: string }).error };
      };
      // An unknown refresh token is refused either way; only an allowed origin gets that far.
      expect(await tokenFrom(vite)).toEqual({ allowOrigin: vite, error: 'invalid_grant' });
      expect(await tokenFrom('http://localhost:5174')).toEqual({ allowOrigin: null, error: 'invalid_request' });
    } finally {
      await dev.stop();
    }
  });
});
