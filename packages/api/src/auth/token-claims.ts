/**
 * The claims Linkki reads from an ID token. They are Cognito's names, and the local development
 * issuer writes the same ones, so one mapping serves both.
 */
export const tokenClaims = {
  /**
   * The person's user id: the username Linkki chose when it created their account, or
   * `<provider>_<subject>` for a federated one. Cognito puts it in every ID token; `sub` is a
   * random id of Cognito's own that no membership is keyed by.
   */
  user: 'cognito:username',
  tenant: 'custom:tenant',
  groups: 'cognito:groups',
  name: 'name',
} as const;

/** Only asymmetric signatures are accepted; `none` and HMAC algorithms never are. */
export const allowedTokenAlgorithms = ['RS256'] as const;
