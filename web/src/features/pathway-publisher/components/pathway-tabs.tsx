import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SubNav } from '../../../components/ui/sub-nav';
import { usePublisherBase } from './publisher-layout';

/** Links between one pathway's draft, version history and feedback. */
export const PathwayTabs = ({ pathwayId }: { pathwayId: string }) => {
  const { t } = useTranslation();
  const base = usePublisherBase();
  const tabs = [
    { to: `${base}/${pathwayId}`, label: t('pathwayPublisher.tabs.editor'), end: true },
    { to: `${base}/${pathwayId}/versions`, label: t('pathwayPublisher.tabs.versions'), end: true },
    { to: `${base}/${pathwayId}/feedback`, label: t('pathwayPublisher.tabs.feedback'), end: true },
  ];
  return (
    <>
      <p>
        <Link to={base}>{t('pathwayPublisher.backToList')}</Link>
      </p>
      <SubNav label={t('pathwayPublisher.tabs.label')} pages={tabs} />
    </>
  );
};
