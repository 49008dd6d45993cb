import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { apiErrorCode } from '../../../lib/trpc';
import { type QueueItem, useLinkWorkMutations, useReferralQueue } from '../api/link-work';
import { type LinkWorkLabels, useLinkWorkLabels } from '../hooks/use-link-work-labels';

const QueueCard = ({ item, labels, taking, onTake }: { item: QueueItem; labels: LinkWorkLabels; taking: boolean; onTake: () => void }) => {
  const { t } = useTranslation();
  const waitingSince = labels.date(item.requestedAt ?? item.createdAt);
  const facts = [
    [t('linkWork.queue.municipality'), item.municipality],
    [t('linkWork.queue.needs'), item.needs.map(labels.need).join(', ')],
    [t('linkWork.queue.language'), item.language ? labels.language(item.language) : '–'],
    [t('linkWork.queue.unit'), labels.unit(item.typeId, item.unitId)],
    [t('linkWork.queue.waitingSince'), waitingSince],
  ] as const;
  return (
    <li className="link-work__card">
      <h3>{labels.type(item.typeId)}</h3>
      <dl className="link-work__facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" disabled={taking} aria-label={t('linkWork.queue.takeLabel', { municipality: item.municipality, date: waitingSince })} onClick={onTake}>
        {t('linkWork.queue.take')}
      </button>
    </li>
  );
};

/** Requested referrals of my municipalities; taking one makes it mine and opens it. */
export const ReferralQueue = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const labels = useLinkWorkLabels();
  const queue = useReferralQueue();
  const { take } = useLinkWorkMutations();
  const navigate = useNavigate();
  const [conflict, setConflict] = useState(false);
  const onTake = (item: QueueItem) => {
    setConflict(false);
    take.mutate(
      { id: item.id, expectedVersion: item.version },
      { onSuccess: (referral) => void navigate(`/${tenant}/referrals/${referral.id}`), onError: (error) => setConflict(apiErrorCode(error) === 'CONFLICT') },
    );
  };
  return (
    <section aria-labelledby="link-work-queue" className="link-work__section">
      <h2 id="link-work-queue">{t('linkWork.queue.title')}</h2>
      <p className="hint">{t('linkWork.queue.hint')}</p>
      {conflict && <Notice kind="warning">{t('linkWork.queue.conflict')}</Notice>}
      {take.isError && !conflict && <ErrorAlert error={take.error} />}
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data?.items.length === 0 && <p>{t('linkWork.queue.empty')}</p>}
      {queue.data && queue.data.items.length > 0 && (
        <ul role="list" className="link-work__cards">
          {queue.data.items.map((item) => (
            <QueueCard key={item.id} item={item} labels={labels} taking={take.isPending} onTake={() => onTake(item)} />
          ))}
        </ul>
      )}
    </section>
  );
};
