import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badges } from '../../../components/ui/badges';
import { useVocabularies } from '../../../lib/vocabularies';
import { useListingFormat } from '../../../lib/use-listing-format';
import { useVocabularyLabel } from '../../../lib/use-vocabulary-label';
import type { LocalActivity, StageItem } from '../api/pathways';
import { useCodeLabel } from '../hooks/use-code-label';
import { Localized } from './localized';

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="pathway-facts__row">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

/** One piece of national content: what it is, who provides it, in which languages and at what cost. */
const NationalItem = ({ item }: { item: StageItem }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const label = useCodeLabel();
  const language = useVocabularyLabel(useVocabularies().data);
  const title = format.text(item.title);
  const cost = item.cost.free ? t('pathways.item.free') : item.cost.description?.fi ? format.text(item.cost.description).text : t('pathways.item.paid');
  return (
    <li className="pathway-item">
      <Badges badges={[label('itemKinds', item.kind)]} />
      <h4 className="pathway-item__title" lang={title.lang}>
        {item.url ? (
          <a href={item.url} rel="noopener noreferrer">
            {title.text}
            <span className="visually-hidden"> {t('pathways.item.externalLink')}</span>
          </a>
        ) : (
          title.text
        )}
      </h4>
      <Localized as="p" text={item.description} />
      <dl className="pathway-facts">
        <Fact term={t('pathways.item.provider')}>{[...new Set([item.providerName, label('providerKinds', item.providerKind)])].filter(Boolean).join(' · ')}</Fact>
        <Fact term={t('pathways.item.languages')}>{item.languages.map((code) => language('languages', code)).join(', ')}</Fact>
        <Fact term={t('pathways.item.cost')}>{cost}</Fact>
      </dl>
    </li>
  );
};

export const NationalItems = ({ items }: { items: readonly StageItem[] }) => {
  const { t } = useTranslation();
  if (items.length === 0) return <p>{t('pathways.stage.noItems')}</p>;
  return (
    <ul role="list" className="pathway-items">
      {items.map((item) => (
        <NationalItem key={item.id} item={item} />
      ))}
    </ul>
  );
};

/** The county's own activities for a stage, each a link to its catalog listing. */
export const LocalActivities = ({ tenant, activities }: { tenant: string; activities: readonly LocalActivity[] }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  if (activities.length === 0) return <p>{t('pathways.stage.noLocal')}</p>;
  return (
    <ul role="list" className="pathway-items">
      {activities.map((activity) => {
        const title = format.text(activity.title);
        return (
          <li key={activity.additionId} className="pathway-item pathway-item--local">
            <h4 className="pathway-item__title">
              <Link to={`/${tenant}/activities/${activity.activityId}`} lang={title.lang}>
                {title.text}
              </Link>
            </h4>
            <p className="pathway-item__place" lang="fi">
              {activity.municipality}
            </p>
            <Localized as="p" text={activity.note} />
          </li>
        );
      })}
    </ul>
  );
};
