import type { ServerResponse } from 'node:http';
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

export const sendRuntimeConfig = (response: ServerResponse, url: string, provider: DevIdentityProvider): void =>
  sendJson(response, 200, localRuntimeConfig(url, provider));
