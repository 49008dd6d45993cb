import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/ui/conflict-alert';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import type { StaffChange } from '../hooks/use-staff-change';
import { staffRefusalOf } from '../utils/staff-refusal';

interface StaffChangeOutcomeProps {
  change: Pick<StaffChange, 'done' | 'error'>;
  /** Said above the API's own words when the failure is none of the refusals the page explains. */
  failedTitle: string;
  /** Reads the person again (after a change made meanwhile). */
  onReload: () => void;
}

/**
 * What came of a change, beside the button pressed: done; refused by a rule the user can act on
 * (their own access, the last coordinator, a change made meanwhile with a reload); or failed.
 * A refusal takes the focus, so it is heard at once.
 */
export const StaffChangeOutcome = ({ change, failedTitle, onReload }: StaffChangeOutcomeProps) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const refusal = staffRefusalOf(change.error);
  useEffect(() => {
    if (refusal) ref.current?.focus();
  }, [refusal, change.error]);
  if (refusal === 'stale') {
    return <ConflictAlert error={change.error} title={t('staff.refusals.staleTitle')} body={t('staff.refusals.staleBody')} reloadLabel={t('staff.refusals.reload')} onReload={onReload} />;
  }
  if (refusal) {
    return (
      <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
        <div className="alert__body">
          <p>{t(`staff.refusals.${refusal}`)}</p>
        </div>
      </div>
    );
  }
  if (change.error) return <ErrorAlert error={change.error} title={failedTitle} />;
  return change.done ? <Notice kind="info">{change.done}</Notice> : null;
};
