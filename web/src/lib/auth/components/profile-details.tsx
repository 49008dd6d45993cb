import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n';
import type { Me } from '../api/me';
import { DetailsList } from '../../../components/ui/details-list';

/** The signed-in user's name, title, organisation, roles and county. */
export const ProfileDetails = ({ me }: { me: Me }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const rows = [
    { label: t('me.name'), value: me.user.displayName },
    { label: t('me.jobTitle'), value: me.user.title ?? t('me.notGiven') },
    { label: t('me.organisation'), value: me.user.organisation ?? t('me.notGiven') },
    { label: t('me.roles'), value: me.roles.map((role) => t(`roles.${role}`)).join(', ') },
    { label: t('me.tenant'), value: me.tenant ? localized(me.tenant.name) : t('me.platformWide') },
  ];
  return <DetailsList rows={rows} />;
};
