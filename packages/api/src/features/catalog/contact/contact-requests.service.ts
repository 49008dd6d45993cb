import { createHash } from 'node:crypto';
import { contactRequestIdOf, createContactRequestRepository, createTenantSettingsRepository, type TableGateway, tenantKey } from '@linkki/db';
import { ActivityNotFoundError, type ContactRequestInput, RateLimitExceededError, type Tenant } from '@linkki/domain';
import type { TenantCatalog } from '../search/catalog-search-cache';
import { notificationOf } from './contact-notification';

/** Abuse limits: per client address, and for the whole county, per hour. */
export const contactRequestLimits = { perAddressPerHour: 5, perTenantPerHour: 300 } as const;

const hash = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

const hourWindow = (now: Date) => now.toISOString().slice(0, 13);

const consumeLimits = async (gateway: TableGateway, tenantId: string, clientAddress: string, now: Date) => {
  const window = hourWindow(now);
  const expiresAt = Math.floor(now.getTime() / 1000) + 2 * 60 * 60;
  const secondsLeft = 3600 - ((now.getTime() / 1000) % 3600);
  // The address is kept only as a salted hash, and only until the window has passed.
  const perAddress = { pk: tenantKey(tenantId, 'RATE', 'contact', hash(`${tenantId}:${clientAddress}`)), sk: window };
  if (!(await gateway.incrementBelow(perAddress, contactRequestLimits.perAddressPerHour, expiresAt))) throw new RateLimitExceededError(secondsLeft);
  const perTenant = { pk: tenantKey(tenantId, 'RATE', 'contact'), sk: window };
  if (!(await gateway.incrementBelow(perTenant, contactRequestLimits.perTenantPerHour, expiresAt))) throw new RateLimitExceededError(secondsLeft);
};

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
  await consumeLimits(gateway, tenant.slug, context.clientAddress, now);
  const receivedAt = now.toISOString();
  const { contactRequestRetentionDays: retentionDays } = await createTenantSettingsRepository({ gateway, tenantId: tenant.slug }).get();
  const requestHash = hash(`contact:${input.requestId}`);
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
