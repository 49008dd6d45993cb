/** A JWT's claims, read without verifying them: the API verifies every token it is sent. */
const payloadOf = (token: string): Record<string, unknown> | null => {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (character) => character.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** Reads one string claim of a JWT. */
export const tokenClaimOf = (token: string, claim: string): string | null => {
  const value = payloadOf(token)?.[claim];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** Reads a list-of-strings claim (`cognito:groups`) the same way. */
export const tokenClaimsOf = (token: string, claim: string): string[] | null => {
  const value = payloadOf(token)?.[claim];
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
};
