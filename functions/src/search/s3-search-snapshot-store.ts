import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { searchSnapshotKeyOf, type SearchSnapshotStore } from '@linkki/api';

/**
 * Counties' search snapshots in the stage's private snapshot bucket: the writer job puts each
 * county's file, API containers get it on the county's first search. A PUT replaces an object
 * atomically, so a reader never sees half a file.
 */
export const createS3SearchSnapshotStore = ({ bucket, region, client = new S3Client({ region }) }: { bucket: string; region: string; client?: S3Client }): SearchSnapshotStore => ({
  async read(tenantId) {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: searchSnapshotKeyOf(tenantId) }));
      if (!object.Body) throw new Error(`The search snapshot of ${tenantId} came without a body`);
      return await object.Body.transformToByteArray();
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  },
  async write(tenantId, bytes) {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: searchSnapshotKeyOf(tenantId), Body: bytes, ContentType: 'application/octet-stream' }));
  },
});
