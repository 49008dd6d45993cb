import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PagedList } from '../../../components/ui/paged-list';
import { itemsOf } from '../../../lib/cursor-query';
import { useFeed, useNetworkMutations } from '../api/network';
import { useFeedFilter } from '../hooks/use-feed-filter';
import { useNetworkLabels } from '../hooks/use-network-labels';
import type { NetworkAbilities } from '../../../lib/auth/utils/network-roles';
import { FeedFilters } from './feed-filters';
import { PostCard } from './post-card';

/** The shared feed with its filters, newest first; new posts are marked until the member marks them read. */
export const NetworkFeed = ({ tenant, abilities }: { tenant: string; abilities: NetworkAbilities }) => {
  const { t } = useTranslation();
  const labels = useNetworkLabels();
  const [filter, setFilter] = useFeedFilter();
  const feed = useFeed(filter);
  const { markRead } = useNetworkMutations();
  const items = itemsOf(feed);
  const unread = items.filter((item) => item.unread).length;
  if (labels.vocabulary.isPending) return <Loading />;
  if (labels.vocabulary.isError) return <ErrorAlert error={labels.vocabulary.error} onRetry={() => void labels.vocabulary.refetch()} />;
  return (
    <div className="network-layout">
      <FeedFilters filter={filter} vocabulary={labels.vocabulary.data} labels={labels} onChange={setFilter} />
      <section aria-label={t('network.feed.posts')}>
        <p className="button-row">
          {abilities.post && (
            <Link className="button" to={`/${tenant}/network/new`}>
              {t('network.feed.newPost')}
            </Link>
          )}
          <button type="button" className="button button--secondary" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate()}>
            {t('network.feed.markRead')}
          </button>
        </p>
        <PagedList
          query={feed}
          items={items}
          keyOf={(post) => post.id}
          className="network-feed"
          status={<p role="status">{items.length === 0 ? t('network.feed.empty') : t('network.feed.unreadCount', { count: unread })}</p>}
          renderItem={(post) => <PostCard post={post} tenant={tenant} labels={labels} />}
        />
      </section>
    </div>
  );
};
