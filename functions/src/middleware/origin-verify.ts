import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import { originVerifyHeader } from '@linkki/domain/edge';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { jsonResponse } from '../api/http-response';

export { originVerifyHeader };

/** The values the API currently accepts in {@link originVerifyHeader}. */
export interface OriginSecrets {
  /**
   * Every value a request may carry (during a rotation more than one). `fresh` asks for values
   * read again from the source, for a request that none of the remembered values matched.
   */
  values(options?: { fresh?: boolean }): Promise<readonly string[]>;
}

/**
 * Hashing first gives both sides the same length, so `timingSafeEqual` never throws and the time
 * taken says nothing about the length or prefix of the value.
 */
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

const matchesAny = (presented: string, accepted: readonly string[]): boolean => {
  const presentedDigest = digest(presented);
  // Every candidate is compared, so the time does not tell which of them (if any) matched.
  return accepted.reduce((matched, value) => timingSafeEqual(presentedDigest, digest(value)) || matched, false);
};

const refusal = (): APIGatewayProxyStructuredResultV2 => jsonResponse(403, { error: 'Forbidden', message: 'Requests reach this API through the web app only.' });

/**
 * Refuses (403) any request that did not come through CloudFront: the HTTP API's own
 * execute-api URL would otherwise bypass the distribution and its web application firewall.
 * A value no remembered secret matches is checked once more against freshly read ones, so a
 * container that read the secret before a rotation still accepts the new value at once.
 */
export const originVerify = ({ secrets, logger }: { secrets: OriginSecrets; logger: Logger }): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  async before(request) {
    const presented = request.event.headers?.[originVerifyHeader];
    if (presented) {
      if (matchesAny(presented, await secrets.values())) return undefined;
      if (matchesAny(presented, await secrets.values({ fresh: true }))) return undefined;
    }
    logger.warn('request refused: not through CloudFront', {
      route: request.event.rawPath,
      sourceIp: request.event.requestContext?.http?.sourceIp,
      header: presented ? 'wrong' : 'missing',
    });
    return refusal();
  },
});
