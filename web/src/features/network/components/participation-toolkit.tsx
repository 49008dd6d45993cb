import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '../../../components/ui/paged-list';
import { useToolkit } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';
import { AuthorLine } from './post-card';

/** The participation toolkit: practices tagged osallisuus, each with the models and tools it describes. */
export const ParticipationToolkit = ({ tenant, labels }: { tenant: string; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  const toolkit = useToolkit();
  const practices = toolkit.data?.pages.flatMap((page) => page.practices) ?? [];
  return (
    <PagedList
      query={toolkit}
      items={practices}
      keyOf={(practice) => practice.id}
      className="network-feed"
      status={practices.length === 0 ? <p>{t('network.toolkit.empty')}</p> : null}
      renderItem={(practice) => (
        <article className="result-card" aria-labelledby={`toolkit-${practice.id}`}>
          <h2 className="result-card__title" id={`toolkit-${practice.id}`}>
            <Link to={`/${tenant}/network/posts/${practice.id}`}>{practice.title}</Link>
          </h2>
          <AuthorLine author={practice.author} at={practice.createdAt} labels={labels} />
          <p>{practice.summary}</p>
          <p>
            {t('network.practice.stage')}: {labels.stage(practice.stage)}
          </p>
          <h3>{t('network.toolkit.tools')}</h3>
          <ul className="badges">
            {practice.tools.map((tool) => (
              <li key={tool} className="badge">
                {tool}
              </li>
            ))}
          </ul>
        </article>
      )}
    />
  );
};
