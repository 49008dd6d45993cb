import { createHash } from 'node:crypto';

/**
 * HSDS wants UUIDs; Linkki ids are slugs. A name-based UUID (version 5 layout over SHA-1) of the
 * tenant and id is stable across exports, so consumers can upsert by it.
 */
export const hsdsUuidOf = (tenantId: string, kind: 'service' | 'organization' | 'location' | 'schedule' | 'taxonomy_term', id: string): string => {
  const bytes = createHash('sha1').update(`linkki:${tenantId}:${kind}:${id}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
