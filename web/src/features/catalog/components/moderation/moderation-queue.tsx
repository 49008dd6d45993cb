import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../../components/ui/paged-list';
import { itemsOf } from '../../../../lib/cursor-query';
import { useModerationQueue } from '../../api/moderation';
import { useMyOrganisations } from '../../api/organisations';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { ModerationItem } from './moderation-item';

/** Everything waiting for the coordinator, each with approve and reject. */
export const ModerationQueue = ({ tenant, vocabularies }: { tenant: string; vocabularies: Vocabularies }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const queue = useModerationQueue();
  const organisations = useMyOrganisations();
  const items = itemsOf(queue);
  const organisationName = (id: string) => {
    const organisation = organisations.data?.find((candidate) => candidate.id === id);
    return organisation ? format.text(organisation.name).text : id;
  };
  // The decided request leaves the list; focus goes to the count rather than to the page's start.
  const focusStatus = () => document.getElementById('moderation-status')?.focus();
  return (
    <PagedList
      query={queue}
      items={items}
      keyOf={(item) => item.activity.id}
      renderItem={(item) => (
        <ModerationItem item={item} tenant={tenant} organisationName={organisationName(item.activity.content.organisationId)} vocabularies={vocabularies} onDecided={focusStatus} />
      )}
      className="moderation-items"
      status={
        <p id="moderation-status" role="status" tabIndex={-1}>
          {items.length === 0 ? t('catalog.moderation.empty') : t('catalog.moderation.count', { count: items.length })}
        </p>
      }
    />
  );
};
