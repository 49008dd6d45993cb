import { createHash } from 'node:crypto';
import { contactRequestIdOf, createContactRequestRepository, createTenantSettingsRepository } from '@linkki/db';
import { ActivityNotFoundError, type ContactRequestInput } from '@linkki/domain';
import { admitSubmission, type Submitter } from '../../../abuse/submission-limits';
import type { TenantCatalog } from '../search/catalog-search-cache';
import { notificationOf } from './contact-notification';

/** The marker of a client request id: the same id always gives the same hash, so a retry is recognised. */
const requestHashOf = (requestId: string): string => createHash('sha256').update(`contact:${requestId}`).digest('base64url').slice(0, 22);

export interface ContactRequestContext extends Submitter {
  catalog: TenantCatalog;
  appUrl: string;
}

/** A resident's contact request to the organiser of a published activity. */
export const sendContactRequest = async (context: ContactRequestContext, input: ContactRequestInput) => {
  const { gateway, tenant, catalog, now } = context;
  const activity = catalog.activities.get(input.activityId);
  if (!activity) throw new ActivityNotFoundError(input.activityId);
  const { contactRequestRetentionDays: retentionDays } = await createTenantSettingsRepository({ gateway, tenantId: tenant.slug }).get();
  const requests = createContactRequestRepository({ gateway, tenantId: tenant.slug });
  const requestHash = requestHashOf(input.requestId);
  // A retry of an accepted request is answered as before and counts nothing against the limits.
  if (await requests.wasReceived(requestHash)) return { received: true, duplicate: true, retentionDays };
  await admitSubmission(context, 'contactRequest');
  const receivedAt = now.toISOString();
  const request = {
    id: contactRequestIdOf(receivedAt, requestHash.slice(0, 12)),
    organisationId: activity.content.organisationId,
    activityId: activity.id,
    activityTitle: activity.content.title.fi,
    name: input.name,
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.email ? { email: input.email } : {}),
    message: input.message,
    consentAt: receivedAt,
    receivedAt,
    status: 'new' as const,
    expiresAt: Math.floor(now.getTime() / 1000) + retentionDays * 24 * 60 * 60,
  };
  const organisation = catalog.organisations.get(activity.content.organisationId);
  const notification = notificationOf({ activity, organisation, request, tenant, appUrl: context.appUrl });
  const outcome = await requests.receive({ request, notification, requestHash, now: receivedAt });
  return { received: true, duplicate: outcome === 'duplicate', retentionDays };
};
