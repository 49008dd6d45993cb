import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { usePublisherBase } from './publisher-layout';

/** Links between one pathway's draft, version history and feedback. */
export const PathwayTabs = ({ pathwayId }: { pathwayId: string }) => {
  const { t } = useTranslation();
  const base = usePublisherBase();
  const tabs = [
    { to: `${base}/${pathwayId}`, label: t('pathwayPublisher.tabs.editor') },
    { to: `${base}/${pathwayId}/versions`, label: t('pathwayPublisher.tabs.versions') },
    { to: `${base}/${pathwayId}/feedback`, label: t('pathwayPublisher.tabs.feedback') },
  ];
  return (
    <>
      <p>
        <Link to={base}>{t('pathwayPublisher.backToList')}</Link>
      </p>
      <nav aria-label={t('pathwayPublisher.tabs.label')} className="sub-nav">
        <ul role="list">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
};
