import { CloudFrontClient, type DistributionConfig, GetDistributionConfigCommand, UpdateDistributionCommand } from '@aws-sdk/client-cloudfront';
import {
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import { originVerifyHeader } from '@linkki/domain/edge';
import * as z from 'zod';
import { logger } from '../powertools';

/** What Secrets Manager sends to a rotation function, once per step. */
const rotationEventSchema = z.object({
  SecretId: z.string().min(1),
  ClientRequestToken: z.string().min(1),
  Step: z.enum(['createSecret', 'setSecret', 'testSecret', 'finishSecret']),
});
export type RotationEvent = z.infer<typeof rotationEventSchema>;

export class OriginSecretRotationError extends Error {
  override readonly name = 'OriginSecretRotationError';
}

export interface OriginSecretRotationOptions {
  /** The distribution whose API origin sends the secret in {@link originVerifyHeader}. */
  distributionId: string;
  secrets: SecretsManagerClient;
  cloudFront: CloudFrontClient;
}

const pendingValue = async (secrets: SecretsManagerClient, { SecretId, ClientRequestToken }: RotationEvent): Promise<string> => {
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId, VersionId: ClientRequestToken, VersionStage: 'AWSPENDING' }));
  if (!SecretString) throw new OriginSecretRotationError('The pending origin secret has no value');
  return SecretString;
};

/** The origins that carry the header: the API origin, and any other that was given it. */
const originsWithHeader = (config: DistributionConfig) =>
  (config.Origins?.Items ?? []).flatMap((origin) => (origin.CustomHeaders?.Items ?? []).filter((header) => header.HeaderName?.toLowerCase() === originVerifyHeader));

/**
 * Rotates the shared secret between CloudFront and the API in Secrets Manager's four steps. The
 * API accepts AWSCURRENT, AWSPENDING and AWSPREVIOUS, so requests pass while CloudFront's edges
 * change over from the old value to the new one, and the old one still passes afterwards.
 * Every step can run again (Secrets Manager retries) without harm.
 */
export const createOriginSecretRotationHandler = ({ distributionId, secrets, cloudFront }: OriginSecretRotationOptions) => {
  const steps: Record<RotationEvent['Step'], (event: RotationEvent) => Promise<void>> = {
    /** A new random value as AWSPENDING, unless this rotation already made one. */
    async createSecret(event) {
      try {
        await pendingValue(secrets, event);
        return;
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      const { RandomPassword } = await secrets.send(new GetRandomPasswordCommand({ PasswordLength: 48, ExcludePunctuation: true }));
      await secrets.send(new PutSecretValueCommand({ SecretId: event.SecretId, ClientRequestToken: event.ClientRequestToken, SecretString: RandomPassword, VersionStages: ['AWSPENDING'] }));
    },
    /** CloudFront starts sending the pending value; `IfMatch` makes a concurrent change fail rather than be overwritten. */
    async setSecret(event) {
      const value = await pendingValue(secrets, event);
      const { DistributionConfig: config, ETag } = await cloudFront.send(new GetDistributionConfigCommand({ Id: distributionId }));
      if (!config) throw new OriginSecretRotationError(`Distribution ${distributionId} has no configuration`);
      const headers = originsWithHeader(config);
      if (headers.length === 0) throw new OriginSecretRotationError(`No origin of distribution ${distributionId} sends ${originVerifyHeader}`);
      if (headers.every((header) => header.HeaderValue === value)) return;
      for (const header of headers) header.HeaderValue = value;
      await cloudFront.send(new UpdateDistributionCommand({ Id: distributionId, IfMatch: ETag, DistributionConfig: config }));
    },
    /** The distribution's configuration now carries the pending value on every origin that sends the header. */
    async testSecret(event) {
      const value = await pendingValue(secrets, event);
      const { DistributionConfig: config } = await cloudFront.send(new GetDistributionConfigCommand({ Id: distributionId }));
      const headers = config ? originsWithHeader(config) : [];
      if (headers.length === 0 || headers.some((header) => header.HeaderValue !== value)) {
        throw new OriginSecretRotationError(`Distribution ${distributionId} does not send the pending value yet`);
      }
    },
    /** The pending version becomes AWSCURRENT; Secrets Manager marks the old one AWSPREVIOUS. */
    async finishSecret({ SecretId, ClientRequestToken }) {
      const { VersionIdsToStages = {} } = await secrets.send(new DescribeSecretCommand({ SecretId }));
      const current = Object.entries(VersionIdsToStages).find(([, stages]) => stages.includes('AWSCURRENT'))?.[0];
      if (current === ClientRequestToken) return;
      await secrets.send(new UpdateSecretVersionStageCommand({ SecretId, VersionStage: 'AWSCURRENT', MoveToVersionId: ClientRequestToken, ...(current ? { RemoveFromVersionId: current } : {}) }));
    },
  };
  return async (input: unknown): Promise<void> => {
    const event = rotationEventSchema.parse(input);
    logger.info('origin secret rotation step', { step: event.Step });
    await steps[event.Step](event);
  };
};

const configSchema = z.object({ DISTRIBUTION_ID: z.string().min(1) });

let deployed: ((input: unknown) => Promise<void>) | undefined;

/** The entry point CDK deploys as the secret's rotation function; configured on first use, so tests can import the module. */
export const handler = (input: unknown): Promise<void> => {
  if (!deployed) {
    const parsed = configSchema.safeParse(process.env);
    if (!parsed.success) throw new Error('Invalid configuration: DISTRIBUTION_ID: is required');
    deployed = createOriginSecretRotationHandler({
      distributionId: parsed.data.DISTRIBUTION_ID,
      secrets: new SecretsManagerClient({}),
      // CloudFront's API lives in us-east-1 whatever the function's region.
      cloudFront: new CloudFrontClient({ region: 'us-east-1' }),
    });
  }
  return deployed(input);
};
