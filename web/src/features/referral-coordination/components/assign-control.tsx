import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { SelectField } from '../../../components/ui/form-fields';
import { Notice } from '../../../components/ui/notice';
import { apiErrorCode } from '../../../lib/trpc';
import { type LinkWorkerSummary, useAssignReferral, useLinkWorkers } from '../api/coordination';

const isFull = (worker: LinkWorkerSummary) => worker.activeCount >= worker.profile.capacity;

/** Picks a link worker with capacity for one referral; a conflict (changed or full meanwhile) reloads the data. */
export const AssignControl = ({ referral, label, onAssigned }: { referral: { id: string; version: number }; label: string; onAssigned?: () => void }) => {
  const { t } = useTranslation();
  const id = useId();
  const workers = useLinkWorkers();
  const assign = useAssignReferral();
  const [linkWorkerId, setLinkWorkerId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (linkWorkerId) assign.mutate({ id: referral.id, expectedVersion: referral.version, linkWorkerId }, { onSuccess: onAssigned });
  };
  if (workers.isError) return <ErrorAlert error={workers.error} onRetry={() => void workers.refetch()} />;
  return (
    <form onSubmit={submit} className="assign-control">
      <SelectField id={`${id}-worker`} label={label} value={linkWorkerId} onChange={(event) => setLinkWorkerId(event.target.value)} required>
        <option value="">{t('referralCoordination.assign.choose')}</option>
        {(workers.data ?? []).map((worker) => (
          <option key={worker.userId} value={worker.userId} disabled={isFull(worker)}>
            {t('referralCoordination.assign.option', {
              name: worker.profile.displayName,
              municipalities: worker.profile.municipalities.join(', '),
              active: worker.activeCount,
              capacity: worker.profile.capacity,
            })}
            {isFull(worker) ? ` – ${t('referralCoordination.assign.full')}` : ''}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" disabled={assign.isPending || !workers.isSuccess}>
        {t('referralCoordination.assign.submit')}
      </button>
      {assign.isSuccess && <Notice kind="info">{t('referralCoordination.assign.done')}</Notice>}
      {assign.isError && (apiErrorCode(assign.error) === 'CONFLICT' ? <Notice kind="warning">{t('referralCoordination.assign.conflict')}</Notice> : <ErrorAlert error={assign.error} />)}
    </form>
  );
};
