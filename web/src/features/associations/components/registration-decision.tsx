import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextAreaField } from '../../../components/ui/form-fields';
import { useLanguage } from '../../../i18n';
import { type AssociationRegistration, type RegistrationMatch, useApproveRegistration, useRejectRegistration } from '../api/associations';
import { organisationNameIn } from '../utils/organisation-name';
import { DecisionOutcome } from './decision-outcome';
import { approveIntoButtonId, RegistrationMatches } from './registration-matches';

/** The decision waiting for the coordinator's yes: approval as a new organisation or into a match, or rejection. */
type Choice = { kind: 'new' } | { kind: 'existing'; match: RegistrationMatch } | { kind: 'reject' };

const approveNewButtonId = 'association-approve-new';
const rejectButtonId = 'association-reject';
const reasonId = 'association-reject-reason';
const reasonLength = { min: 5, max: 1000 };

interface RegistrationDecisionProps {
  tenant: string;
  registration: AssociationRegistration;
  matches: readonly RegistrationMatch[];
  /** Reads the registration again (after a change made meanwhile). */
  onReload: () => void;
}

/**
 * Approve or reject a waiting registration at the version shown, each after a confirmation; a
 * rejection asks for the reason the applicant is sent. A decided registration shows its status,
 * and what the decision just made did.
 */
export const RegistrationDecision = ({ tenant, registration, matches, onReload }: RegistrationDecisionProps) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const approve = useApproveRegistration();
  const reject = useRejectRegistration();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const busy = approve.isPending || reject.isPending;
  const name = registration.name.fi;
  const versioned = { id: registration.id, expectedVersion: registration.version };
  const nameOf = (match: RegistrationMatch) => organisationNameIn(match.name, language);

  const open = (next: Choice) => {
    approve.reset();
    reject.reset();
    setReasonError(undefined);
    setChoice(next);
  };
  const cancel = () => {
    const opener = choice?.kind === 'existing' ? approveIntoButtonId(choice.match.organisationId) : choice?.kind === 'reject' ? rejectButtonId : approveNewButtonId;
    setChoice(null);
    document.getElementById(opener)?.focus();
  };
  const confirm = () => {
    if (!choice) return;
    if (choice.kind !== 'reject') {
      approve.mutate(choice.kind === 'existing' ? { ...versioned, existingOrganisationId: choice.match.organisationId } : versioned, { onSettled: () => setChoice(null) });
      return;
    }
    const trimmed = reason.trim();
    if (trimmed.length < reasonLength.min || trimmed.length > reasonLength.max) {
      setReasonError(t('associations.decision.reasonMissing'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    reject.mutate({ ...versioned, reason: trimmed }, { onSettled: () => setChoice(null) });
  };
  const question =
    choice?.kind === 'reject'
      ? t('associations.decision.confirmReject', { name, email: registration.contactEmail })
      : choice?.kind === 'existing'
        ? t('associations.decision.confirmExisting', { organisation: nameOf(choice.match).text, contact: registration.contactName })
        : t('associations.decision.confirmNew', { name, contact: registration.contactName });

  return (
    <section className="form-section association-decision" aria-labelledby="association-decision-heading">
      <h2 id="association-decision-heading">{t('associations.decision.title')}</h2>
      {registration.status === 'pending' ? (
        <>
          <p>{t('associations.decision.intro')}</p>
          <RegistrationMatches matches={matches} nameOf={nameOf} busy={busy} onApproveInto={(match) => open({ kind: 'existing', match })} />
          <div className="form-actions">
            <button type="button" id={approveNewButtonId} className="button" disabled={busy} onClick={() => open({ kind: 'new' })}>
              {t('associations.decision.approveNew')}
            </button>
            <button type="button" id={rejectButtonId} className="button button--secondary" disabled={busy} onClick={() => open({ kind: 'reject' })}>
              {t('associations.decision.reject')}
            </button>
          </div>
        </>
      ) : (
        <p>{t(`associations.decision.closed.${registration.status}`)}</p>
      )}
      {choice && (
        <ConfirmDialog
          id="association-decision"
          className="association-confirmation"
          danger={choice.kind === 'reject'}
          question={question}
          confirmLabel={choice.kind === 'reject' ? t('associations.decision.confirmRejectButton') : t('associations.decision.confirmApprove')}
          cancelLabel={t('associations.decision.cancel')}
          busy={busy}
          onConfirm={confirm}
          onCancel={cancel}
        >
          {choice.kind === 'reject' && (
            <TextAreaField
              id={reasonId}
              label={t('associations.decision.reason')}
              hint={t('associations.decision.reasonHint')}
              value={reason}
              error={reasonError}
              required
              rows={4}
              maxLength={reasonLength.max}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </ConfirmDialog>
      )}
      <DecisionOutcome
        tenant={tenant}
        approved={approve.data ? { name, organisationId: approve.data.organisationId } : null}
        rejectedTo={reject.data ? registration.contactEmail : null}
        error={approve.error ?? reject.error}
        onReload={() => {
          approve.reset();
          reject.reset();
          onReload();
        }}
      />
    </section>
  );
};
