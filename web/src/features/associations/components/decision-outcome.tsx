import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictAlert } from '../../../components/ui/conflict-alert';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { decisionRefusalOf } from '../utils/decision-refusal';

interface DecisionOutcomeProps {
  tenant: string;
  /** The association just approved, and the organisation it now is. */
  approved: { name: string; organisationId: string } | null;
  /** The address a rejection's reason just went to. */
  rejectedTo: string | null;
  error: unknown;
  onReload: () => void;
}

/** A box that takes the focus when it appears, as the buttons pressed are gone or far above. */
const Focused = ({ children }: { children: ReactNode }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="association-outcome">
      {children}
    </div>
  );
};

/**
 * What came of a decision: done (with the way to the new organisation); refused because the
 * registration changed meanwhile (reload) or its contact person's access has ended; or failed.
 */
export const DecisionOutcome = ({ tenant, approved, rejectedTo, error, onReload }: DecisionOutcomeProps) => {
  const { t } = useTranslation();
  const refusal = decisionRefusalOf(error);
  if (refusal === 'stale') {
    return (
      <div className="association-outcome">
        <ConflictAlert error={error} title={t('associations.decision.staleTitle')} body={t('associations.decision.staleBody')} reloadLabel={t('associations.decision.reload')} onReload={onReload} />
      </div>
    );
  }
  if (refusal === 'contactDeactivated') {
    return (
      <Focused>
        <Notice kind="warning">{t('associations.decision.contactDeactivated')}</Notice>
      </Focused>
    );
  }
  if (error) {
    return (
      <Focused>
        <ErrorAlert error={error} title={t('associations.decision.failed')} />
      </Focused>
    );
  }
  if (approved) {
    return (
      <Focused>
        <Notice kind="info">
          <p>{t('associations.decision.approved', { name: approved.name })}</p>
          <p>
            <Link to={`/${tenant}/editor/organisations/${encodeURIComponent(approved.organisationId)}`}>{t('associations.detail.openOrganisation')}</Link>
          </p>
        </Notice>
      </Focused>
    );
  }
  if (rejectedTo) {
    return (
      <Focused>
        <Notice kind="info">{t('associations.decision.rejected', { email: rejectedTo })}</Notice>
      </Focused>
    );
  }
  return null;
};
