import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/ui/notice';
import type { NetworkPost } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';
import { practiceTextFields } from '../utils/post-form-values';
import { AuthorLine, TagList } from './post-card';

type Practice = Extract<NetworkPost['content'], { kind: 'practice' }>['practice'];
type Event = Extract<NetworkPost['content'], { kind: 'event' }>['event'];

const Facts = ({ rows }: { rows: { label: string; value: ReactNode }[] }) => (
  <dl className="facts">
    {rows.map((row) => (
      <div key={row.label} className="facts__row">
        <dt>{row.label}</dt>
        <dd>{row.value}</dd>
      </div>
    ))}
  </dl>
);

const PracticeFacts = ({ practice, labels }: { practice: Practice; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  const rows = [
    { label: t('network.practice.stage'), value: labels.stage(practice.stage) },
    ...practiceTextFields.flatMap((field) => (practice[field] ? [{ label: t(`network.practice.${field}`), value: practice[field] }] : [])),
    ...(practice.tools.length > 0 ? [{ label: t('network.practice.tools'), value: practice.tools.join(', ') }] : []),
  ];
  return (
    <section aria-labelledby="practice-heading">
      <h2 id="practice-heading">{t('network.form.practiceLegend')}</h2>
      <Facts rows={rows} />
      {practice.links.length > 0 && (
        <ul>
          {practice.links.map((link) => (
            <li key={link.url}>
              <a href={link.url}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

const EventFacts = ({ event, labels }: { event: Event; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  const rows = [
    { label: t('network.form.startsAt'), value: labels.date(event.startsAt) },
    ...(event.place ? [{ label: t('network.form.place'), value: event.place }] : []),
    ...(event.onlineUrl ? [{ label: t('network.form.onlineUrl'), value: <a href={event.onlineUrl}>{event.onlineUrl}</a> }] : []),
  ];
  return <Facts rows={rows} />;
};

/** The whole post; a hidden one says so, and why, to the author and moderators who still see it. */
export const PostDetails = ({ post, labels }: { post: NetworkPost; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  const { content } = post;
  return (
    <article className="network-post">
      {post.hidden && (
        <Notice kind="warning">
          <p>{t('network.post.hiddenNotice')}</p>
          {post.hiddenReason && <p>{t('network.post.hiddenReason', { reason: post.hiddenReason })}</p>}
        </Notice>
      )}
      <p className="network-card__kind">{labels.kind(content.kind)}</p>
      <AuthorLine author={post.author} at={post.createdAt} labels={labels} />
      <TagList tags={content.tags} labels={labels} />
      <p className="network-post__body">{content.body}</p>
      {content.kind === 'event' && <EventFacts event={content.event} labels={labels} />}
      {content.kind === 'practice' && <PracticeFacts practice={content.practice} labels={labels} />}
      <p>{t('network.post.counts', { useful: post.usefulCount, comments: post.commentCount })}</p>
    </article>
  );
};
