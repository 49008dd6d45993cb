import { useTranslation } from 'react-i18next';
import { useIdentityProviders } from '../api/counties';

/** How a county's staff sign in, in words: the county's own identity service, or Linkki's invitation accounts. */
export const useIdentityService = () => {
  const { t } = useTranslation();
  const providers = useIdentityProviders();
  const labelOf = (slug: string): string => {
    // Unknown until the settings have come (their failure is shown on its own).
    if (!providers.data) return '–';
    const provider = providers.data[slug];
    return provider ? t('counties.identity.own', { provider }) : t('counties.identity.invitations');
  };
  return { providers, labelOf };
};
