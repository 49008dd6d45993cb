import { type HeadObjectCommand, NotFound, type PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createS3ExportStore } from './s3-export-store';

describe('export archives in S3', () => {
  it('stores the archive under its key and hands out a presigned, short-lived download link that names the file', async () => {
    const sent: unknown[] = [];
    const client = new S3Client({ region: 'eu-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    client.send = (async (command: unknown) => {
      sent.push(command);
      return {};
    }) as S3Client['send'];
    const store = createS3ExportStore({ bucket: 'linkki-exports', region: 'eu-north-1', client, now: () => new Date('2026-12-03T10:00:00Z') });
    await store.save('counties/kainuu/linkki-kainuu-2026-12-03.zip', new Uint8Array([1, 2]), 'application/zip');
    expect((sent[0] as PutObjectCommand).input).toMatchObject({ Bucket: 'linkki-exports', Key: 'counties/kainuu/linkki-kainuu-2026-12-03.zip', ContentType: 'application/zip' });

    const link = await store.downloadLink('counties/kainuu/linkki-kainuu-2026-12-03.zip', 'linkki-kainuu-2026-12-03.zip');
    const url = new URL(link.url);
    expect(url.hostname).toBe('linkki-exports.s3.eu-north-1.amazonaws.com');
    expect(url.pathname).toBe('/counties/kainuu/linkki-kainuu-2026-12-03.zip');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-disposition')).toBe('attachment; filename="linkki-kainuu-2026-12-03.zip"');
    expect(link.expiresAt).toBe('2026-12-03T10:05:00.000Z');
  });

  it('tells whether an archive is still there, as archives expire', async () => {
    const client = new S3Client({ region: 'eu-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    client.send = (async (command: HeadObjectCommand) => {
      if (command.input.Key === 'counties/lappi/gone.zip') throw new NotFound({ message: 'Not Found', $metadata: {} });
      return {};
    }) as S3Client['send'];
    const store = createS3ExportStore({ bucket: 'linkki-exports', region: 'eu-north-1', client });
    expect(await store.exists('counties/lappi/there.zip')).toBe(true);
    expect(await store.exists('counties/lappi/gone.zip')).toBe(false);
  });
});
