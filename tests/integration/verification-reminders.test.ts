import { queueVerificationReminders } from '@linkki/api';
import { type Activity, createActivityRepository, createNotificationRepository, createOrganisationRepository, userKeyOf } from '@linkki/db';
import { needsVerification } from '@linkki/domain';
import { lambdaContext } from '@linkki/local';
import type { ScheduledEvent } from 'aws-lambda';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createVerificationRemindersHandler } from '@linkki/functions';
import { createTestTable, type TestTable } from '../helpers/test-table';

let table: TestTable;
const appUrl = 'https://linkki.example.fi';
const tenantId = 'keski-pohjanmaa';
const now = new Date();
const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 3));

beforeAll(async () => {
  table = await createTestTable();
});

const remindersIn = async (tenant: string) => {
  const outbox = await createNotificationRepository({ gateway: table.tables.tenant(tenant), tenantId: tenant }).list();
  return outbox.items.filter((item) => item.topic === 'verificationReminder');
};

const publishedListings = async (tenant: string): Promise<Activity[]> => {
  const listings: Activity[] = [];
  await createActivityRepository({ gateway: table.tables.tenant(tenant), tenantId: tenant }).forEachPublished((activity) => listings.push(activity));
  return listings;
};

describe('monthly verification reminders', () => {
  it('tell each organisation of its published listings unverified for a year, with a link to each, and leave fresh ones out', async () => {
    const report = await createVerificationRemindersHandler({ tables: table.tables, appUrl, now: () => now })({ time: now.toISOString() } as ScheduledEvent, lambdaContext());
    const listings = await publishedListings(tenantId);
    const stale = listings.filter((listing) => needsVerification(listing.lastVerifiedAt, now));
    expect(stale.length).toBeGreaterThan(0);
    expect(report).toMatchObject({ counties: 3, queued: expect.any(Number), unreachable: 0 });
    const reminders = await remindersIn(tenantId);
    const linked = reminders.flatMap((reminder) => [...reminder.body.matchAll(/\/editor\/activities\/(\S+)/g)].map((match) => match[1]));
    expect(linked.sort()).toEqual(stale.map((listing) => listing.id).sort());
    expect(reminders[0]!.body).toContain(`${appUrl}/${tenantId}/editor/activities/`);
    expect(reminders[0]).toMatchObject({ subject: expect.stringContaining('Tarkista toimintojen tiedot'), to: [expect.stringMatching(/@/)] });
    expect(reminders[0]!.body).toContain('har inte kontrollerats');
  });

  it('queue nothing twice in the same month, however often the schedule fires', async () => {
    const before = (await remindersIn(tenantId)).length;
    expect(await queueVerificationReminders({ tables: table.tables, appUrl, now })).toMatchObject({ queued: 0 });
    expect(await remindersIn(tenantId)).toHaveLength(before);
  });

  it("write to the editors' own addresses when their profiles have one, not to the organisation's public contact", async () => {
    const [listing] = (await publishedListings(tenantId)).filter((candidate) => needsVerification(candidate.lastVerifiedAt, now));
    const organisation = await createOrganisationRepository({ gateway: table.tables.tenant(tenantId), tenantId }).byId(listing!.content.organisationId);
    const at = now.toISOString();
    const addresses = organisation!.editors.map((userId) => `${userId}@editors.example.fi`);
    for (const userId of organisation!.editors) {
      const profile = { ...userKeyOf(tenantId, userId), entity: 'user', userId, tenantId, displayName: userId, roles: ['orgEditor'], email: `${userId}@editors.example.fi` };
      await table.client.send(new PutCommand({ TableName: table.tableName, Item: { ...profile, version: 1, createdAt: at, updatedAt: at } }));
    }
    await queueVerificationReminders({ tables: table.tables, appUrl, now: nextMonth });
    const reminder = (await remindersIn(tenantId)).find((candidate) => candidate.body.includes(listing!.id) && candidate.id.includes(nextMonth.toISOString().slice(0, 7)));
    expect(reminder?.to.sort()).toEqual(addresses.sort());
  });
});
