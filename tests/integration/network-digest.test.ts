import { buildDigest, queueWeeklyDigests } from '@linkki/api';
import { createNetworkMemberRepository, createNotificationRepository } from '@linkki/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../helpers/test-table';

let table: TestTable;
const appUrl = 'https://linkki.example.fi';

beforeAll(async () => {
  table = await createTestTable({ catalogs: false });
});

const lappiDeveloper = { region: 'lappi', userId: 'demo-developer' };

describe('the weekly network digest', () => {
  it("builds a member's digest of the followed topics posted in the last week", async () => {
    const member = await createNetworkMemberRepository(table.tables.platform).get(lappiDeveloper);
    const digest = await buildDigest({ tables: table.tables, appUrl, now: new Date() }, member!);
    expect(digest).toMatchObject({ to: ['olli.kangas@lappi.example'], topic: 'networkDigest', subject: expect.stringContaining('1 uutta julkaisua') });
    expect(digest!.body).toContain('Osallisuuden työkalupakki on nyt kaikkien alueiden käytössä');
    expect(digest!.body).toContain(`${appUrl}/lappi/network/posts/`);
    // Older practices that the member follows are left out: the digest covers one week.
    expect(digest!.body).not.toContain('Sodankylässä');
  });

  it("queues each subscriber's digest once a week in their own county's outbox", async () => {
    const now = new Date();
    expect(await queueWeeklyDigests({ tables: table.tables, appUrl, now })).toEqual({ members: 3, queued: expect.any(Number) });
    const outbox = await createNotificationRepository({ gateway: table.tables.tenant('lappi'), tenantId: 'lappi' }).list();
    const digests = outbox.items.filter((item) => item.topic === 'networkDigest');
    expect(digests.map((item) => item.to)).toEqual([['olli.kangas@lappi.example']]);
    await queueWeeklyDigests({ tables: table.tables, appUrl, now });
    const again = await createNotificationRepository({ gateway: table.tables.tenant('lappi'), tenantId: 'lappi' }).list();
    expect(again.items.filter((item) => item.topic === 'networkDigest')).toHaveLength(1);
    const stored = await createNetworkMemberRepository(table.tables.platform).get(lappiDeveloper);
    expect(stored?.lastDigestAt).toBe(now.toISOString());
  });
});
