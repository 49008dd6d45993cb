import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleGate } from '../../../lib/auth/components/role-gate';
import { areaAccess } from '../../../lib/auth/utils/area-access';

/** The county coordinator's pathway pages; others get a sign-in link or a short refusal. */
export const CoordinatorOnly = ({ tenant, children }: { tenant: string; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <RoleGate tenant={tenant} allows={areaAccess.pathwayAdditions} signInPrompt={t('pathways.coordinator.signInFirst')} refusal={t('pathways.coordinator.only')}>
      {() => children}
    </RoleGate>
  );
};
