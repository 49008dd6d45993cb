import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tokenClaims } from '@linkki/api';
import { type Identity, isPlatformWideRole, roleSchema, tenantIdSchema, userIdSchema } from '@linkki/domain';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, type JWTVerifyGetKey, SignJWT } from 'jose';
import * as z from 'zod';

export const devIssuerAudience = 'linkki-local';
const algorithm = 'RS256';
const keyId = 'linkki-local-dev';
const tokenLifetime = '8h';

/** What `POST /dev/token` accepts; the tenant may be left out only for platform-wide roles. */
export const devTokenRequestSchema = z
  .object({ tenant: tenantIdSchema.nullish(), role: roleSchema, user: userIdSchema, displayName: z.string().max(200).optional() })
  .strict()
  .refine((request) => isPlatformWideRole(request.role) || request.tenant, { message: 'is required for this role', path: ['tenant'] });
export type DevTokenRequest = z.infer<typeof devTokenRequestSchema>;

export interface DevIssuer {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  jwks: { keys: JWK[] };
  /** The private key with its id, for the development identity provider that signs with it too. */
  signingKey: JWK;
  issue(identity: Identity, options?: { expiresIn?: string }): Promise<string>;
}

interface StoredKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

/** A key pair kept beside the local data, so sign-ins survive a restart; in memory when `keyFile` is null. */
const loadOrCreateKeys = async (keyFile: string | null): Promise<StoredKeys> => {
  if (keyFile && existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, 'utf8')) as StoredKeys;
  const { privateKey, publicKey } = await generateKeyPair(algorithm, { extractable: true });
  const keys = { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(keys), { mode: 0o600 });
  }
  return keys;
};

/**
 * Signs ID tokens with Cognito's claim names for scripts and tests (`/dev/token`); the development
 * identity provider signs with the same key and issuer, so the API verifies both alike, exactly as
 * it verifies Cognito's. Only the local server and the tests create one.
 */
export const createDevIssuer = async ({ issuer, keyFile }: { issuer: string; keyFile: string | null }): Promise<DevIssuer> => {
  const { privateJwk, publicJwk } = await loadOrCreateKeys(keyFile);
  const privateKey = await importJWK(privateJwk, algorithm);
  const jwks = { keys: [{ ...publicJwk, kid: keyId, alg: algorithm, use: 'sig' }] };
  const signingKey = { ...privateJwk, kid: keyId, alg: algorithm, use: 'sig' };
  return {
    issuer,
    audience: devIssuerAudience,
    jwks,
    signingKey,
    keys: createLocalJWKSet(jwks),
    issue: (identity, { expiresIn = tokenLifetime } = {}) =>
      new SignJWT({
        [tokenClaims.user]: identity.userId,
        [tokenClaims.groups]: identity.roles,
        ...(identity.tenantId ? { [tokenClaims.tenant]: identity.tenantId } : {}),
        ...(identity.displayName ? { [tokenClaims.name]: identity.displayName } : {}),
      })
        .setProtectedHeader({ alg: algorithm, kid: keyId })
        .setSubject(identity.userId)
        .setIssuer(issuer)
        .setAudience(devIssuerAudience)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
  };
};
