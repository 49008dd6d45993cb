import { tenantIdSchema } from '@linkki/domain';

/**
 * Where each county's search snapshot is kept between runs of the writer job: an S3 bucket in AWS,
 * the data folder on the local platform. A snapshot is one opaque file per county; the store knows
 * nothing of its layout (see `search-snapshot.ts`).
 */
export interface SearchSnapshotStore {
  /** The county's latest snapshot, or null when none has been written yet. */
  read(tenantId: string): Promise<Uint8Array | null>;
  /** Replaces the county's snapshot as a whole; a reader sees the old file or the new one, never a mix. */
  write(tenantId: string, bytes: Uint8Array): Promise<void>;
}

/** The key (S3) or path in the data folder of a county's snapshot; refuses anything but a county slug, so no key leaves the folder. */
export const searchSnapshotKeyOf = (tenantId: string): string => `search-snapshots/${tenantIdSchema.parse(tenantId)}.snapshot`;
