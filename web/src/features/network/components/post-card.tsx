import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkPost } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';

/** Who wrote it, where, and when: the author block every post and comment carries. */
export const AuthorLine = ({ author, at, labels }: { author: NetworkPost['author']; at: string; labels: NetworkLabels }) => (
  <p className="network-author">
    <span>{author.displayName}</span>
    {author.organisation && <span>, {author.organisation}</span>}
    <span> · {labels.region(author.region)}</span>
    <span>
      {' '}
      · <time dateTime={at}>{labels.date(at)}</time>
    </span>
  </p>
);

export const TagList = ({ tags, labels }: { tags: readonly string[]; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  return (
    <ul role="list" className="badges" aria-label={t('network.post.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="badge">
          {labels.tag(tag)}
        </li>
      ))}
    </ul>
  );
};

/** A post in the feed: kind, title, author block, tags, counts, and whether it is new to the member. */
export const PostCard = ({ post, tenant, labels }: { post: NetworkPost; tenant: string; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  return (
    <article className="result-card network-card" aria-labelledby={`post-${post.id}`}>
      <p className="network-card__kind">
        {labels.kind(post.content.kind)}
        {post.unread && <strong className="badge badge--new">{t('network.feed.unread')}</strong>}
        {post.hidden && <strong className="badge badge--warning">{t('network.post.hiddenBadge')}</strong>}
      </p>
      <h3 className="result-card__title" id={`post-${post.id}`}>
        <Link to={`/${tenant}/network/posts/${post.id}`}>{post.content.title}</Link>
      </h3>
      <AuthorLine author={post.author} at={post.createdAt} labels={labels} />
      <TagList tags={post.content.tags} labels={labels} />
      <p className="network-card__counts">{t('network.post.counts', { useful: post.usefulCount, comments: post.commentCount })}</p>
    </article>
  );
};
