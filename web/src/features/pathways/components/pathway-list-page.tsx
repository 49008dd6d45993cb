import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useListingFormat } from '../../../lib/use-listing-format';
import { type PathwayListItem, usePathwayVocabulary, usePathways } from '../api/pathways';
import { useCodeLabel } from '../hooks/use-code-label';
import { groupByTargetGroup, pathwayPaths } from '../utils/pathway-links';
import { Localized } from './localized';

const PathwayCard = ({ tenant, pathway }: { tenant: string; pathway: PathwayListItem }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const title = format.text(pathway.title);
  return (
    <li className="pathway-card">
      <h3 className="pathway-card__title">
        <Link to={pathwayPaths(tenant, pathway.id).page} lang={title.lang}>
          {title.text}
        </Link>
      </h3>
      <Localized as="p" className="pathway-card__intro" text={pathway.introduction} />
      <p className="pathway-card__meta">
        {t('pathways.list.stageCount', { count: pathway.stageCount })} · {t('pathways.version', { number: pathway.versionNumber, date: format.date(pathway.publishedAt) })}
      </p>
    </li>
  );
};

/** `/:tenant/pathways`: the national diabetes pathways, grouped by whom they are for. */
export const PathwayListPage = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const pathways = usePathways();
  const vocabulary = usePathwayVocabulary();
  const label = useCodeLabel();
  const groups = groupByTargetGroup(pathways.data?.items ?? [], vocabulary.data?.targetGroups ?? []);
  return (
    <>
      <PageHeading documentTitle={[t('pathways.title')]}>{t('pathways.title')}</PageHeading>
      <p className="lead">{t('pathways.list.lead')}</p>
      {pathways.isPending && <Loading />}
      {pathways.error && <ErrorAlert error={pathways.error} onRetry={() => void pathways.refetch()} />}
      {pathways.data && groups.length === 0 && <p>{t('pathways.list.empty')}</p>}
      {groups.map((group) => (
        <section key={group.targetGroup} className="section" aria-labelledby={`pathways-group-${group.targetGroup}`}>
          <h2 id={`pathways-group-${group.targetGroup}`}>{group.targetGroup === 'other' ? t('pathways.list.otherGroup') : label('targetGroups', group.targetGroup)}</h2>
          <ul role="list" className="pathway-cards">
            {group.items.map((pathway) => (
              <PathwayCard key={pathway.id} tenant={tenant} pathway={pathway} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
};
