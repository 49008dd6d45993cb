import { useSyncExternalStore } from 'react';
import { type Session, type SessionState, sessionFor, sessionStore } from '../stores/session-store';

/** The whole session state, notices included. */
export const useSessionState = (): SessionState => useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);

/** The session that may be used in `tenant`, or null when the user is signed out there. */
export const useSession = (tenant: string | null): Session | null => sessionFor(useSessionState().session, tenant);
