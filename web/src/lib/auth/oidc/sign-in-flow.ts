import type { User, UserManager } from 'oidc-client-ts';
import { tokenClaimOf } from '../utils/token-claims';
import { type Session, sessionStore } from '../stores/session-store';
import { loadRuntimeConfig, type WebRuntimeConfig } from './runtime-config';

/** Carried through the identity provider and back: where the person started. */
export interface SignInState {
  tenant: string;
  /** A page to go back to, when sign-in interrupted one; else the person's work. */
  returnTo?: string;
}

/** Set just before leaving for the provider's sign-out, read on return: the county to confirm it in. */
const signedOutFromKey = 'linkki.signedOutFrom';

/**
 * Tokens are kept in the tab's sessionStorage: unlike localStorage they are not shared with other
 * tabs nor kept after the tab closes, and unlike memory they survive a reload. The content security
 * policy (scripts only from our own origin) is what keeps them from other scripts.
 */
const createUserManager = async (config: WebRuntimeConfig): Promise<UserManager> => {
  // Residents never sign in: the OIDC client (17 kB gzipped) loads on first use, not with every page.
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  const tabStore = () => new WebStorageStateStore({ store: window.sessionStorage });
  return new UserManager({
    authority: config.auth.authority,
    client_id: config.auth.clientId,
    redirect_uri: config.auth.redirectUri,
    post_logout_redirect_uri: config.auth.postLogoutRedirectUri,
    scope: config.auth.scope,
    response_type: 'code',
    userStore: tabStore(),
    stateStore: tabStore(),
    automaticSilentRenew: true,
    loadUserInfo: false,
    ...(config.auth.cognitoLogoutUrl ? { metadataSeed: { end_session_endpoint: config.auth.cognitoLogoutUrl } } : {}),
  });
};

let manager: Promise<{ config: WebRuntimeConfig; users: UserManager }> | null = null;

/** The one UserManager, made from the stage's runtime config on first use; it keeps the app's session current. */
const userManager = () => {
  manager ??= loadRuntimeConfig().then(async (config) => {
    const users = await createUserManager(config);
    users.events.addUserLoaded((user) => sessionStore.renew(sessionOf(user)));
    users.events.addSilentRenewError(() => {
      const token = sessionStore.getState().session?.token;
      if (token) sessionStore.refuse(token);
    });
    return { config, users };
  });
  return manager;
};

/** The app's session from a signed-in OIDC user: the ID token, which carries the county and roles. */
export const sessionOf = (user: User): Session => {
  const token = user.id_token ?? '';
  return { token, tenant: tokenClaimOf(token, 'custom:tenant') };
};

/** Whether the county's staff sign in with the county's own identity service. */
export const hasCountySignIn = async (tenant: string): Promise<boolean> => (await loadRuntimeConfig()).auth.countyIdentityProviders[tenant] !== undefined;

/**
 * Sends the browser to the identity provider. A county with its own identity service goes straight
 * there (Cognito's `identity_provider`); others, and associations' editors of any county
 * (`withInvitationAccount`), get the invitation-account sign-in.
 */
export const beginSignIn = async (state: SignInState, language: string, { withInvitationAccount = false } = {}): Promise<void> => {
  const { config, users } = await userManager();
  const provider = withInvitationAccount ? undefined : config.auth.countyIdentityProviders[state.tenant];
  await users.signinRedirect({
    state,
    // The person asked to sign in: the provider asks who they are, even if it remembers someone.
    prompt: 'login',
    ui_locales: language,
    extraQueryParams: {
      lang: language,
      ...(provider ? { identity_provider: provider } : {}),
      ...(config.auth.countyHintParam ? { [config.auth.countyHintParam]: state.tenant } : {}),
    },
  });
};

/** Completes the code flow on return (the verifier is checked by the provider) and starts the session. */
export const completeSignIn = async (): Promise<{ session: Session; state: SignInState | null }> => {
  const { users } = await userManager();
  const user = await users.signinRedirectCallback();
  const session = sessionOf(user);
  sessionStore.signIn(session);
  const state = user.state as SignInState | undefined;
  return { session, state: state && typeof state.tenant === 'string' ? state : null };
};

/** Ends the session here and at the identity provider, which sends the browser back to the app's root. */
export const beginSignOut = async (tenant: string): Promise<void> => {
  const { config, users } = await userManager();
  const user = await users.getUser();
  sessionStore.signOut();
  await users.removeUser();
  try {
    window.sessionStorage.setItem(signedOutFromKey, tenant);
  } catch {
    // Without storage the person returns to the county picker instead, still signed out.
  }
  const cognito = config.auth.cognitoLogoutUrl ? { client_id: config.auth.clientId, logout_uri: config.auth.postLogoutRedirectUri } : undefined;
  await users.signoutRedirect({ ...(user?.id_token ? { id_token_hint: user.id_token } : {}), ...(cognito ? { extraQueryParams: cognito } : {}) });
};

/** The county a sign-out started from, once: the app confirms the sign-out there. */
export const takeSignedOutFrom = (): string | null => {
  try {
    const tenant = window.sessionStorage.getItem(signedOutFromKey);
    window.sessionStorage.removeItem(signedOutFromKey);
    return tenant;
  } catch {
    return null;
  }
};

/**
 * After a reload, picks the provider's session up again so its tokens keep being renewed. Costs
 * nothing for residents: without a stored sign-in nothing is loaded.
 */
export const resumeProviderSession = async (): Promise<void> => {
  const hasStoredUser = (() => {
    try {
      return Object.keys(window.sessionStorage).some((key) => key.startsWith('oidc.user:'));
    } catch {
      return false;
    }
  })();
  if (!hasStoredUser) return;
  const { users } = await userManager();
  // Reading the user arms the renewal timers for its tokens.
  await users.getUser();
};

/** Forgets the provider's tokens when the app's session ends some other way (a refused token). */
export const forgetProviderSession = async (): Promise<void> => {
  if (!manager) return;
  const { users } = await manager;
  await users.removeUser();
};
