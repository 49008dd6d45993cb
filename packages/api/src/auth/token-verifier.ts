import { type Identity, identitySchema, rolesFitTenant } from '@linkki/domain';
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
    userId: payload[tokenClaims.user],
    tenantId: typeof tenant === 'string' && tenant.length > 0 ? tenant : null,
    roles: payload[tokenClaims.groups],
    displayName: payload[tokenClaims.name],
  });
  if (!result.success) throw new TokenInvalidError('The token does not carry a valid user, tenant and roles.');
  // A county role without a county (or a platform role inside one) would act nowhere or everywhere.
  if (!rolesFitTenant(result.data.roles, result.data.tenantId)) throw new TokenInvalidError("The token's roles do not fit its county.");
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
        requiredClaims: ['exp', 'sub', tokenClaims.user],
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
