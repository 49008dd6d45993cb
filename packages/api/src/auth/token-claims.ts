/**
 * The claims Linkki reads from an ID token. They are Cognito's names, and the local development
 * issuer writes the same ones, so one mapping serves both.
 */
export const tokenClaims = {
  tenant: 'custom:tenant',
  groups: 'cognito:groups',
  name: 'name',
} as const;

/** Only asymmetric signatures are accepted; `none` and HMAC algorithms never are. */
export const allowedTokenAlgorithms = ['RS256'] as const;
