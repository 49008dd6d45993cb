import { describe, expect, it, vi } from 'vitest';
import { createSessionStore, sessionFor, sessionStorageKey } from './session-store';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
};

/** An unsigned token with the claims the store reads. */
const tokenOf = (user: string, serial: number): string =>
  `h.${btoa(JSON.stringify({ 'cognito:username': user, serial }))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')}.s`;

describe('session store', () => {
  it("takes a renewed token of the same person and ignores anyone else's", () => {
    const store = createSessionStore(memoryStorage());
    store.signIn({ token: tokenOf('demo-nurse', 1), tenant: 'lappi' });
    store.renew({ token: tokenOf('demo-nurse', 2), tenant: 'lappi' });
    expect(store.getState().session?.token).toBe(tokenOf('demo-nurse', 2));
    store.renew({ token: tokenOf('demo-editor', 3), tenant: 'lappi' });
    expect(store.getState().session?.token).toBe(tokenOf('demo-nurse', 2));
    store.signOut();
    store.renew({ token: tokenOf('demo-nurse', 4), tenant: 'lappi' });
    expect(store.getState().session).toBeNull();
  });

  it('keeps the session in storage and restores it', () => {
    const storage = memoryStorage();
    createSessionStore(storage).signIn({ token: 'a.b.c', tenant: 'lappi' });
    expect(createSessionStore(storage).getState().session).toEqual({ token: 'a.b.c', tenant: 'lappi' });
  });

  it('ignores stored values that are not a session', () => {
    for (const stored of ['not json', '{"token":""}', '{"token":5,"tenant":null}', 'null']) {
      expect(createSessionStore(memoryStorage({ [sessionStorageKey]: stored })).getState().session).toBeNull();
    }
  });

  it('ends the session with a notice when its token is refused, once', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.signIn({ token: 'old', tenant: 'lappi' });
    store.refuse('old');
    store.refuse('old');
    expect(store.getState()).toEqual({ session: null, expired: true });
    expect(storage.values.has(sessionStorageKey)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps a newer session when an older token is refused', () => {
    const store = createSessionStore(memoryStorage());
    store.signIn({ token: 'new', tenant: 'lappi' });
    store.refuse('old');
    expect(store.getState().session?.token).toBe('new');
  });

  it('tells of an expiry until it is dismissed or the user signs in again', () => {
    const store = createSessionStore(memoryStorage());
    store.signIn({ token: 't', tenant: null });
    store.refuse('t');
    store.dismissExpired();
    expect(store.getState()).toEqual({ session: null, expired: false });
    store.signIn({ token: 'u', tenant: null });
    store.refuse('u');
    store.signIn({ token: 'v', tenant: null });
    expect(store.getState()).toEqual({ session: { token: 'v', tenant: null }, expired: false });
  });

  it('signs out without an expiry notice', () => {
    const store = createSessionStore(memoryStorage());
    store.signIn({ token: 't', tenant: 'lappi' });
    store.signOut();
    expect(store.getState()).toEqual({ session: null, expired: false });
  });

  it('applies a county session only in its county and a platform-wide one everywhere', () => {
    const county = { token: 't', tenant: 'lappi' };
    const national = { token: 't', tenant: null };
    expect(sessionFor(county, 'lappi')).toBe(county);
    expect(sessionFor(county, 'pohjois-savo')).toBeNull();
    expect(sessionFor(county, null)).toBeNull();
    expect(sessionFor(national, 'pohjois-savo')).toBe(national);
    expect(sessionFor(null, 'lappi')).toBeNull();
  });
});
