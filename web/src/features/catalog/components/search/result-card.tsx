import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Badges } from '../../../../components/ui/badges';
import type { ActivityCard } from '../../../../lib/catalog-search';
import type { FromSearchState } from '../../hooks/use-back-to-search';
import { useListingFormat } from '../../../../lib/use-listing-format';

interface ResultCardProps {
  activity: ActivityCard;
  tenant: string;
}

/** A search hit: title, organiser, place, times, cost and the badges residents filter by. */
export const ResultCard = ({ activity, tenant }: ResultCardProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const fromSearch: FromSearchState = { fromSearch: useLocation().search };
  const title = format.text(activity.title);
  const summary = format.text(activity.summary);
  const organiser = format.text(activity.organisation.name);
  const place = [...new Set([activity.municipality, activity.place].filter((part): part is string => Boolean(part)))].join(', ');
  const facts = [
    { label: t('catalog.card.place'), value: place, lang: 'fi' },
    ...(activity.weekly.length > 0 ? [{ label: t('catalog.card.weekly'), value: activity.weekly.map(format.weeklySlot).join(', ') }] : []),
    ...(activity.nextDate ? [{ label: t('catalog.card.nextDate'), value: format.date(activity.nextDate) }] : []),
    { label: t('catalog.card.cost'), value: activity.free ? t('catalog.cost.free') : t('catalog.cost.paid') },
  ];
  const badges = [
    ...(activity.accompanimentWelcome ? [t('catalog.badges.accompanimentWelcome')] : []),
    ...(activity.accessible ? [t('catalog.badges.accessible')] : []),
    ...(activity.registrationRequired ? [t('catalog.badges.registrationRequired')] : []),
  ];
  return (
    <article className="result-card">
      <h3 className="result-card__title">
        <Link to={`/${tenant}/activities/${activity.id}`} state={fromSearch} lang={title.lang}>
          {title.text}
        </Link>
      </h3>
      <p className="result-card__organiser" lang={organiser.lang}>
        {organiser.text}
      </p>
      <dl className="facts">
        {facts.map((fact) => (
          <div key={fact.label} className="facts__row">
            <dt>{fact.label}</dt>
            <dd lang={fact.lang}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className="result-card__summary" lang={summary.lang}>
        {summary.text}
      </p>
      <Badges badges={badges} />
    </article>
  );
};
