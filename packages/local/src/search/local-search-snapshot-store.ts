import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { searchSnapshotKeyOf, type SearchSnapshotStore } from '@linkki/api';

/**
 * The local stand-in for the snapshot bucket: one file per county under the data folder (in
 * memory where the platform keeps no files). A write goes to a temporary file first and is renamed
 * over the old one, so a reader sees the old snapshot or the new one, as with an S3 PUT.
 */
export const createLocalSearchSnapshotStore = ({ dir }: { dir: string | null }): SearchSnapshotStore => {
  const memory = new Map<string, Uint8Array>();
  const pathOf = (tenantId: string) => join(dir ?? '', searchSnapshotKeyOf(tenantId));
  return {
    async read(tenantId) {
      if (!dir) return memory.get(searchSnapshotKeyOf(tenantId)) ?? null;
      try {
        return new Uint8Array(readFileSync(pathOf(tenantId)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(tenantId, bytes) {
      if (!dir) {
        memory.set(searchSnapshotKeyOf(tenantId), bytes);
        return;
      }
      const path = pathOf(tenantId);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.partial`, bytes);
      renameSync(`${path}.partial`, path);
    },
  };
};
