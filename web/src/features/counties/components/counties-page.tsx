import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useTenantRoute } from '../../../app/routes/tenant-context';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLanguage, useLocalized } from '../../../i18n';
import { type County, useCounties } from '../api/counties';
import { useIdentityService } from '../hooks/use-identity-service';
import { type StatusChange, useStatusChange } from '../hooks/use-status-change';
import { possessiveCountyName } from '../utils/county-actions';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CountyTable, statusButtonId } from './county-table';
import type { OnboardedState } from './onboarding-form';
import { StatusChangeError } from './status-change-error';

/** What the last action did, to a county by its slug; `focus` when it happened on this page, so the notice is heard. */
type Outcome = { kind: 'onboarded'; slug: string; email: string; focus: false } | { kind: 'suspended' | 'reactivated'; slug: string; focus: true };

const onboardedOf = (state: unknown): Outcome | null => {
  const onboarded = (state as Partial<OnboardedState> | null)?.onboarded;
  return typeof onboarded?.slug === 'string' && typeof onboarded.email === 'string' ? { kind: 'onboarded', slug: onboarded.slug, email: onboarded.email, focus: false } : null;
};

const OutcomeNotice = ({ outcome, counties }: { outcome: Outcome; counties: readonly County[] }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome.focus) ref.current?.focus();
  }, [outcome]);
  const county = counties.find((candidate) => candidate.slug === outcome.slug);
  if (!county) return null;
  return (
    <div ref={ref} tabIndex={-1} className="county-outcome">
      <Notice kind="info">
        {outcome.kind === 'onboarded'
          ? t('counties.list.onboarded', { county: possessiveCountyName(county.name, language), email: outcome.email })
          : t(`counties.list.${outcome.kind}`, { county: localized(county.name) })}
      </Notice>
    </div>
  );
};

/** The list, with a confirmation before a suspension and a notice after each change. */
const CountyAdministration = ({ counties, listPath, reload }: { counties: readonly County[]; listPath: string; reload: () => void }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { state } = useLocation();
  const identity = useIdentityService();
  const statusChange = useStatusChange();
  const [outcome, setOutcome] = useState<Outcome | null>(() => onboardedOf(state));
  const [confirming, setConfirming] = useState<County | null>(null);
  const apply = async (county: County, action: StatusChange) => {
    setOutcome(null);
    const done = await statusChange.change(county, action);
    setConfirming(null);
    if (done) setOutcome({ kind: action === 'suspend' ? 'suspended' : 'reactivated', slug: county.slug, focus: true });
  };
  const request = (county: County, action: StatusChange) => (action === 'suspend' ? setConfirming(county) : void apply(county, action));
  const cancel = (county: County) => {
    setConfirming(null);
    document.getElementById(statusButtonId(county.slug, 'suspend'))?.focus();
  };
  return (
    <>
      {outcome && <OutcomeNotice outcome={outcome} counties={counties} />}
      {statusChange.error ? (
        <StatusChangeError
          error={statusChange.error}
          onReload={() => {
            statusChange.clearError();
            reload();
          }}
        />
      ) : null}
      {confirming && (
        <ConfirmDialog
          id="county-suspend"
          className="county-confirmation"
          danger
          question={t('counties.list.confirmSuspend', { county: localized(confirming.name) })}
          confirmLabel={t('counties.list.confirm')}
          cancelLabel={t('counties.list.cancel')}
          busy={statusChange.busy}
          onConfirm={() => void apply(confirming, 'suspend')}
          onCancel={() => cancel(confirming)}
        />
      )}
      {identity.providers.isError && <ErrorAlert error={identity.providers.error} onRetry={() => void identity.providers.refetch()} />}
      {identity.providers.isPending ? (
        <Loading />
      ) : (
        <CountyTable counties={counties} listPath={listPath} identityOf={identity.labelOf} busy={statusChange.busy} onChange={request} />
      )}
    </>
  );
};

/** `/:tenant/operator/counties`: every county, for the platform operator to onboard, suspend and reactivate. */
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
    </>
  );
};
