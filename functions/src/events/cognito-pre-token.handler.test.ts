import type { Context, PreTokenGenerationTriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createPreTokenHandler, signInRefusedMessage, signInUnavailableMessage } from './cognito-pre-token.handler';
import { tablesFromConfig } from './scheduled-tables';

/** A real client pointed at a closed port: every request fails to connect, and no DynamoDB is needed. */
const unreachableTables = tablesFromConfig({ TABLE_NAME: 'linkki-test', AWS_REGION: 'eu-north-1', DYNAMODB_ENDPOINT: 'http://127.0.0.1:9', APP_URL: 'http://localhost:3000' });
const handler = createPreTokenHandler(unreachableTables);
const context = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 5000 } as Context;

const eventFor = (userAttributes: Record<string, string>) =>
  ({
    version: '1',
    triggerSource: 'TokenGeneration_HostedAuth',
    userName: 'u-1',
    request: { userAttributes, groupConfiguration: {} },
    response: { claimsOverrideDetails: {} },
  }) as unknown as PreTokenGenerationTriggerEvent;

describe('the pre-token trigger, when it cannot issue claims', () => {
  it('refuses a county attribute that is no county id before reaching the table, with a generic message', async () => {
    await expect(handler(eventFor({ 'custom:tenant': 'lappi#REFERRAL' }), context)).rejects.toThrow(new Error(signInRefusedMessage));
  });

  it('tells Cognito only that sign-in is unavailable when the table cannot be reached, never the error itself', async () => {
    await expect(handler(eventFor({ 'custom:tenant': 'lappi' }), context)).rejects.toThrow(new Error(signInUnavailableMessage));
  });
});
