import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useNetworkSettings } from '../../features/network/api/network';
import { FollowSettings } from '../../features/network/components/follow-settings';
import { NetworkFeed } from '../../features/network/components/network-feed';
import { NetworkModeration } from '../../features/network/components/network-moderation';
import { ParticipationToolkit } from '../../features/network/components/participation-toolkit';
import { useNetworkLabels } from '../../features/network/hooks/use-network-labels';
import { useNetworkRoute } from './network-layout.route';

/** `/:tenant/network`: the feed shared by every county. */
export const NetworkFeedRoute = () => {
  const { t } = useTranslation();
  const { tenant, abilities } = useNetworkRoute();
  return (
    <>
      <PageHeading documentTitle={[t('network.title')]}>{t('network.title')}</PageHeading>
      <p>{t('network.intro')}</p>
      <NetworkFeed tenant={tenant.slug} abilities={abilities} />
    </>
  );
};

export const NetworkToolkitRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useNetworkRoute();
  const labels = useNetworkLabels();
  return (
    <>
      <PageHeading documentTitle={[t('network.toolkit.title'), t('network.title')]}>{t('network.toolkit.title')}</PageHeading>
      <p>{t('network.toolkit.intro')}</p>
      <ParticipationToolkit tenant={tenant.slug} labels={labels} />
    </>
  );
};

export const NetworkSettingsRoute = () => {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const settings = useNetworkSettings();
  const vocabulary = labels.vocabulary;
  return (
    <>
      <PageHeading documentTitle={[t('network.settings.title'), t('network.title')]}>{t('network.settings.title')}</PageHeading>
      {(settings.isPending || vocabulary.isPending) && <Loading />}
      {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && vocabulary.data && <FollowSettings key={settings.data.version} settings={settings.data} vocabulary={vocabulary.data} labels={labels} />}
    </>
  );
};

export const NetworkModerationRoute = () => {
  const { t } = useTranslation();
  const { tenant, abilities } = useNetworkRoute();
  const labels = useNetworkLabels();
  return (
    <>
      <PageHeading documentTitle={[t('network.moderation.title'), t('network.title')]}>{t('network.moderation.title')}</PageHeading>
      {abilities.moderate ? <NetworkModeration tenant={tenant.slug} labels={labels} /> : <p>{t('network.moderation.moderatorsOnly')}</p>}
    </>
  );
};
