import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type SignInSubject, signInMember, SignInRefusedError, tokenClaims, type TenantDirectory } from '@linkki/api';
import { signInCallbackPath, type Tenant } from '@linkki/domain';
import type { TableAccess } from '@linkki/db';
import type { JWK } from 'jose';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { readBody } from '../http-utils';
import { html, renderPage } from '../html';
import { accountIdOf, subjectOf } from './account-id';
import { logoutPageSource, pageLanguageOf, pageTitleOf, type SignInChoice, sendPersonaPage, signedOutPageSource } from './persona-page';

/** Where the provider lives on the local server: the issuer is `<app URL>/oidc`. */
export const devProviderPath = '/oidc';
/** The web app's client at the development provider; Cognito's app client plays this part in AWS. */
export const devClientId = 'linkki-local';
export const devScope = 'openid email profile';
/** The county whose people the sign-in page lists first. */
export const devCountyHintParam = 'linkki_county';

export interface DevIdentityProviderOptions {
  /** The local server's origin, e.g. `http://localhost:3000`. */
  appUrl: string;
  /** The private signing key (with `kid`) the API's verifier trusts. */
  signingKey: JWK;
  tables: TableAccess;
  tenants: TenantDirectory;
  /** Whom the sign-in page offers. */
  choices: () => Promise<readonly SignInChoice[]>;
  /**
   * Other origins the app is served from in development (`pnpm dev`: Vite on :5173), which the
   * client may return to after sign-in and sign-out and call the token endpoint from.
   */
  extraOrigins?: readonly string[];
}

