import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SignInRefusedError, signInMember } from '@linkki/api';
import type { TableAccess } from '@linkki/db';
import middy from '@middy/core';
import type { Context, PreTokenGenerationTriggerEvent } from 'aws-lambda';
import { logger } from '../powertools';
import { claimsOverrideOf, signInSubjectOf } from './cognito-token-claims';
import { scheduledConfigSchema, tablesFromConfig } from './scheduled-tables';

/**
 * All Cognito learns of a failure, and it passes the message on to the browser: the reason (or a
 * DynamoDB error naming our table and role) stays in our logs.
 */
export const signInRefusedMessage = 'Sign-in refused.';
export const signInUnavailableMessage = 'Sign-in is not available right now.';

/** The refusal's reason with the user id taken out, so the log holds no personal identifier. */
const reasonOf = (error: SignInRefusedError, userId: string): string => error.message.replaceAll(userId, '<user>');

/**
 * Cognito's pre-token-generation trigger (V1): every ID token, at sign-in and at each refresh,
 * carries the county, roles, name and email of the person's membership in our table. A person
 * without a membership they may sign in with gets no token: throwing makes Cognito refuse.
 */
export const createPreTokenHandler = (tables: TableAccess) =>
  middy(async (event: PreTokenGenerationTriggerEvent): Promise<PreTokenGenerationTriggerEvent> => {
    try {
      const subject = signInSubjectOf(event);
      logger.appendKeys({ tenant: subject.tenantId });
      const claims = await signInMember(tables, subject);
      event.response.claimsOverrideDetails = claimsOverrideOf(claims);
      return event;
    } catch (error) {
      if (!(error instanceof SignInRefusedError)) {
        logger.error('sign-in failed', { error, triggerSource: event.triggerSource });
        throw new Error(signInUnavailableMessage, { cause: error });
      }
      logger.warn('sign-in refused', { reason: reasonOf(error, event.userName), triggerSource: event.triggerSource });
      throw new Error(signInRefusedMessage, { cause: error });
    }
  }).use(injectLambdaContext(logger, { resetKeys: true }));

/** The entry point CDK deploys; configured on first use, so tests can import the factory alone. */
let deployed: ReturnType<typeof createPreTokenHandler> | undefined;
export const handler = (event: PreTokenGenerationTriggerEvent, context: Context) => {
  deployed ??= createPreTokenHandler(tablesFromConfig(scheduledConfigSchema.parse(process.env)));
  return deployed(event, context);
};
