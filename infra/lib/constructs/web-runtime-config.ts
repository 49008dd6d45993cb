import { signInCallbackPath, type WebRuntimeConfig } from '@linkki/domain';
import type { Auth } from './auth';
import { webClientScopes } from './auth';

export interface WebRuntimeConfigProps {
  readonly auth: Auth;
  readonly webClientId: string;
  /** `https://<domain>` without a trailing slash. */
  readonly appUrl: string;
  /** Where the tRPC API answers on the app's own origin. */
  readonly apiUrl: string;
}

/**
 * The `/config.json` of this stack's web app: its Cognito pool, client and county providers.
 * Most values are deploy-time tokens; CDK's BucketDeployment fills them in as it writes the file.
 */
export const webRuntimeConfigOf = ({ auth, webClientId, appUrl, apiUrl }: WebRuntimeConfigProps): WebRuntimeConfig => ({
  apiUrl,
  auth: {
    authority: auth.issuer,
    clientId: webClientId,
    redirectUri: `${appUrl}${signInCallbackPath}`,
    postLogoutRedirectUri: `${appUrl}/`,
    scope: webClientScopes.map((scope) => scope.scopeName).join(' '),
    cognitoLogoutUrl: `${auth.domain.baseUrl()}/logout`,
    countyIdentityProviders: { ...auth.counties.names },
  },
});
