import { isDeepStrictEqual } from 'node:util';
import { createActivityRepository, createOrganisationRepository, type TableGateway } from '@linkki/db';
import { type ActivityContent, isValidBusinessId, type Tenant } from '@linkki/domain';
import { type HsdsImportOrganization, type HsdsImportService, hsdsImportServiceSchema } from './hsds-import.schema';
import { listingOfHsdsService } from './hsds-import.mappers';
import { idempotentId } from '../../idempotent-id';

/** Imported records keep one Linkki id per source id, so importing the same file again updates, never duplicates. */
export const importedIdOf = (tenantId: string, kind: 'service' | 'organization', sourceId: string): string => idempotentId([tenantId, kind, sourceId], { prefix: 'h-', length: 24 });

export interface ImportReport {
  accepted: { index: number; sourceId: string; id: string; outcome: 'created' | 'updated' | 'unchanged' }[];
  rejected: { index: number; sourceId: string | null; reasons: string[] }[];
}

interface ImportContext {
  gateway: TableGateway;
  tenant: Tenant;
  userId: string;
  now: () => Date;
}

const organisationOf = (source: HsdsImportOrganization, id: string, municipality: string) => ({
  id,
  kind: 'association' as const,
  name: { fi: source.name },
  ...(source.description ? { description: { fi: source.description } } : {}),
  ...(source.tax_id && isValidBusinessId(source.tax_id) ? { businessId: source.tax_id } : {}),
  contact: { email: source.email, website: source.website },
  municipalities: [municipality],
  editors: [],
});

/** Equal as stored: DynamoDB keeps no undefined attributes, so compare without them. */
const sameContent = (a: ActivityContent, b: ActivityContent) => isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

/** Creates or updates one listing (and its organisation when new) in one transaction. */
const upsert = async ({ gateway, tenant, userId, now }: ImportContext, service: HsdsImportService, organisationId: string, content: ActivityContent) => {
  const tenantId = tenant.slug;
  const activities = createActivityRepository({ gateway, tenantId });
  const organisations = createOrganisationRepository({ gateway, tenantId });
  const id = importedIdOf(tenantId, 'service', service.id);
  const at = now().toISOString();
  const [existing, organisation] = await Promise.all([activities.byId(id), organisations.byId(organisationId)]);
  if (!existing) {
    const alongWith = organisation ? [] : organisations.creationOf(organisationOf(service.organization, organisationId, content.municipality), at);
    await activities.create({ id, status: 'published', content, userId }, at, alongWith);
    return { id, outcome: 'created' as const };
  }
  if (sameContent(existing.content, content)) return { id, outcome: 'unchanged' as const };
  await activities.apply({ activity: existing, userId, changes: { content, lastVerifiedAt: at } }, at);
  return { id, outcome: 'updated' as const };
};

/**
 * A coordinator's HSDS upload: each service is checked on its own and either imported whole
 * (listing and organisation together) or rejected with its reasons; nothing is half-written.
 */
export const importHsdsServices = async (context: ImportContext, services: readonly unknown[]): Promise<ImportReport> => {
  const report: ImportReport = { accepted: [], rejected: [] };
  for (const [index, raw] of services.entries()) {
    const parsed = hsdsImportServiceSchema.safeParse(raw);
    const sourceId = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
    if (!parsed.success) {
      report.rejected.push({ index, sourceId, reasons: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`) });
      continue;
    }
    const organisationId = importedIdOf(context.tenant.slug, 'organization', parsed.data.organization.id);
    const mapped = listingOfHsdsService(parsed.data, organisationId, context.tenant);
    if ('reasons' in mapped) {
      report.rejected.push({ index, sourceId, reasons: mapped.reasons });
      continue;
    }
    report.accepted.push({ index, sourceId: parsed.data.id, ...(await upsert(context, parsed.data, organisationId, mapped.content)) });
  }
  return report;
};
