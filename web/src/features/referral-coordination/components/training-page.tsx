import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLinkWorkerTraining } from '../api/coordination';

/** `/:tenant/coordination/link-workers/:userId`: one link worker's courses and mentoring, read-only. */
export const TrainingPage = () => {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const training = useLinkWorkerTraining(userId);
  const title = t('referralCoordination.training.title');
  return (
    <>
      <PageHeading documentTitle={[title]}>{title}</PageHeading>
      {training.isPending && <Loading />}
      {training.isError && <ErrorAlert error={training.error} onRetry={() => void training.refetch()} />}
      {training.isSuccess && (
        <>
          <h2>{t('referralCoordination.training.courses')}</h2>
          {training.data.record.courses.length === 0 ? (
            <p>{t('referralCoordination.training.none')}</p>
          ) : (
            <ul>
              {training.data.record.courses.map((course) => (
                <li key={`${course.title}-${course.completedOn}`}>
                  {[course.title, course.provider, course.completedOn, course.hours === undefined ? '' : t('referralCoordination.training.hours', { hours: course.hours })].filter(Boolean).join(' · ')}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('referralCoordination.training.mentoring')}</h2>
          {training.data.record.mentoring.length === 0 ? (
            <p>{t('referralCoordination.training.none')}</p>
          ) : (
            <ul>
              {training.data.record.mentoring.map((session) => (
                <li key={`${session.heldOn}-${session.topic ?? ''}`}>{[session.heldOn, session.mentor, session.topic].filter(Boolean).join(' · ')}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
};
