import { originVerifyHeader } from '@linkki/domain/edge';
import { Duration } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';
import { createNodeFunction } from './node-function';

/** The API function's setting that names the secret; without it the function skips the check (the local platform). */
export const originVerifySecretEnv = 'ORIGIN_VERIFY_SECRET_ARN';

/** How often the value changes; the API accepts the previous one too, so nothing is refused meanwhile. */
export const originSecretRotationPeriod = Duration.days(30);

export interface OriginSecretRotationProps {
  /** `functions/src/events/origin-secret-rotation.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly logRetention: logs.RetentionDays;
  /** The distribution whose API origin sends the secret. */
  readonly distribution: cloudfront.IDistribution;
}

/**
 * The shared secret between CloudFront and the API: CloudFront sends it in `x-origin-verify` on
 * every request to the API origin, and the API refuses requests without it. The value never
 * appears in the template: CloudFormation resolves a dynamic reference at deploy time.
 */
export class OriginVerifySecret extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: `Linkki: the value CloudFront sends in ${originVerifyHeader}; the API refuses requests without it`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
  }

  /**
   * Rotates the value every {@link originSecretRotationPeriod} (and once when the schedule is
   * created) with a function that writes a new value and points the distribution's origin header at it.
   */
  rotateWith({ entry, projectRoot, logRetention, distribution }: OriginSecretRotationProps): lambda.IFunction {
    const scope = new Construct(this, 'Rotation');
    const { function: fn, role } = createNodeFunction(scope, {
      entry,
      projectRoot,
      logRetention,
      memorySize: 256,
      timeout: Duration.minutes(1),
      environment: { DISTRIBUTION_ID: distribution.distributionId, POWERTOOLS_SERVICE_NAME: 'linkki-origin-secret-rotation' },
    });
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'OriginHeader', actions: ['cloudfront:GetDistributionConfig', 'cloudfront:UpdateDistribution'], resources: [distribution.distributionArn] }),
    );
    this.secret.addRotationSchedule('Schedule', { rotationLambda: fn, automaticallyAfter: originSecretRotationPeriod });
    acknowledge(
      role,
      'IAM5[Resource::*]',
      'secretsmanager:GetRandomPassword (which makes the new value) and X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; they are the only actions on "*".',
    );
    return fn;
  }

  /** The header CloudFront adds on the API origin, its value a deploy-time reference to the secret. */
  get originHeaders(): Record<string, string> {
    return { [originVerifyHeader]: this.secret.secretValue.unsafeUnwrap() };
  }

  /**
   * Makes `fn` check the header: it learns the secret's ARN and may read its versions, nothing
   * more. A statement of its own (with a Sid) stays out of CDK's merging with other secrets' grants.
   */
  protect(fn: lambda.Function): void {
    fn.addEnvironment(originVerifySecretEnv, this.secret.secretArn);
    fn.addToRolePolicy(new iam.PolicyStatement({ sid: 'OriginVerifySecret', actions: ['secretsmanager:GetSecretValue'], resources: [this.secret.secretArn] }));
  }
}
