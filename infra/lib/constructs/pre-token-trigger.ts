import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { keyPrefixes } from '@linkki/db';
import { tenantRegistryLeadingKeys } from './leading-keys-policy';
import type { DataTable } from './data-table';
import { createConfinedTableFunction } from './confined-table-function';

export interface PreTokenTriggerProps {
  /** The handler file; `functions/src/events/cognito-pre-token.handler.ts` in the app, a fixture in tests. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  readonly userPool: cognito.UserPool;
  readonly logRetention: logs.RetentionDays;
}

/** The membership partitions: each county's users and the platform-wide people. */
export const membershipLeadingKeys = [`${keyPrefixes.tenant}#*#USERS`, `${keyPrefixes.platform}#USERS`];

/**
 * Cognito's pre-token-generation trigger: before each ID token is issued it reads the person's
 * membership from the table and writes their county and roles into the token, or refuses. It may
 * read a membership, mark it active, move a federated invitation to the person's own id, and
 * touch nothing else of the table.
 */
export class PreTokenTrigger extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PreTokenTriggerProps) {
    super(scope, id);
    const { function: fn, logGroup } = createConfinedTableFunction(this, {
      ...props,
      serviceName: 'linkki-pre-token',
      // Cognito waits five seconds for the trigger, cold start included; more memory is more CPU.
      memorySize: 1024,
      timeout: Duration.seconds(5),
      access: [
        // Put and Delete only move a federated person's invitation to their own id at their first sign-in, in one transaction.
        { sid: 'Memberships', actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'], leadingKeys: membershipLeadingKeys },
        // A county onboarded by the operator becomes active at its first coordinator's first sign-in.
        { sid: 'CountyActivation', actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], leadingKeys: tenantRegistryLeadingKeys },
      ],
    });
    this.function = fn;
    this.logGroup = logGroup;
    // V1 event (no version argument): the trigger overrides ID token claims and groups, which is all it needs.
    props.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION, fn);
  }
}
