import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/ui/paged-list';
import { itemsOf } from '../../../lib/cursor-query';
import { useModerationQueue } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';
import { PostCard } from './post-card';

/** Reported posts, most recently reported first; each opens on its page, where it is hidden or kept. */
export const NetworkModeration = ({ tenant, labels }: { tenant: string; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  const queue = useModerationQueue();
  const items = itemsOf(queue);
  return (
    <PagedList
      query={queue}
      items={items}
      keyOf={(post) => post.id}
      className="network-feed"
      status={items.length === 0 ? <p>{t('network.moderation.empty')}</p> : null}
      renderItem={(post) => (
        <div>
          <PostCard post={post} tenant={tenant} labels={labels} />
          <p>{t('network.moderation.reports', { count: post.openReports, reason: post.lastReportReason ?? '' })}</p>
        </div>
      )}
    />
  );
};
