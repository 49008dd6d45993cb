import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useTranslation } from 'react-i18next';
import { type StaffMember, useDeactivateStaff, useReactivateStaff, useResendInvitation } from '../api/staff';
import { useStaffChange } from '../hooks/use-staff-change';
import { StaffChangeOutcome } from './staff-change-outcome';

const deactivateButtonId = 'staff-deactivate';

/**
 * Whether the person gets in: deactivate (after a confirmation) or reactivate at the version shown,
 * and send an invitation again while they have not signed in. A button that goes away with the
 * change hands the focus to the section's heading.
 */
export const StaffAccessSection = ({ member, onReload }: { member: StaffMember; onReload: () => void }) => {
  const { t } = useTranslation();
  const deactivate = useDeactivateStaff();
  const reactivate = useReactivateStaff();
  const resend = useResendInvitation();
  const change = useStaffChange();
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const versioned = { userId: member.userId, expectedVersion: member.version };
  const name = member.displayName;
  const confirmDeactivation = async () => {
    const done = await change.run(() => deactivate.mutateAsync(versioned), t('staff.access.deactivated', { name }));
    setConfirming(false);
    if (done) heading.current?.focus();
  };
  const reactivateMember = async () => {
    if (await change.run(() => reactivate.mutateAsync(versioned), t('staff.access.reactivated', { name }))) heading.current?.focus();
  };
  const cancel = () => {
    setConfirming(false);
    document.getElementById(deactivateButtonId)?.focus();
  };
  const reload = () => {
    change.reset();
    onReload();
  };
  return (
    <section className="form-section" aria-labelledby="staff-access-heading">
      <h2 id="staff-access-heading" ref={heading} tabIndex={-1}>
        {t('staff.access.title')}
      </h2>
      <p>{t(`staff.access.about.${member.status}`)}</p>
      <div className="form-actions">
        {member.status === 'invited' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={change.busy}
            onClick={() => void change.run(() => resend.mutateAsync({ userId: member.userId }), t('staff.access.resent', { email: member.email ?? '' }))}
          >
            {t('staff.access.resend')}
          </button>
        )}
        {member.status === 'deactivated' ? (
          <button type="button" className="button" disabled={change.busy} onClick={() => void reactivateMember()}>
            {t('staff.access.reactivate')}
          </button>
        ) : (
          <button type="button" id={deactivateButtonId} className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('staff.access.deactivate')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          id="staff-deactivate"
          className="staff-confirmation"
          danger
          question={t('staff.access.confirmDeactivate', { name })}
          confirmLabel={t('staff.access.confirm')}
          cancelLabel={t('staff.access.cancel')}
          busy={change.busy}
          onConfirm={() => void confirmDeactivation()}
          onCancel={cancel}
        />
      )}
      <StaffChangeOutcome change={change} failedTitle={t('staff.access.failed')} onReload={reload} />
    </section>
  );
};
