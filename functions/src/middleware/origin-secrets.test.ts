import { ResourceNotFoundException, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { createCachedOriginSecrets, type ReadSecretStage, secretsManagerStageReader, type VersionStage } from './origin-secrets';

/** A secret's stages in memory, counting reads; `failing` makes every read throw. */
const stagesOf = (stages: Partial<Record<VersionStage, string>>) => {
  const state = { reads: 0, failing: false };
  const read: ReadSecretStage = async (stage) => {
    state.reads += 1;
    if (state.failing) throw new Error('Secrets Manager unreachable');
    return stages[stage];
  };
  return { stages, state, read };
};

describe('the cached origin secrets', () => {
  it('accept the current, pending and previous values, each once', async () => {
    const secret = stagesOf({ AWSCURRENT: 'b', AWSPENDING: 'c', AWSPREVIOUS: 'a' });
    expect([...(await createCachedOriginSecrets({ read: secret.read }).values())].sort()).toEqual(['a', 'b', 'c']);
  });

  it('are read again only after their time to live', async () => {
    let clock = 0;
    const secret = stagesOf({ AWSCURRENT: 'one' });
    const cached = createCachedOriginSecrets({ read: secret.read, ttlMs: 60_000, now: () => clock });
    await cached.values();
    const readsOnce = secret.state.reads;
    clock = 59_999;
    secret.stages.AWSCURRENT = 'two';
    expect(await cached.values()).toEqual(['one']);
    expect(secret.state.reads).toBe(readsOnce);
    clock = 60_000;
    expect(await cached.values()).toEqual(['two']);
  });

  it('are read again for an unmatched request at most once in minRefreshMs', async () => {
    let clock = 0;
    const secret = stagesOf({ AWSCURRENT: 'one' });
    const cached = createCachedOriginSecrets({ read: secret.read, minRefreshMs: 10_000, now: () => clock });
    await cached.values();
    const readsOnce = secret.state.reads;
    clock = 9_999;
    await cached.values({ fresh: true });
    expect(secret.state.reads).toBe(readsOnce);
    clock = 10_000;
    await cached.values({ fresh: true });
    expect(secret.state.reads).toBe(2 * readsOnce);
  });

  it('keep the remembered values through a failed read, and fail closed with none remembered', async () => {
    let clock = 0;
    const errors: unknown[] = [];
    const secret = stagesOf({ AWSCURRENT: 'one' });
    const cached = createCachedOriginSecrets({ read: secret.read, ttlMs: 60_000, now: () => clock, onReadError: (error) => errors.push(error) });
    await cached.values();
    secret.state.failing = true;
    clock = 60_000;
    expect(await cached.values()).toEqual(['one']);
    expect(errors).toHaveLength(1);

    const fresh = createCachedOriginSecrets({ read: secret.read });
    await expect(fresh.values()).rejects.toThrow('Secrets Manager unreachable');
  });

  it('share one read between requests that arrive while it runs', async () => {
    const secret = stagesOf({ AWSCURRENT: 'one' });
    const cached = createCachedOriginSecrets({ read: secret.read });
    await Promise.all([cached.values(), cached.values(), cached.values()]);
    expect(secret.state.reads).toBe(3); // one read per version stage, not per request
  });
});

describe('the Secrets Manager stage reader', () => {
  const clientAnswering = (answer: (stage: string) => Promise<{ SecretString?: string }>) =>
    ({ send: (command: { input: { VersionStage: string } }) => answer(command.input.VersionStage) }) as unknown as SecretsManagerClient;

  it('reads the named version stage of the secret', async () => {
    const read = secretsManagerStageReader({ secretId: 'arn:secret', region: 'eu-north-1', client: clientAnswering(async (stage) => ({ SecretString: `value-of-${stage}` })) });
    expect(await read('AWSPREVIOUS')).toBe('value-of-AWSPREVIOUS');
  });

  it('takes a stage no version has as no value, and lets any other error through', async () => {
    const missing = secretsManagerStageReader({
      secretId: 'arn:secret',
      region: 'eu-north-1',
      client: clientAnswering(async () => {
        throw new ResourceNotFoundException({ message: 'no AWSPENDING', $metadata: {} });
      }),
    });
    expect(await missing('AWSPENDING')).toBeUndefined();
    const denied = secretsManagerStageReader({ secretId: 'arn:secret', region: 'eu-north-1', client: clientAnswering(async () => Promise.reject(new Error('AccessDenied'))) });
    await expect(denied('AWSCURRENT')).rejects.toThrow('AccessDenied');
  });
});
