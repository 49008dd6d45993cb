import { tenantIdSchema } from '../tenants/tenant.schema';

const prefix = 'county-';

/**
 * The user pool's name for a county's own identity service. Cognito names the people who come
 * through it `<provider>_<subject>`, and the pre-token trigger reads the county back from it.
 */
export const countyIdentityProviderName = (tenant: string): string => `${prefix}${tenantIdSchema.parse(tenant)}`;

/** The county a provider name stands for, or null for any other provider. */
export const countyOfIdentityProvider = (providerName: string): string | null => {
  if (!providerName.startsWith(prefix)) return null;
  const tenant = providerName.slice(prefix.length);
  return tenantIdSchema.safeParse(tenant).success ? tenant : null;
};
