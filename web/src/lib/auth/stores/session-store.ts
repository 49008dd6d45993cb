import { tokenClaimOf } from '../utils/token-claims';

/** A signed-in session: the token and the county it belongs to (null for platform-wide users). */
export interface Session {
  token: string;
  tenant: string | null;
}

export interface SessionState {
  session: Session | null;
  /** The server refused the session's token; the user should be told once. */
  expired: boolean;
}

export interface SessionStore {
  getState: () => SessionState;
  subscribe: (listener: () => void) => () => void;
  signIn(session: Session): void;
  /** A fresh token for the same person (silent renewal); a token of anyone else is ignored. */
  renew(session: Session): void;
  signOut(): void;
  /** The server refused `token`: the session ends, unless it has already moved on to another token. */
  refuse(token: string): void;
  dismissExpired(): void;
}

export const sessionStorageKey = 'linkki.session';

/** Whose session it is: their county and user id, whatever token currently stands for them. */
export const personOf = (session: Session | null): string | null => (session ? `${session.tenant ?? ''}/${tokenClaimOf(session.token, 'cognito:username') ?? session.token}` : null);

export const isSamePerson = (a: Session | null, b: Session | null): boolean => personOf(a) === personOf(b);

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isSession = (value: unknown): value is Session => {
  if (typeof value !== 'object' || value === null) return false;
  const { token, tenant } = value as Record<string, unknown>;
  return typeof token === 'string' && token.length > 0 && (tenant === null || typeof tenant === 'string');
};

const readSession = (storage: KeyValueStorage | undefined): Session | null => {
  try {
    const stored = storage?.getItem(sessionStorageKey);
    if (!stored) return null;
    const parsed: unknown = JSON.parse(stored);
    return isSession(parsed) ? { token: parsed.token, tenant: parsed.tenant } : null;
  } catch {
    return null;
  }
};

const writeSession = (storage: KeyValueStorage | undefined, session: Session | null): void => {
  try {
    if (session) storage?.setItem(sessionStorageKey, JSON.stringify(session));
    else storage?.removeItem(sessionStorageKey);
  } catch {
    // Without storage the session lasts until the page is reloaded, which is acceptable.
  }
};

/** The session kept in `storage` (the tab's sessionStorage in the app), observable by React. */
export const createSessionStore = (storage: KeyValueStorage | undefined): SessionStore => {
  let state: SessionState = { session: readSession(storage), expired: false };
  const listeners = new Set<() => void>();
  const update = (next: SessionState): void => {
    if (next.session !== state.session) writeSession(storage, next.session);
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: (session) => update({ session, expired: false }),
    renew(session) {
      if (state.session && isSamePerson(state.session, session)) update({ session, expired: false });
    },
    signOut: () => update({ session: null, expired: false }),
    refuse(token) {
      if (state.session?.token === token) update({ session: null, expired: true });
    },
    dismissExpired() {
      if (state.expired) update({ ...state, expired: false });
    },
  };
};

/** The session if it may be used in `tenant`: its own county's, or a platform-wide one. */
export const sessionFor = (session: Session | null, tenant: string | null): Session | null => (session && (session.tenant === null || session.tenant === tenant) ? session : null);

/** The tab's sessionStorage; merely touching it can throw when the user blocks storage. */
const tabStorage = (): Storage | undefined => {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
};

/** The app's one session, kept per browser tab. */
export const sessionStore: SessionStore = createSessionStore(tabStorage());
