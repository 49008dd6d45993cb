import { type GetObjectCommand, NoSuchKey, type PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createS3SearchSnapshotStore } from './s3-search-snapshot-store';

const clientAnswering = (answer: (command: GetObjectCommand | PutObjectCommand) => unknown) => {
  const sent: Array<GetObjectCommand | PutObjectCommand> = [];
  const client = new S3Client({ region: 'eu-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
  client.send = (async (command: GetObjectCommand | PutObjectCommand) => {
    sent.push(command);
    return answer(command);
  }) as S3Client['send'];
  return { client, sent };
};

describe('search snapshots in S3', () => {
  it("writes a county's snapshot under its key and reads the same bytes back", async () => {
    const stored = new Map<string, Uint8Array>();
    const { client, sent } = clientAnswering((command) => {
      const { Key = '' } = command.input;
      if ('Body' in command.input) {
        stored.set(Key, command.input.Body as Uint8Array);
        return {};
      }
      const body = stored.get(Key);
      if (!body) throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} });
      // The SDK's stream body, as far as the store uses it.
      return { Body: { transformToByteArray: async () => body } };
    });
    const store = createS3SearchSnapshotStore({ bucket: 'linkki-search-snapshots', region: 'eu-north-1', client });
    await store.write('pohjois-savo', new Uint8Array([1, 2, 3]));
    expect(sent[0]?.input).toMatchObject({ Bucket: 'linkki-search-snapshots', Key: 'search-snapshots/pohjois-savo.snapshot' });
    expect([...((await store.read('pohjois-savo')) ?? [])]).toEqual([1, 2, 3]);
  });

  it('reads null where no snapshot has been written, and passes on any other failure', async () => {
    const { client } = clientAnswering((command) => {
      if (command.input.Key === 'search-snapshots/kainuu.snapshot') throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} });
      throw new Error('Access Denied');
    });
    const store = createS3SearchSnapshotStore({ bucket: 'linkki-search-snapshots', region: 'eu-north-1', client });
    expect(await store.read('kainuu')).toBeNull();
    await expect(store.read('lappi')).rejects.toThrow('Access Denied');
  });

  it('refuses a key that is no county slug', async () => {
    const { client, sent } = clientAnswering(() => ({}));
    const store = createS3SearchSnapshotStore({ bucket: 'linkki-search-snapshots', region: 'eu-north-1', client });
    await expect(store.write('../exports/x', new Uint8Array([1]))).rejects.toThrow();
    expect(sent).toEqual([]);
  });
});
