import { createHash } from 'node:crypto';
import {
  type Activity,
  createActivityRepository,
  createOrganisationRepository,
  createTenantRepository,
  createUserRepository,
  type Notification,
  notificationItemOf,
  type TableAccess,
} from '@linkki/db';
import { helsinkiDayOf, needsVerification, type Organisation } from '@linkki/domain';

export interface VerificationRemindersContext {
  tables: TableAccess;
  appUrl: string;
  now: Date;
}

export interface VerificationRemindersReport {
  counties: number;
  staleListings: number;
  queued: number;
  /** Organisations with stale listings but neither an editor's nor their own email address. */
  unreachable: number;
}

/**
 * The first day of `now`'s Helsinki month, written as its 00:00 UTC: one reminder per
 * organisation per month, however often the schedule fires.
 */
export const monthStartOf = (now: Date): string => `${helsinkiDayOf(now).slice(0, 7)}-01T00:00:00.000Z`;

/** Editors hear of it at their own address; an organisation whose editors have none hears at its contact address. */
const recipientsOf = async (tables: TableAccess, tenantId: string, organisation: Organisation): Promise<string[]> => {
  const users = createUserRepository({ gateway: tables.tenant(tenantId), tenantId });
  const profiles = await Promise.all(organisation.editors.map((userId) => users.byId(userId)));
  const editorEmails = profiles.flatMap((profile) => (profile?.email ? [profile.email] : []));
  if (editorEmails.length) return [...new Set(editorEmails)];
  return organisation.contact.email ? [organisation.contact.email] : [];
};

/** In Finnish and Swedish, the languages in which counties serve their organisations. */
export const verificationReminderOf = (appUrl: string, tenantId: string, organisation: Organisation, listings: readonly Activity[], month: string, to: string[]): Notification => {
  const lines = listings.map((listing) => `- ${listing.content.title.fi} (${helsinkiDayOf(new Date(listing.lastVerifiedAt))})\n  ${appUrl}/${tenantId}/editor/activities/${listing.id}`);
  return {
    id: `verification-reminder-${month.slice(0, 7)}-${createHash('sha256').update(`${tenantId}/${organisation.id}`).digest('hex').slice(0, 16)}`,
    to,
    subject: `Tarkista toimintojen tiedot / Kontrollera verksamheternas uppgifter: ${organisation.name.fi}`,
    body: [
      `${organisation.name.fi}: näitä toimintoja ei ole tarkistettu yli vuoteen. Avaa toiminto ja vahvista, että tiedot ovat ajan tasalla, tai päivitä ne.`,
      `${organisation.name.sv ?? organisation.name.fi}: de här verksamheterna har inte kontrollerats på över ett år. Öppna verksamheten och bekräfta att uppgifterna stämmer, eller uppdatera dem.`,
      '',
      ...lines,
    ]
      .join('\n')
      .slice(0, 5000),
    topic: 'verificationReminder',
  };
};

const staleListingsByOrganisation = async (tables: TableAccess, tenantId: string, now: Date): Promise<Map<string, Activity[]>> => {
  const byOrganisation = new Map<string, Activity[]>();
  await createActivityRepository({ gateway: tables.tenant(tenantId), tenantId }).forEachPublished((activity) => {
    if (!needsVerification(activity.lastVerifiedAt, now)) return;
    const organisationId = activity.content.organisationId;
    byOrganisation.set(organisationId, [...(byOrganisation.get(organisationId) ?? []), activity]);
  });
  return byOrganisation;
};

/**
 * Once a month tells each organisation's editors which of their published listings nobody has
 * verified for a year, through the county's outbox. The outbox item is keyed by the month, so a
 * repeated run in the same month queues nothing twice.
 */
export const queueVerificationReminders = async ({ tables, appUrl, now }: VerificationRemindersContext): Promise<VerificationRemindersReport> => {
  const report: VerificationRemindersReport = { counties: 0, staleListings: 0, queued: 0, unreachable: 0 };
  const month = monthStartOf(now);
  const counties = (await createTenantRepository(tables.platform).list()).filter((tenant) => tenant.status === 'active');
  for (const { slug: tenantId } of counties) {
    report.counties += 1;
    const organisations = createOrganisationRepository({ gateway: tables.tenant(tenantId), tenantId });
    for (const [organisationId, listings] of await staleListingsByOrganisation(tables, tenantId, now)) {
      report.staleListings += listings.length;
      const organisation = await organisations.byId(organisationId);
      const to = organisation ? await recipientsOf(tables, tenantId, organisation) : [];
      if (!organisation || to.length === 0) {
        report.unreachable += 1;
        continue;
      }
      const reminder = verificationReminderOf(appUrl, tenantId, organisation, listings, month, to);
      if (await tables.tenant(tenantId).putIfAbsent(notificationItemOf(tenantId, reminder, month))) report.queued += 1;
    }
  }
  return report;
};
