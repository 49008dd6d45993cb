import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { beginSignOut, takeSignedOutFrom } from '../oidc/sign-in-flow';
import { sessionStore } from '../stores/session-store';

/** What a page shows after a sign-out: carried in the history entry, so it goes away with it. */
export interface SignedOutState {
  signedOut: true;
}

export const isSignedOutState = (state: unknown): state is SignedOutState => typeof state === 'object' && state !== null && (state as Record<string, unknown>).signedOut === true;

/** True on the page the user landed on by signing out. */
export const useJustSignedOut = (): boolean => isSignedOutState(useLocation().state);

/**
 * Signs out here and at the identity provider. Where the provider cannot be reached the session
 * still ends here, and the county's home page confirms it.
 */
export const useSignOut = (tenant: string): (() => void) => {
  const navigate = useNavigate();
  return useCallback(() => {
    beginSignOut(tenant).catch(() => {
      sessionStore.signOut();
      const state: SignedOutState = { signedOut: true };
      void navigate(`/${tenant}/`, { state });
    });
  }, [navigate, tenant]);
};

/** On the app's root, where the provider sends people back after signing out: confirm it in their county. */
export const useReturnFromSignOut = (): void => {
  const navigate = useNavigate();
  useEffect(() => {
    const tenant = takeSignedOutFrom();
    if (!tenant) return;
    const state: SignedOutState = { signedOut: true };
    void navigate(`/${encodeURIComponent(tenant)}/`, { replace: true, state });
  }, [navigate]);
};
