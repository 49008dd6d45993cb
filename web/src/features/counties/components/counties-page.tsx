import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useTenantRoute } from '../../../lib/tenant-route';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { PageHeading } from '../../../components/ui/page-heading';
import { type LocalizedText, useLanguage, useLocalized } from '../../../i18n';
import { type County, useCounties } from '../api/counties';
import { useExportDownload } from '../hooks/use-export-download';
import { useIdentityService } from '../hooks/use-identity-service';
import { isTypedStatusChange, type StatusChange, type TypedStatusChange, useStatusChange } from '../hooks/use-status-change';
import { possessiveCountyName } from '../utils/county-actions';
import { CountyTable, statusButtonId } from './county-table';
import type { OnboardedState } from './onboarding-form';
import { StatusChangeError } from './status-change-error';
import { TypedConfirmation } from './typed-confirmation';
import { UsageSection } from './usage-table';

/** What the last action did, to a county by its slug; `focus` when it happened on this page, so the notice is heard. */
type Outcome = { kind: 'onboarded'; slug: string; email: string; focus: false } | { kind: StatusChange; slug: string; focus: true };

/** A change the operator confirms first: with a yes, or (offboarding, deletion) by typing the county's identifier. */
type Confirming = { county: County; action: 'suspend' | 'cancelOffboarding' | TypedStatusChange };

const onboardedOf = (state: unknown): Outcome | null => {
  const onboarded = (state as Partial<OnboardedState> | null)?.onboarded;
  return typeof onboarded?.slug === 'string' && typeof onboarded.email === 'string' ? { kind: 'onboarded', slug: onboarded.slug, email: onboarded.email, focus: false } : null;
};

/** The notice of an outcome; Finnish names the county in the genitive where it owns what changed. */
const useOutcomeText = () => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  return (outcome: Outcome, name: LocalizedText): string => {
    const county = localized(name);
    const owner = possessiveCountyName(name, language);
    switch (outcome.kind) {
      case 'onboarded':
        return t('counties.list.onboarded', { county: owner, email: outcome.email });
      case 'suspend':
        return t('counties.list.suspended', { county });
      case 'reactivate':
        return t('counties.list.reactivated', { county });
      case 'offboard':
        return t('counties.offboarding.started', { county });
      case 'cancelOffboarding':
        return t('counties.offboarding.cancelled', { county: owner });
      case 'confirmDeletion':
        return t('counties.offboarding.confirmed', { county: owner });
    }
  };
};

const OutcomeNotice = ({ outcome, counties }: { outcome: Outcome; counties: readonly County[] }) => {
  const textOf = useOutcomeText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome.focus) ref.current?.focus();
  }, [outcome]);
  const county = counties.find((candidate) => candidate.slug === outcome.slug);
  if (!county) return null;
  return (
    <div ref={ref} tabIndex={-1} className="county-outcome">
      <Notice kind="info">{textOf(outcome, county.name)}</Notice>
    </div>
  );
};

interface ConfirmationProps {
  confirming: Confirming;
  statusChange: ReturnType<typeof useStatusChange>;
  onConfirm: (confirmation?: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** The question before a change: a yes for a suspension or for keeping a leaving county, the typed identifier for an offboarding or a deletion. */
const Confirmation = ({ confirming: { county, action }, statusChange, onConfirm, onCancel, onReload }: ConfirmationProps) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  if (isTypedStatusChange(action)) {
    return <TypedConfirmation county={county} action={action} busy={statusChange.busy} error={statusChange.error} onConfirm={onConfirm} onCancel={onCancel} onReload={onReload} />;
  }
  const suspending = action === 'suspend';
  return (
    <ConfirmDialog
      id={`county-${action}`}
      className="county-confirmation"
      danger={suspending}
      question={
        suspending ? t('counties.list.confirmSuspend', { county: localized(county.name) }) : t('counties.offboarding.cancelDialog.question', { county: possessiveCountyName(county.name, language) })
      }
      confirmLabel={suspending ? t('counties.list.confirm') : t('counties.offboarding.cancelDialog.confirm')}
      cancelLabel={t('counties.list.cancel')}
      busy={statusChange.busy}
      onConfirm={() => onConfirm()}
      onCancel={onCancel}
    />
  );
};

/** The list, with a confirmation before each change that takes something away or gives it back, and a notice after each change. */
const CountyAdministration = ({ counties, listPath, reload }: { counties: readonly County[]; listPath: string; reload: () => void }) => {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const identity = useIdentityService();
  const statusChange = useStatusChange();
  const exports = useExportDownload(reload);
  const [outcome, setOutcome] = useState<Outcome | null>(() => onboardedOf(state));
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const apply = async (county: County, action: StatusChange, confirmation?: string) => {
    setOutcome(null);
    const done = await statusChange.change(county, action, confirmation);
    // A typed confirmation stays open when refused, to show why beside what was typed.
    if (done || !isTypedStatusChange(action)) setConfirming(null);
    if (done) setOutcome({ kind: action, slug: county.slug, focus: true });
  };
  const request = (county: County, action: StatusChange) => {
    statusChange.clearError();
    if (action === 'reactivate') void apply(county, action);
    else setConfirming({ county, action });
  };
  const cancel = ({ county, action }: Confirming) => {
    setConfirming(null);
    statusChange.clearError();
    document.getElementById(statusButtonId(county.slug, action))?.focus();
  };
  const reloadAfter = (clear: () => void) => () => {
    clear();
    setConfirming(null);
    reload();
  };
  return (
    <>
      {outcome && <OutcomeNotice outcome={outcome} counties={counties} />}
      {statusChange.error && !confirming ? <StatusChangeError error={statusChange.error} onReload={reloadAfter(statusChange.clearError)} /> : null}
      {exports.error ? <StatusChangeError error={exports.error} title={t('counties.offboarding.export.failed')} onReload={reloadAfter(exports.clearError)} /> : null}
      {confirming && (
        <Confirmation
          key={`${confirming.action}-${confirming.county.slug}`}
          confirming={confirming}
          statusChange={statusChange}
          onConfirm={(confirmation) => void apply(confirming.county, confirming.action, confirmation)}
          onCancel={() => cancel(confirming)}
          onReload={reloadAfter(statusChange.clearError)}
        />
      )}
      {identity.providers.isError && <ErrorAlert error={identity.providers.error} onRetry={() => void identity.providers.refetch()} />}
      {identity.providers.isPending ? <Loading /> : <CountyTable counties={counties} listPath={listPath} identityOf={identity.labelOf} busy={statusChange.busy} onChange={request} exports={exports} />}
    </>
  );
};

/** `/:tenant/operator/counties`: every county, for the platform operator to onboard, suspend, reactivate and offboard. */
export const CountiesPage = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const counties = useCounties();
  const title = t('counties.list.title');
  return (
    <>
      <PageHeading documentTitle={[title]}>{title}</PageHeading>
      <p>{t('counties.list.intro')}</p>
      {counties.isPending && <Loading />}
      {counties.isError && <ErrorAlert error={counties.error} onRetry={() => void counties.refetch()} />}
      {counties.data && <CountyAdministration counties={counties.data} listPath={`/${tenant.slug}/operator/counties`} reload={() => void counties.refetch()} />}
      <UsageSection />
    </>
  );
};
