import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { itemsOf } from '../../../lib/cursor-query';
import { useCatalogSearch } from '../../../lib/catalog-search';
import { useListingFormat } from '../../../lib/use-listing-format';
import type { ChosenActivity } from '../utils/referral-form';

/** The most activities one referral may suggest (the API's limit). */
const maxActivities = 10;

const SearchHits = ({ q, chosen, onAdd }: { q: string; chosen: readonly ChosenActivity[]; onAdd: (activity: ChosenActivity) => void }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const search = useCatalogSearch({ q });
  if (search.isPending) return <Loading />;
  if (search.isError) return <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />;
  const hits = itemsOf(search).slice(0, 8);
  return (
    <>
      <p role="status">{t('referrals.form.activityPicker.hits', { count: hits.length })}</p>
      {hits.length > 0 && (
        <ul role="list" className="referral-picker__hits">
          {hits.map((hit) => {
            const title = format.text(hit.title);
            const added = chosen.some((activity) => activity.id === hit.id);
            return (
              <li key={hit.id}>
                <span lang={title.lang}>{title.text}</span> <span className="hint">{hit.municipality}</span>{' '}
                <button type="button" className="button button--secondary" disabled={added || chosen.length >= maxActivities} onClick={() => onAdd({ id: hit.id, title: title.text })}>
                  {added ? t('referrals.form.activityPicker.added') : t('referrals.form.activityPicker.add')}
                  <span className="visually-hidden">: {title.text}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
};

/** Suggested activities found with the catalog search; the chosen ones are listed with remove buttons. */
export const ActivityPicker = ({ value, onChange }: { value: ChosenActivity[]; onChange: (value: ChosenActivity[]) => void }) => {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const search = () => setQ(text.trim());
  // Enter searches here; it must not send the whole referral.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  };
  return (
    <fieldset className="fieldset referral-picker" id="referral-suggestedActivityIds" tabIndex={-1}>
      <legend>{t('referrals.form.activityPicker.legend')}</legend>
      <p className="hint">{t('referrals.form.activityPicker.hint')}</p>
      <div className="referral-picker__search">
        <label htmlFor="referral-activity-search" className="field__label">
          {t('referrals.form.activityPicker.search')}
        </label>
        <input id="referral-activity-search" type="search" className="input" value={text} onChange={(event) => setText(event.target.value)} onKeyDown={onKeyDown} />
        <button type="button" className="button button--secondary" onClick={search}>
          {t('referrals.form.activityPicker.searchButton')}
        </button>
      </div>
      {q && <SearchHits q={q} chosen={value} onAdd={(activity) => onChange([...value, activity])} />}
      <h3 className="referral-picker__chosen-title">{t('referrals.form.activityPicker.chosen', { count: value.length })}</h3>
      {value.length > 0 && (
        <ul role="list" className="referral-picker__chosen">
          {value.map((activity) => (
            <li key={activity.id}>
              <span>{activity.title}</span>{' '}
              <button type="button" className="button button--secondary" onClick={() => onChange(value.filter((candidate) => candidate.id !== activity.id))}>
                {t('referrals.form.activityPicker.remove')}
                <span className="visually-hidden">: {activity.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
};
