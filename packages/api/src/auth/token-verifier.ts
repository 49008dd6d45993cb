import { type Identity, identitySchema } from '@linkki/domain';
import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { allowedTokenAlgorithms, tokenClaims } from './token-claims';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

export type TokenVerifier = (token: string) => Promise<Identity>;

/** A token that is not good: any reason, told to the caller only as UNAUTHORIZED. */
export class TokenInvalidError extends Error {
  override readonly name = 'TokenInvalidError';
}

const identityOf = (payload: JWTPayload): Identity => {
  const tenant = payload[tokenClaims.tenant];
  const result = identitySchema.safeParse({
    userId: payload.sub,
    tenantId: typeof tenant === 'string' && tenant.length > 0 ? tenant : null,
    roles: payload[tokenClaims.groups],
    displayName: payload[tokenClaims.name],
  });
  if (!result.success) throw new TokenInvalidError('The token does not carry a valid user, tenant and roles.');
  return result.data;
};

/** Checks signature, algorithm, issuer, audience and expiry, then reads the identity from the claims. */
export const createTokenVerifier = ({ issuer, audience, keys }: TokenVerifierOptions): TokenVerifier => {
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: [...allowedTokenAlgorithms],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      });
      return identityOf(payload);
    } catch (error) {
      if (error instanceof TokenInvalidError) throw error;
      if (error instanceof errors.JOSEError) throw new TokenInvalidError(error.code);
      throw error;
    }
  };
};
