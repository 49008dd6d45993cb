import type { IncomingMessage, ServerResponse } from 'node:http';
import { signInCallbackPath, type WebRuntimeConfig } from '@linkki/domain';
import { sendJson } from './http-utils';
import { devCountyHintParam, devScope, type DevIdentityProvider } from './identity/dev-identity-provider';

/** Where the web app reads its stage's settings; the deployed stack writes this file beside the app. */
export const runtimeConfigPath = '/config.json';

/** The web app's settings for the local platform: the development identity provider on the same origin. */
export const localRuntimeConfig = (url: string, provider: DevIdentityProvider): WebRuntimeConfig => ({
  apiUrl: '/trpc',
  auth: {
    authority: provider.issuer,
    clientId: provider.clientId,
    redirectUri: `${url}${signInCallbackPath}`,
    postLogoutRedirectUri: `${url}/`,
    scope: devScope,
    countyHintParam: devCountyHintParam,
    countyIdentityProviders: {},
  },
});

/**
 * The origin the app was loaded from, when the client may return there: Vite's dev server proxies
 * this file keeping the browser's Host header, so the app on :5173 comes back to :5173. Any other
 * Host gets the platform's own URL: the client is registered for no other redirect.
 */
const appOriginOf = (request: IncomingMessage, url: string, origins: readonly string[]): string => origins.find((origin) => new URL(origin).host === request.headers.host) ?? url;

/** Answers `/config.json` with the redirect URIs of the origin that asked for it. */
export const sendRuntimeConfig = (response: ServerResponse, url: string, provider: DevIdentityProvider): void =>
  // The route hands over only the response; Node keeps the request it answers on it.
  sendJson(response, 200, localRuntimeConfig(appOriginOf(response.req, url, provider.origins), provider));
