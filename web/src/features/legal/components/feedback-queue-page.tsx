import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { PageHeading } from '../../../components/ui/page-heading';
import { PagedList } from '../../../components/ui/paged-list';
import { useLanguage, useLocalized } from '../../../i18n';
import { itemsOf } from '../../../lib/cursor-query';
import { apiErrorCode } from '../../../lib/trpc';
import type { Tenant } from '../../../lib/tenants';
import { type ReceivedFeedback, useFeedbackQueue, useMarkFeedbackAnswered } from '../api/legal';
import { formatDay } from '../utils/legal-dates';

const statusOf = (feedback: ReceivedFeedback) => (feedback.overdue ? 'overdue' : feedback.status);

const FeedbackCard = ({ feedback, onReload }: { feedback: ReceivedFeedback; onReload: () => void }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const markAnswered = useMarkFeedbackAnswered();
  const headingId = `feedback-${feedback.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const status = statusOf(feedback);
  return (
    <article className={`feedback-card feedback-card--${status}`} aria-labelledby={headingId}>
      <div className="feedback-card__head">
        <h2 id={headingId} className="feedback-card__title">
          {feedback.location}
        </h2>
        <span className={`legal-status legal-status--${status}`}>{t(`legal.queue.status.${status}`)}</span>
      </div>
      <p className="feedback-card__problem">{feedback.problem}</p>
      <dl className="details details--compact">
        <div className="details__row">
          <dt>{t('legal.queue.received')}</dt>
          <dd>{formatDay(feedback.receivedAt, language)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('legal.queue.due')}</dt>
          <dd className={feedback.overdue ? 'feedback-card__overdue' : undefined}>{formatDay(feedback.dueOn, language)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('legal.queue.email')}</dt>
          <dd>{feedback.email ? <a href={`mailto:${feedback.email}`}>{feedback.email}</a> : t('legal.queue.anonymous')}</dd>
        </div>
      </dl>
      {feedback.status === 'answered' && feedback.answeredAt && <p className="hint">{t('legal.queue.answeredAt', { date: formatDay(feedback.answeredAt, language) })}</p>}
      {markAnswered.error &&
        (apiErrorCode(markAnswered.error) === 'CONFLICT' ? (
          <Notice kind="warning">
            <p>{t('legal.queue.conflict')}</p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                markAnswered.reset();
                onReload();
              }}
            >
              {t('legal.queue.reload')}
            </button>
          </Notice>
        ) : (
          <ErrorAlert error={markAnswered.error} />
        ))}
      {feedback.status === 'new' && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={markAnswered.isPending}
          onClick={() => markAnswered.mutate({ id: feedback.id, expectedVersion: feedback.version })}
          aria-describedby={headingId}
        >
          {t('legal.queue.markAnswered')}
        </button>
      )}
    </article>
  );
};

/** `/:tenant/accessibility/feedback`: the county's accessibility feedback, newest first, with the 14-day due dates. */
export const FeedbackQueuePage = ({ tenant }: { tenant: Tenant }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queue = useFeedbackQueue();
  const heading = t('legal.queue.title');
  const items = itemsOf(queue);
  const waiting = items.filter((item) => item.status === 'new').length;
  const overdue = items.filter((item) => item.overdue).length;
  const retentionDays = queue.data?.pages[0]?.retentionDays;
  return (
    <>
      <PageHeading documentTitle={[heading, localized(tenant.name)]}>{heading}</PageHeading>
      {retentionDays !== undefined && <p>{t('legal.queue.intro', { count: retentionDays })}</p>}
      <PagedList
        query={queue}
        items={items}
        keyOf={(feedback) => feedback.id}
        renderItem={(feedback) => <FeedbackCard feedback={feedback} onReload={() => void queue.refetch()} />}
        className="feedback-list"
        status={<p role="status">{items.length === 0 ? t('legal.queue.empty') : t('legal.queue.waiting', { count: waiting, overdue })}</p>}
      />
    </>
  );
};
