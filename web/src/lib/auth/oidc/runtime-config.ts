import type { WebRuntimeConfig } from '@linkki/api';

export type { WebRuntimeConfig };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const authFields = ['authority', 'clientId', 'redirectUri', 'postLogoutRedirectUri', 'scope'] as const;

/** True when `value` has what the app needs; the server validated the rest when it wrote the file. */
export const isRuntimeConfig = (value: unknown): value is WebRuntimeConfig => {
  if (!isRecord(value) || typeof value.apiUrl !== 'string' || !isRecord(value.auth)) return false;
  const { auth } = value;
  return authFields.every((field) => typeof auth[field] === 'string' && auth[field] !== '') && isRecord(auth.countyIdentityProviders);
};

export class RuntimeConfigMissingError extends Error {
  override readonly name = 'RuntimeConfigMissingError';
}

let loading: Promise<WebRuntimeConfig> | null = null;

/**
 * The stage's settings from `/config.json`, read once per page load: one build of the app serves
 * every stage, and the local platform answers the same file for its own identity provider.
 */
export const loadRuntimeConfig = (): Promise<WebRuntimeConfig> => {
  loading ??= fetch('/config.json', { headers: { accept: 'application/json' }, cache: 'no-cache' })
    .then(async (response) => {
      const body: unknown = response.ok && response.headers.get('content-type')?.includes('application/json') ? await response.json() : null;
      if (!isRuntimeConfig(body)) throw new RuntimeConfigMissingError('This environment has no sign-in configuration (/config.json).');
      return body;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
};
