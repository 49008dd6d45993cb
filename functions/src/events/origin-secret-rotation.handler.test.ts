import type { CloudFrontClient, DistributionConfig } from '@aws-sdk/client-cloudfront';
import { ResourceNotFoundException, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { createOriginSecretRotationHandler } from './origin-secret-rotation.handler';

/** The fields of the Secrets Manager and CloudFront commands the rotation sends that these doubles read. */
interface CommandInput {
  VersionId?: string;
  VersionStage?: string;
  ClientRequestToken?: string;
  SecretString?: string;
  VersionStages?: string[];
  RemoveFromVersionId?: string;
  MoveToVersionId?: string;
  Id?: string;
  IfMatch?: string;
  DistributionConfig?: DistributionConfig;
}
type Command = { constructor: { name: string }; input: CommandInput };

/** Secrets Manager's version stages for one secret, as its API answers the commands the rotation sends. */
const secretsManager = (initial: string) => {
  const versions = new Map<string, { value: string; stages: string[] }>([['v0', { value: initial, stages: ['AWSCURRENT'] }]]);
  const calls: string[] = [];
  const byStage = (stage: string) => [...versions.entries()].find(([, version]) => version.stages.includes(stage));
  const client = {
    async send({ constructor: { name }, input }: Command) {
      calls.push(name);
      switch (name) {
        case 'GetSecretValueCommand': {
          const version = input.VersionId ? versions.get(input.VersionId) : byStage(input.VersionStage ?? 'AWSCURRENT')?.[1];
          if (!version || (input.VersionStage && !version.stages.includes(input.VersionStage))) throw new ResourceNotFoundException({ message: 'no such version', $metadata: {} });
          return { SecretString: version.value };
        }
        case 'GetRandomPasswordCommand':
          return { RandomPassword: `random-${versions.size}-${'x'.repeat(40)}` };
        case 'PutSecretValueCommand':
          versions.set(input.ClientRequestToken ?? '', { value: input.SecretString ?? '', stages: input.VersionStages ?? [] });
          return {};
        case 'DescribeSecretCommand':
          return { VersionIdsToStages: Object.fromEntries([...versions.entries()].map(([id, version]) => [id, version.stages])) };
        case 'UpdateSecretVersionStageCommand': {
          // As Secrets Manager does: the old current becomes previous, and the new one loses AWSPENDING.
          for (const version of versions.values()) version.stages = version.stages.filter((stage) => stage !== 'AWSPREVIOUS');
          const old = versions.get(input.RemoveFromVersionId ?? '')!;
          old.stages = [...old.stages.filter((stage) => stage !== 'AWSCURRENT'), 'AWSPREVIOUS'];
          const moved = versions.get(input.MoveToVersionId ?? '')!;
          moved.stages = ['AWSCURRENT'];
          return {};
        }
        default:
          throw new Error(`unexpected ${name}`);
      }
    },
  };
  return { client: client as unknown as SecretsManagerClient, calls, valueAt: (stage: string) => byStage(stage)?.[1].value };
};

/** One distribution with an S3 origin and the API origin that sends the header. */
const cloudFront = (headerValue: string, { withHeader = true } = {}) => {
  let etag = 'E1';
  let config: DistributionConfig = {
    Origins: {
      Quantity: 2,
      Items: [
        { Id: 'site', DomainName: 'site.s3.amazonaws.com', CustomHeaders: { Quantity: 0, Items: [] } },
        {
          Id: 'api',
          DomainName: 'abc.execute-api.eu-north-1.amazonaws.com',
          CustomHeaders: { Quantity: withHeader ? 1 : 0, Items: withHeader ? [{ HeaderName: 'x-origin-verify', HeaderValue: headerValue }] : [] },
        },
      ],
    },
  } as DistributionConfig;
  const updates: { IfMatch: string }[] = [];
  const client = {
    async send({ constructor: { name }, input }: Command) {
      if (name === 'GetDistributionConfigCommand') return { DistributionConfig: structuredClone(config), ETag: etag };
      if (name === 'UpdateDistributionCommand') {
        if (input.IfMatch !== etag) throw new Error('PreconditionFailed');
        updates.push({ IfMatch: input.IfMatch });
        config = structuredClone(input.DistributionConfig ?? config);
        etag = `E${updates.length + 1}`;
        return {};
      }
      throw new Error(`unexpected ${name}`);
    },
  };
  const headerValues = () => (config.Origins?.Items ?? []).flatMap((origin) => (origin.CustomHeaders?.Items ?? []).map((header) => header.HeaderValue));
  return { client: client as unknown as CloudFrontClient, updates, headerValues };
};

const event = (Step: string) => ({ SecretId: 'arn:aws:secretsmanager:eu-north-1:111122223333:secret:origin', ClientRequestToken: 'v1', Step });

describe('the origin secret rotation', () => {
  it('makes a new value, has CloudFront send it, checks it and makes it current, keeping the old one as previous', async () => {
    const secrets = secretsManager('old-value');
    const distribution = cloudFront('old-value');
    const rotate = createOriginSecretRotationHandler({ distributionId: 'E123', secrets: secrets.client, cloudFront: distribution.client });

    await rotate(event('createSecret'));
    const fresh = secrets.valueAt('AWSPENDING');
    expect(fresh).toMatch(/^random-/);
    await rotate(event('setSecret'));
    expect(distribution.headerValues()).toEqual([fresh]);
    expect(distribution.updates).toEqual([{ IfMatch: 'E1' }]);
    await rotate(event('testSecret'));
    await rotate(event('finishSecret'));
    expect({ current: secrets.valueAt('AWSCURRENT'), previous: secrets.valueAt('AWSPREVIOUS') }).toEqual({ current: fresh, previous: 'old-value' });
  });

  it('can run each step again, as Secrets Manager may, without a second value or update', async () => {
    const secrets = secretsManager('old-value');
    const distribution = cloudFront('old-value');
    const rotate = createOriginSecretRotationHandler({ distributionId: 'E123', secrets: secrets.client, cloudFront: distribution.client });
    for (const step of ['createSecret', 'createSecret', 'setSecret', 'setSecret', 'testSecret', 'finishSecret', 'finishSecret']) await rotate(event(step));
    expect(secrets.calls.filter((name) => name === 'PutSecretValueCommand')).toHaveLength(1);
    expect(secrets.calls.filter((name) => name === 'UpdateSecretVersionStageCommand')).toHaveLength(1);
    expect(distribution.updates).toHaveLength(1);
  });

  it('fails the test step while CloudFront does not send the pending value', async () => {
    const secrets = secretsManager('old-value');
    const rotate = createOriginSecretRotationHandler({ distributionId: 'E123', secrets: secrets.client, cloudFront: cloudFront('old-value').client });
    await rotate(event('createSecret'));
    await expect(rotate(event('testSecret'))).rejects.toThrow(/does not send the pending value/);
  });

  it('refuses to rotate into a distribution none of whose origins sends the header', async () => {
    const secrets = secretsManager('old-value');
    const rotate = createOriginSecretRotationHandler({ distributionId: 'E123', secrets: secrets.client, cloudFront: cloudFront('', { withHeader: false }).client });
    await rotate(event('createSecret'));
    await expect(rotate(event('setSecret'))).rejects.toMatchObject({ name: 'OriginSecretRotationError' });
  });

  it('refuses an event that is not a rotation step', async () => {
    const rotate = createOriginSecretRotationHandler({ distributionId: 'E123', secrets: secretsManager('x').client, cloudFront: cloudFront('x').client });
    await expect(rotate({ ...event('setSecret'), Step: 'dropSecret' })).rejects.toThrow();
    await expect(rotate({ Step: 'createSecret' })).rejects.toThrow();
  });
});
