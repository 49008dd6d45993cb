import type { Activity } from '@linkki/db';
import { helsinkiDayOf, type ListingText, type Organisation } from '@linkki/domain';
import { hsdsUuidOf } from './hsds-ids';

const joined = (text: ListingText | undefined): string | undefined => text && [text.fi, text.sv, text.en].filter(Boolean).join('\n\n');

/** An organisation as HSDS 3.0 `organization_list` (one-to-one fields). */
export const hsdsOrganizationOf = (tenantId: string, organisation: Organisation) => ({
  id: hsdsUuidOf(tenantId, 'organization', organisation.id),
  name: organisation.name.fi,
  ...(organisation.name.sv || organisation.name.en ? { alternate_name: [organisation.name.sv, organisation.name.en].filter(Boolean).join(' / ') } : {}),
  description: joined(organisation.description) ?? organisation.name.fi,
  ...(organisation.contact.email ? { email: organisation.contact.email } : {}),
  ...(organisation.contact.website ? { website: organisation.contact.website } : {}),
  ...(organisation.businessId ? { tax_id: organisation.businessId } : {}),
  uri: `urn:linkki:${tenantId}:organisation:${organisation.id}`,
});

/** A published listing as HSDS 3.0 `service_list` (one-to-one fields, the organisation nested). */
export const hsdsServiceOf = (tenantId: string, activity: Activity, organisation: Organisation | undefined) => {
  const { content } = activity;
  return {
    id: hsdsUuidOf(tenantId, 'service', activity.id),
    organization_id: hsdsUuidOf(tenantId, 'organization', content.organisationId),
    name: content.title.fi,
    ...(content.title.sv || content.title.en ? { alternate_name: [content.title.sv, content.title.en].filter(Boolean).join(' / ') } : {}),
    description: joined(content.description),
    ...(content.contact.website ? { url: content.contact.website } : {}),
    ...(content.contact.email ? { email: content.contact.email } : {}),
    status: 'active',
    fees_description: content.cost.free ? 'Maksuton' : (joined(content.cost.description) ?? ''),
    ...(content.registrationRequired ? { application_process: joined(content.registrationInfo) ?? 'Ilmoittautuminen vaaditaan' } : {}),
    assured_date: helsinkiDayOf(new Date(activity.lastVerifiedAt)),
    last_modified: activity.updatedAt,
    ...(organisation ? { organization: hsdsOrganizationOf(tenantId, organisation) } : {}),
  };
};
