import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { usePathwayNews } from '../../api/pathways';
import { pathwayPaths } from '../../utils/pathway-links';
import { Localized } from '../localized';

/** The county's notices of new national versions, newest first (the few latest). */
export const PathwayNews = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const news = usePathwayNews();
  const items = news.data?.items.slice(0, 5) ?? [];
  if (items.length === 0) return null;
  return (
    <section className="section pathway-news" aria-labelledby="pathway-news-heading">
      <h2 id="pathway-news-heading">{t('pathways.news.heading')}</h2>
      <ul role="list">
        {items.map((item) => (
          <li key={`${item.pathwayId}-${item.number}`}>
            <Link to={pathwayPaths(tenant, item.pathwayId).local}>
              <Localized text={item.title} />
            </Link>{' '}
            – {t('pathways.version', { number: item.number, date: format.date(item.publishedAt) })}
            <Localized as="p" className="hint" text={item.changeSummary} />
          </li>
        ))}
      </ul>
    </section>
  );
};
