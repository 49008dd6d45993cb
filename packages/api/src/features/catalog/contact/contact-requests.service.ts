import { contactRequestIdOf, createContactRequestRepository, createTenantSettingsRepository, type TableGateway } from '@linkki/db';
import { ActivityNotFoundError, type ContactRequestInput, type Tenant } from '@linkki/domain';
import { consumeHourlyLimits, shortHash } from '../../../abuse/hourly-limits';
import type { TenantCatalog } from '../search/catalog-search-cache';
import { notificationOf } from './contact-notification';

/** Abuse limits: per client address, and for the whole county, per hour. */
export const contactRequestLimits = { perAddressPerHour: 5, perTenantPerHour: 300 } as const;

export interface ContactRequestContext {
  gateway: TableGateway;
  tenant: Tenant;
  clientAddress: string;
  catalog: TenantCatalog;
  now: Date;
  appUrl: string;
}

/** A resident's contact request to the organiser of a published activity. */
export const sendContactRequest = async (context: ContactRequestContext, input: ContactRequestInput) => {
  const { gateway, tenant, catalog, now } = context;
  const activity = catalog.activities.get(input.activityId);
  if (!activity) throw new ActivityNotFoundError(input.activityId);
  await consumeHourlyLimits({ gateway, tenantId: tenant.slug, clientAddress: context.clientAddress, now }, 'contact', contactRequestLimits);
  const receivedAt = now.toISOString();
  const { contactRequestRetentionDays: retentionDays } = await createTenantSettingsRepository({ gateway, tenantId: tenant.slug }).get();
  const requestHash = shortHash(`contact:${input.requestId}`);
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
  const outcome = await createContactRequestRepository({ gateway, tenantId: tenant.slug }).receive({ request, notification, requestHash, now: receivedAt });
  return { received: true, duplicate: outcome === 'duplicate', retentionDays };
};
