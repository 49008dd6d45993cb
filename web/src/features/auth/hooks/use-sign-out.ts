import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { sessionStore } from '../stores/session-store';

/** What a page shows after a sign-out: carried in the history entry, so it goes away with it. */
export interface SignedOutState {
  signedOut: true;
}

export const isSignedOutState = (state: unknown): state is SignedOutState =>
  typeof state === 'object' && state !== null && (state as Record<string, unknown>).signedOut === true;

/** True on the page the user landed on by signing out. */
export const useJustSignedOut = (): boolean => isSignedOutState(useLocation().state);

/** Signs out and goes to the county's home page, which confirms it. */
export const useSignOut = (tenant: string): (() => void) => {
  const navigate = useNavigate();
  return useCallback(() => {
    const state: SignedOutState = { signedOut: true };
    void navigate(`/${tenant}/`, { state });
    sessionStore.signOut();
  }, [navigate, tenant]);
};
