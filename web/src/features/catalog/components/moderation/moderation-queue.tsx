import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { Loading } from '../../../../components/ui/loading';
import { useModerationQueue } from '../../api/moderation';
import { useMyOrganisations } from '../../api/organisations';
import type { Vocabularies } from '../../api/vocabularies';
import { useListingFormat } from '../../hooks/use-listing-format';
import { ModerationItem } from './moderation-item';

/** Everything waiting for the coordinator, each with approve and reject. */
export const ModerationQueue = ({ tenant, vocabularies }: { tenant: string; vocabularies: Vocabularies }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const queue = useModerationQueue();
  const organisations = useMyOrganisations();
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const organisationName = (id: string) => {
    const organisation = organisations.data?.find((candidate) => candidate.id === id);
    return organisation ? format.text(organisation.name).text : id;
  };
  // The decided request leaves the list; focus goes to the count rather than to the page's start.
  const focusStatus = () => document.getElementById('moderation-status')?.focus();
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />;
  return (
    <>
      <p id="moderation-status" role="status" tabIndex={-1}>{items.length === 0 ? t('catalog.moderation.empty') : t('catalog.moderation.count', { count: items.length })}</p>
      <ul role="list" className="moderation-items">
        {items.map((item) => (
          <li key={item.activity.id}>
            <ModerationItem item={item} tenant={tenant} organisationName={organisationName(item.activity.content.organisationId)} vocabularies={vocabularies} onDecided={focusStatus} />
          </li>
        ))}
      </ul>
      {queue.hasNextPage && (
        <p className="load-more">
          <button type="button" className="button button--secondary" onClick={() => void queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
            {queue.isFetchingNextPage ? t('app.loading') : t('catalog.editor.loadMore')}
          </button>
        </p>
      )}
    </>
  );
};
