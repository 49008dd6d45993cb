import { useMutation, useQuery } from '@tanstack/react-query';
import type { LocalizedText } from '../../../i18n';
import { type Session, sessionStore } from '../stores/session-store';
import type { Role } from './me';

/** A demo user of the local platform's development sign-in (`/dev/personas`). */
export interface DevPersona {
  tenant: string | null;
  user: string;
  role: Role;
  displayName: string;
  title: string;
  organisation: string;
  description: LocalizedText;
}

/** Deployed stacks have no development sign-in; users sign in through the county's identity service. */
export type PersonaDirectory = { available: true; personas: DevPersona[] } | { available: false };

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && ['fi', 'sv', 'en'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

const isPersona = (value: unknown): value is DevPersona => {
  if (typeof value !== 'object' || value === null) return false;
  const persona = value as Record<string, unknown>;
  return (
    (persona.tenant === null || typeof persona.tenant === 'string') &&
    ['user', 'role', 'displayName', 'title', 'organisation'].every((key) => typeof persona[key] === 'string') &&
    isLocalizedText(persona.description)
  );
};

const isJson = (response: Response): boolean => response.headers.get('content-type')?.includes('application/json') ?? false;

/** The `{ error }` message the dev routes answer with, or the HTTP status. */
const failureOf = async (response: Response): Promise<Error> => {
  const body: unknown = isJson(response) ? await response.json().catch(() => null) : null;
  const message = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).error : null;
  return new Error(typeof message === 'string' ? message : `HTTP ${response.status}`);
};

const fetchPersonas = async (): Promise<PersonaDirectory> => {
  const response = await fetch('/dev/personas', { headers: { accept: 'application/json' } });
  // A deployed stack answers 404, or its web hosting hands back the app's HTML.
  if (response.status === 404 || (response.ok && !isJson(response))) return { available: false };
  if (!response.ok) throw await failureOf(response);
  const body: unknown = await response.json();
  return { available: true, personas: Array.isArray(body) ? body.filter(isPersona) : [] };
};

const requestToken = async (persona: DevPersona): Promise<Session> => {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ ...(persona.tenant ? { tenant: persona.tenant } : {}), role: persona.role, user: persona.user }),
  });
  if (!response.ok) throw await failureOf(response);
  const body: unknown = await response.json();
  const token = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).token : null;
  if (typeof token !== 'string' || token === '') throw new Error('The development sign-in gave no token.');
  return { token, tenant: persona.tenant };
};

/** The demo personas, or `available: false` where there is no development sign-in. */
export const usePersonas = () => useQuery({ queryKey: ['dev', 'personas'], queryFn: fetchPersonas, staleTime: Infinity });

/** Signs in as a demo persona; the new session replaces any earlier one. */
export const useDevSignIn = () =>
  useMutation({
    mutationFn: requestToken,
    onSuccess: (session) => sessionStore.signIn(session),
  });
