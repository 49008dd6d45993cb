import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { TextField } from '../../../../components/ui/form-fields';
import { Loading } from '../../../../components/ui/loading';
import { useTRPC } from '../../../../lib/trpc';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { useAddLocalActivity } from '../../api/pathways';

interface ActivityPickerProps {
  pathwayId: string;
  stageId: string;
  attached: ReadonlySet<string>;
}

/** Finds the county's published activities by words and attaches one to the stage. */
export const ActivityPicker = ({ pathwayId, stageId, attached }: ActivityPickerProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const trpc = useTRPC();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const results = useQuery(trpc.catalog.search.queryOptions({ q: query, limit: 8 }, { enabled: query.length > 0 }));
  const add = useAddLocalActivity();
  const id = `picker-${stageId}`;
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft.trim());
  };
  return (
    <div className="pathway-picker">
      <form role="search" onSubmit={search} className="pathway-picker__search" aria-label={t('pathways.local.searchLabel')}>
        <TextField id={`${id}-q`} label={t('pathways.local.search')} type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button button--secondary">
          {t('pathways.local.searchButton')}
        </button>
      </form>
      {results.isFetching && <Loading />}
      {results.error && <ErrorAlert error={results.error} />}
      {add.error && <ErrorAlert error={add.error} title={t('pathways.local.addFailed')} />}
      {results.data && (
        <div role="status">
          {results.data.items.length === 0 ? (
            <p>{t('pathways.local.noResults')}</p>
          ) : (
            <ul role="list" className="pathway-picker__results">
              {results.data.items.map((activity) => {
                const title = format.text(activity.title);
                const isAttached = attached.has(activity.id);
                return (
                  <li key={activity.id}>
                    <span lang={title.lang}>{title.text}</span> <span className="hint">({activity.municipality})</span>{' '}
                    <button
                      type="button"
                      className="button button--small"
                      disabled={isAttached || add.isPending}
                      onClick={() => add.mutate({ requestId: crypto.randomUUID(), pathwayId, stageId, activityId: activity.id })}
                    >
                      {isAttached ? t('pathways.local.attached') : t('pathways.local.attach')}
                      <span className="visually-hidden">: {title.text}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
};
