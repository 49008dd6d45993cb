import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ExportStore } from '@linkki/api';

/** How long a download link works. */
export const downloadLinkSeconds = 5 * 60;

/**
 * Export archives in the stage's private exports bucket. Nothing in it is public: a download is a
 * presigned GET that works for five minutes and names the file the browser saves.
 */
export const createS3ExportStore = ({
  bucket,
  region,
  client = new S3Client({ region }),
  now = () => new Date(),
}: {
  bucket: string;
  region: string;
  client?: S3Client;
  now?: () => Date;
}): ExportStore => ({
  async save(key, body, contentType) {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
  },
  async exists(key) {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound) return false;
      throw error;
    }
  },
  async downloadLink(key, fileName) {
    const command = new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"` });
    const url = await getSignedUrl(client, command, { expiresIn: downloadLinkSeconds });
    return { url, expiresAt: new Date(now().getTime() + downloadLinkSeconds * 1000).toISOString() };
  },
});
