import { GetSecretValueCommand, ResourceNotFoundException, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { OriginSecrets } from './origin-verify';

/**
 * A rotation writes the new value as AWSPENDING, points CloudFront at it, then makes it AWSCURRENT
 * (the old one becomes AWSPREVIOUS). Accepting all three means CloudFront edges that still send
 * the old value, and those already sending the new one, are both let through at every step.
 */
export const acceptedVersionStages = ['AWSCURRENT', 'AWSPENDING', 'AWSPREVIOUS'] as const;
export type VersionStage = (typeof acceptedVersionStages)[number];

/** Reads the secret's value at one version stage; undefined when no version has that stage. */
export type ReadSecretStage = (stage: VersionStage) => Promise<string | undefined>;

export interface CachedOriginSecretsOptions {
  read: ReadSecretStage;
  /** How long values are remembered before the next request reads them again. */
  ttlMs?: number;
  /** The least time between two reads asked for by unmatched requests, so they cannot flood Secrets Manager. */
  minRefreshMs?: number;
  now?: () => number;
  /** Told of a failed read; remembered values stay in use meanwhile. */
  onReadError?: (error: unknown) => void;
}

/**
 * The accepted values, read once per container and again after `ttlMs` (or on a miss, at most
 * every `minRefreshMs`). A failed read keeps the remembered values, tried again after
 * `minRefreshMs`: a Secrets Manager outage must not refuse traffic that was fine a moment ago.
 * With nothing remembered yet the error propagates and the request fails closed.
 */
export const createCachedOriginSecrets = ({ read, ttlMs = 5 * 60_000, minRefreshMs = 10_000, now = Date.now, onReadError }: CachedOriginSecretsOptions): OriginSecrets => {
  let cached: { values: readonly string[]; readAt: number } | undefined;
  let reading: Promise<readonly string[]> | undefined;
  const readAll = (): Promise<readonly string[]> => {
    reading ??= Promise.all(acceptedVersionStages.map(read))
      .then((found) => {
        const values = [...new Set(found.filter((value): value is string => typeof value === 'string' && value.length > 0))];
        cached = { values, readAt: now() };
        return values;
      })
      .catch((error: unknown) => {
        if (!cached) throw error;
        onReadError?.(error);
        cached = { values: cached.values, readAt: now() - ttlMs + minRefreshMs };
        return cached.values;
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  return {
    values({ fresh = false } = {}) {
      if (!cached) return readAll();
      const age = now() - cached.readAt;
      if (age >= ttlMs || (fresh && age >= minRefreshMs)) return readAll();
      return Promise.resolve(cached.values);
    },
  };
};

/** Reads version stages of one Secrets Manager secret (a plain string value). */
export const secretsManagerStageReader =
  ({ secretId, region, client = new SecretsManagerClient({ region }) }: { secretId: string; region: string; client?: SecretsManagerClient }): ReadSecretStage =>
  async (stage) => {
    try {
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: stage }));
      return SecretString;
    } catch (error) {
      // Outside a rotation there is no AWSPENDING, and before the first one no AWSPREVIOUS.
      if (error instanceof ResourceNotFoundException) return undefined;
      throw error;
    }
  };
