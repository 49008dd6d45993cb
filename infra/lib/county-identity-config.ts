import { wellbeingCounties } from '@linkki/domain';
import * as z from 'zod';
import { httpsUrl, pattern } from './config-schema';

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

const registeredCounty = z
  .string({ error: 'must be the slug of a registered wellbeing services county' })
  .refine((slug) => countySlugs.includes(slug), 'must be the slug of a registered wellbeing services county');

/** Attribute names as providers send them: OIDC claim names or SAML attribute URIs. */
const providerAttribute = pattern(/^\S{1,256}$/, 'a provider attribute name such as email or a SAML claim URI').optional();

/** The pool attributes a county may fill; `custom:tenant` is not one of them, so no provider can name a county. */
const attributeMapping = z.strictObject({ email: providerAttribute, name: providerAttribute }, { error: 'must be an object' }).optional();

const saml = z.strictObject({ tenant: registeredCounty, type: z.literal('saml'), attributeMapping, metadataUrl: httpsUrl });

const oidc = z.strictObject({
  tenant: registeredCounty,
  type: z.literal('oidc'),
  attributeMapping,
  issuer: httpsUrl,
  clientId: pattern(/^\S{1,256}$/, 'the client id the county gave'),
  clientSecretName: pattern(/^[A-Za-z0-9/_+=.@-]{1,512}$/, 'a Secrets Manager secret name'),
});

const provider = z.discriminatedUnion('type', [saml, oidc], {
  error: (issue) => (issue.code === 'invalid_union' ? 'must be "saml" or "oidc"' : 'must be an object'),
});

/** The stage's county identity providers, at most one per county; each problem is named by its place in the list. */
export const countyIdentityProvidersSchema = z.array(provider, { error: 'must be a list' }).superRefine((providers, context) => {
  providers.forEach(({ tenant }, index) => {
    if (providers.findIndex((other) => other.tenant === tenant) < index) {
      context.addIssue({ code: 'custom', path: [index, 'tenant'], message: `${tenant} has a provider already; a county has one` });
    }
  });
}) satisfies z.ZodType<readonly CountyIdentityProviderConfig[]>;