export interface DevIdentityProvider {
  issuer: string;
  clientId: string;
  /** The origins the client may return to, the local server's own first. */
  origins: readonly string[];
  /** Answers a request under `/oidc`. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

/** The claims of a membership, or undefined when it may not sign in: the provider then refuses the grant. */
const memberAccount = async (tables: TableAccess, accountId: string) => {
  const subject = subjectOf(accountId);
  if (!subject) return undefined;
  try {
    const claims = await signInMember(tables, subject);
    return { accountId, claims: () => ({ sub: accountId, [tokenClaims.user]: subject.userId, ...claims }) };
  } catch (error) {
    if (error instanceof SignInRefusedError) return undefined;
    throw error;
  }
};

/** The local server's origin and the extra ones, normalised so a trailing slash or path cannot slip past the comparisons. */
const appOriginsOf = ({ appUrl, extraOrigins = [] }: DevIdentityProviderOptions): string[] => [...new Set([appUrl, ...extraOrigins].map((origin) => new URL(origin).origin))];

const configuration = (options: DevIdentityProviderOptions, origins: readonly string[]): Configuration => ({
  extraParams: [devCountyHintParam],
  clients: [
    {
      client_id: devClientId,
      client_name: 'Linkki',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: origins.map((origin) => `${origin}${signInCallbackPath}`),
      post_logout_redirect_uris: origins.map((origin) => `${origin}/`),
    },
  ],
  jwks: { keys: [options.signingKey] },
  findAccount: (_ctx, sub) => memberAccount(options.tables, sub),
  // Cognito's names, in the ID token itself as Cognito puts them there.
  claims: { openid: ['sub', tokenClaims.user, tokenClaims.tenant, tokenClaims.groups, tokenClaims.name], email: ['email'], profile: [tokenClaims.name] },
  conformIdTokenClaims: false,
  scopes: ['openid', 'email', 'profile', 'offline_access'],
  // As Cognito does for its code flow: a refresh token without asking for offline_access.
  issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, RefreshToken: 86_400, Interaction: 3600, Session: 86_400, Grant: 86_400 },
  pkce: { required: () => true },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  // The app calls the token endpoint from the origin it was loaded from: only those it may be served from.
  clientBasedCORS: (_ctx, origin) => origins.includes(origin),
  interactions: { url: (_ctx, interaction) => `${devProviderPath}/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
        const lang = pageLanguageOf(ctx.oidc.params?.ui_locales);
        ctx.type = 'html';
        ctx.body = renderPage({ lang, title: pageTitleOf(lang), body: logoutPageSource(lang, form) });
      },
      postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
        ctx.type = 'html';
        ctx.body = renderPage({ lang: 'fi', title: pageTitleOf('fi'), body: signedOutPageSource('fi') });
      },
    },
  },
  renderError: (ctx, out) => {
    ctx.type = 'html';
    ctx.body = renderPage({ lang: 'en', title: 'Linkki – sign-in error', body: htmlError(out) });
  },
});

const htmlError = (out: { error?: string; error_description?: string | undefined }) => html`<main><h1>Sign-in error</h1><p>${out.error ?? 'error'}: ${out.error_description ?? ''}</p></main>`;

/** The hinted county first, the others in their order. */
const firstOf = (tenants: Tenant[], hint: unknown): Tenant[] => [...tenants.filter((tenant) => tenant.slug === hint), ...tenants.filter((tenant) => tenant.slug !== hint)];

/** Express-style mounting: the provider sees its own paths and works out its mount path from `originalUrl`. */
const mounted = (request: IncomingMessage & { originalUrl?: string }): void => {
  request.originalUrl = request.url;
  request.url = (request.url ?? '/').slice(devProviderPath.length) || '/';
};

const interactionPattern = new RegExp(`^${devProviderPath}/interaction/([\\w-]+)(/login|/abort)?$`);

/**
 * The local stand-in for Cognito's hosted sign-in: a real OpenID Connect provider (discovery,
 * authorization code with PKCE, token and refresh, JWKS, end-session) whose sign-in page lists
 * demo people. The claims come from the same membership code as Cognito's pre-token trigger.
 */
export const createDevIdentityProvider = async (options: DevIdentityProviderOptions): Promise<DevIdentityProvider> => {
  // Loaded only where a platform starts: tests that merely sign tokens never load the provider.
  const { default: Provider } = await import('oidc-provider');
  const issuer = `${options.appUrl}${devProviderPath}`;
  const origins = appOriginsOf(options);
  const provider = new Provider(issuer, configuration(options, origins));
  const callback = provider.callback();

  const showChoices = async (request: IncomingMessage, response: ServerResponse, uid: string, refused = false) => {
    const details = await provider.interactionDetails(request, response);
    sendPersonaPage(response, {
      lang: pageLanguageOf(details.params.ui_locales),
      loginAction: `${devProviderPath}/interaction/${uid}/login`,
      abortAction: `${devProviderPath}/interaction/${uid}/abort`,
      choices: await options.choices(),
      tenants: firstOf(
        (await options.tenants.all()).filter((tenant) => tenant.status === 'active' || tenant.status === 'onboarding'),
        details.params[devCountyHintParam],
      ),
      refused,
    });
  };

  const login = async (request: IncomingMessage, response: ServerResponse, uid: string) => {
    const details = await provider.interactionDetails(request, response);
    const form = new URLSearchParams(await readBody(request));
    const subject: SignInSubject = { tenantId: form.get('tenant') || null, userId: form.get('user') ?? '' };
    const accountId = accountIdOf(subject);
    if (!subjectOf(accountId) || !(await memberAccount(options.tables, accountId))) return showChoices(request, response, uid, true);
    const grant = new provider.Grant({ accountId, clientId: devClientId });
    grant.addOIDCScope(typeof details.params.scope === 'string' ? details.params.scope : devScope);
    const grantId = await grant.save();
    await provider.interactionFinished(request, response, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
  };

  return {
    issuer,
    clientId: devClientId,
    origins,
    async handle(request, response) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const interaction = interactionPattern.exec(path);
      const method = (request.method ?? 'GET').toUpperCase();
      if (interaction?.[1] && method === 'GET' && !interaction[2]) return showChoices(request, response, interaction[1]);
      if (interaction?.[1] && method === 'POST' && interaction[2] === '/login') return login(request, response, interaction[1]);
      if (interaction?.[1] && method === 'POST' && interaction[2] === '/abort') {
        return provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'The person cancelled the sign-in.' }, { mergeWithLastSubmission: false });
      }
      mounted(request);
      await callback(request, response);
    },
  };
};
