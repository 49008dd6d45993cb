import { wellbeingCounties } from '@linkki/domain';
import { type Check, httpsUrl, isRecord, matches, optional, problemsOf } from './config-checks';

/** Which of the county's own attributes become the pool's email and name; the provider's defaults otherwise. */
export interface CountyAttributeMapping {
  readonly email?: string;
  readonly name?: string;
}

interface CountyIdentityProviderBase {
  /** The county's slug; the people who come through this provider are that county's staff. */
  readonly tenant: string;
  readonly attributeMapping?: CountyAttributeMapping;
}

/** A county identity service that speaks SAML 2.0 (Entra ID, AD FS…), described by its metadata URL. */
export interface SamlCountyIdentityProvider extends CountyIdentityProviderBase {
  readonly type: 'saml';
  readonly metadataUrl: string;
}

/** A county identity service that speaks OpenID Connect; its client secret lives in Secrets Manager. */
export interface OidcCountyIdentityProvider extends CountyIdentityProviderBase {
  readonly type: 'oidc';
  readonly issuer: string;
  readonly clientId: string;
  /** The name of a Secrets Manager secret whose whole string value is the client secret; CloudFormation reads it at deploy time. */
  readonly clientSecretName: string;
}

export type CountyIdentityProviderConfig = SamlCountyIdentityProvider | OidcCountyIdentityProvider;

const countySlugs: readonly string[] = wellbeingCounties.map((county) => county.slug);

const registeredCounty: Check = (value) => (typeof value === 'string' && countySlugs.includes(value) ? undefined : 'must be the slug of a registered wellbeing services county');

/** Attribute names as providers send them: OIDC claim names or SAML attribute URIs. */
const providerAttribute = optional(matches(/^\S{1,256}$/, 'a provider attribute name such as email or a SAML claim URI'));

const attributeMapping: Check = (value) => (value === undefined || isRecord(value) ? undefined : 'must be an object');

const commonChecks: Record<string, Check> = {
  tenant: registeredCounty,
  type: (value) => (value === 'saml' || value === 'oidc' ? undefined : 'must be "saml" or "oidc"'),
  attributeMapping,
};

const checksByType: Record<string, Record<string, Check>> = {
  saml: { metadataUrl: httpsUrl },
  oidc: {
    issuer: httpsUrl,
    clientId: matches(/^\S{1,256}$/, 'the client id the county gave'),
    clientSecretName: matches(/^[A-Za-z0-9/_+=.@-]{1,512}$/, 'a Secrets Manager secret name'),
  },
};

/** The pool attributes a county may fill; `custom:tenant` is not one of them, so no provider can name a county. */
const mappingChecks: Record<string, Check> = { email: providerAttribute, name: providerAttribute };

const entryProblems = (entry: unknown, index: number): string[] => {
  const prefix = `countyIdentityProviders[${index}].`;
  if (!isRecord(entry)) return [`countyIdentityProviders[${index}]: must be an object`];
  const problems = problemsOf(entry, { ...commonChecks, ...(checksByType[entry.type as string] ?? {}) }, prefix);
  if (isRecord(entry.attributeMapping)) problems.push(...problemsOf(entry.attributeMapping, mappingChecks, `${prefix}attributeMapping.`));
  return problems;
};

/** Every problem of the stage's county identity providers, each named by its place in the list; none when absent. */
export const countyIdentityProviderProblems = (value: unknown): string[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return ['countyIdentityProviders: must be a list'];
  const problems = value.flatMap(entryProblems);
  const tenants = value.map((entry) => (isRecord(entry) ? entry.tenant : undefined));
  tenants.forEach((tenant, index) => {
    if (typeof tenant === 'string' && tenants.indexOf(tenant) < index) {
      problems.push(`countyIdentityProviders[${index}].tenant: ${tenant} has a provider already; a county has one`);
    }
  });
  return problems;
};
