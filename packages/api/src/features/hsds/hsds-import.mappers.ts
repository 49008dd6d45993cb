import { activityContentSchema, type ActivityContent, type Tenant, targetGroups, themes } from '@linkki/domain';
import type { HsdsImportService } from './hsds-import.schema';

const languageCodes: Record<string, string> = {
  fi: 'fi',
  fin: 'fi',
  sv: 'sv',
  swe: 'sv',
  en: 'en',
  eng: 'en',
  se: 'se',
  sme: 'se',
  ru: 'ru',
  rus: 'ru',
  ar: 'ar',
  ara: 'ar',
  uk: 'uk',
  ukr: 'uk',
  so: 'so',
  som: 'so',
};

/** Finnish when the service names no language Linkki knows. */
const languagesOf = (service: HsdsImportService): string[] => {
  const codes = [...new Set((service.languages ?? []).map((language) => languageCodes[language.code?.toLowerCase() ?? ''] ?? '').filter(Boolean))];
  return codes.length > 0 ? codes : ['fi'];
};

const codesWithPrefix = (service: HsdsImportService, prefix: string, known: readonly { code: string }[]): string[] => {
  const codes = (service.attributes ?? [])
    .map((attribute) => attribute.taxonomy_term?.code ?? '')
    .filter((code) => code.startsWith(prefix))
    .map((code) => code.slice(prefix.length));
  return [...new Set(codes.filter((code) => known.some((term) => term.code === code)))];
};

const municipalityOf = (service: HsdsImportService, tenant: Tenant): string | undefined => {
  const candidates = [
    ...(service.service_at_locations ?? []).flatMap((entry) => (entry.location?.addresses ?? []).map((address) => address.city)),
    ...(service.service_areas ?? []).map((area) => area.name),
  ];
  return candidates.map((candidate) => candidate?.trim()).find((candidate): candidate is string => !!candidate && tenant.municipalities.includes(candidate));
};

const isFree = (fees: string | undefined) => !fees?.trim() || /maksuton|ilmai|free|gratis|avgiftsfri/i.test(fees);

/**
 * Maps an HSDS service to a Linkki listing, or says why it cannot be. Themes and target groups
 * come from attributes whose taxonomy term code is `theme:<code>` / `target-group:<code>`
 * (Linkki's vocabulary); the municipality from a location's city or a service area.
 */
export const listingOfHsdsService = (service: HsdsImportService, organisationId: string, tenant: Tenant): { content: ActivityContent } | { reasons: string[] } => {
  const reasons: string[] = [];
  if (service.status && service.status !== 'active') reasons.push(`status is ${service.status}; only active services are imported`);
  const municipality = municipalityOf(service, tenant);
  if (!municipality) reasons.push(`no location city or service area is a municipality of ${tenant.name.fi}`);
  const themeCodes = codesWithPrefix(service, 'theme:', themes);
  if (themeCodes.length === 0) reasons.push('no theme: add an attribute whose taxonomy term code is theme:<code>, e.g. theme:exercise');
  if (reasons.length > 0 || !municipality) return { reasons };
  const groups = codesWithPrefix(service, 'target-group:', targetGroups).slice(0, 6);
  const location = service.service_at_locations?.[0]?.location;
  const address = location?.addresses?.[0];
  const candidate = {
    organisationId,
    title: { fi: service.name },
    description: { fi: service.description },
    themes: themeCodes,
    targetGroups: groups.length > 0 ? groups : ['everyone'],
    municipality,
    location: location
      ? {
          name: location.name,
          address: address?.address_1,
          postalCode: address?.postal_code,
          city: address?.city,
          ...(location.latitude !== undefined && location.longitude !== undefined ? { coordinates: { lat: location.latitude, lon: location.longitude } } : {}),
        }
      : undefined,
    schedule: { weekly: [], dates: [] },
    cost: isFree(service.fees_description) ? { free: true } : { free: false, description: { fi: service.fees_description ?? '' } },
    languages: languagesOf(service),
    accessibility: [],
    accompanimentWelcome: false,
    registrationRequired: !!service.application_process,
    ...(service.application_process ? { registrationInfo: { fi: service.application_process } } : {}),
    contact: { email: service.email, website: service.url },
  };
  const parsed = activityContentSchema.safeParse(candidate);
  return parsed.success ? { content: parsed.data } : { reasons: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
};
