import { createHmac } from 'node:crypto';

/** The keyed hash of a client address in one county: the only form in which an address is kept. */
export type AddressHasher = (tenantId: string, clientAddress: string) => Promise<string>;

/**
 * HMAC-SHA-256 under a secret key, so that a stored hash cannot be reversed by hashing the few
 * billion IPv4 addresses with the public county slug. `key` is read once, on first use (in AWS a
 * Secrets Manager read); a failed read is tried again on the next submission.
 */
export const createAddressHasher = (key: string | (() => Promise<string>)): AddressHasher => {
  let reading: Promise<string> | undefined;
  const keyOf = (): Promise<string> => {
    if (typeof key === 'string') return Promise.resolve(key);
    reading ??= key().catch((error: unknown) => {
      reading = undefined;
      throw error;
    });
    return reading;
  };
  return async (tenantId, clientAddress) =>
    createHmac('sha256', await keyOf())
      .update(`${tenantId}\n${clientAddress}`)
      .digest('base64url')
      .slice(0, 22);
};
