import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { apiErrorReason } from '../../../lib/trpc';
import { PageHeading } from '../../../components/ui/page-heading';
import { type RegistrationStatus, useVerifyRegistration } from '../api/associations';
import { registerPath } from '../utils/association-paths';
import { isInvalidLinkError, type VerificationLink } from '../utils/verification-link';

interface VerifyPageProps {
  tenant: string;
  /** The county's name, for the document title. */
  tenantName: string;
  /** The link's parts, or null when the address lacks them. */
  link: VerificationLink | null;
}

/** What came of the confirmation; it takes the focus when it answers the button, so it is heard at once. */
const Outcome = ({ kind, title, focus = true, children }: { kind: 'success' | 'error'; title: string; focus?: boolean; children: ReactNode }) => {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div className={`alert alert--${kind} association-outcome`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="alert__body">
        <h2 ref={ref} tabIndex={-1}>
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
};

const InvalidLink = ({ tenant, focus }: { tenant: string; focus: boolean }) => {
  const { t } = useTranslation();
  return (
    <Outcome kind="error" title={t('associations.verify.invalidTitle')} focus={focus}>
      <p>{t('associations.verify.invalidBody')}</p>
      <p>
        <Link to={registerPath(tenant)}>{t('associations.verify.again')}</Link>
      </p>
    </Outcome>
  );
};

/** Another registration of the same association already waits for the county's decision. */
const AlreadyWaiting = () => {
  const { t } = useTranslation();
  return (
    <Outcome kind="error" title={t('associations.verify.alreadyOpenTitle')}>
      <p>{t('associations.verify.alreadyOpenBody')}</p>
    </Outcome>
  );
};

const Verified = ({ status, alreadyVerified }: { status: RegistrationStatus; alreadyVerified: boolean }) => {
  const { t } = useTranslation();
  return (
    <Outcome kind="success" title={alreadyVerified ? t('associations.verify.alreadyTitle') : t('associations.verify.doneTitle')}>
      <p>{t(`associations.verify.status.${status}`)}</p>
    </Outcome>
  );
};

/**
 * `/:tenant/associations/verify?registration=…&token=…`: the contact person confirms their address
 * with a press of a button. Opening the page confirms nothing, as mail programs open links to
 * scan them.
 */
export const VerifyPage = ({ tenant, tenantName, link }: VerifyPageProps) => {
  const { t } = useTranslation();
  const verify = useVerifyRegistration();
  const title = t('associations.verify.title');
  const confirm = () => {
    if (link && !verify.isPending) verify.mutate(link);
  };
  const invalid = !link || isInvalidLinkError(verify.error);
  const alreadyWaiting = apiErrorReason(verify.error) === 'RegistrationAlreadyOpenError';
  return (
    <>
      <PageHeading documentTitle={[title, tenantName]}>{title}</PageHeading>
      {invalid && <InvalidLink tenant={tenant} focus={link !== null} />}
      {verify.data && <Verified status={verify.data.status} alreadyVerified={verify.data.alreadyVerified} />}
      {alreadyWaiting && <AlreadyWaiting />}
      {!invalid && !alreadyWaiting && !verify.data && (
        <>
          <p className="lead">{t('associations.verify.intro')}</p>
          {verify.isError && <ErrorAlert error={verify.error} title={t('associations.verify.failed')} />}
          <p>
            <button type="button" className="button" onClick={confirm} disabled={verify.isPending} aria-busy={verify.isPending}>
              {verify.isPending ? t('associations.verify.confirming') : t('associations.verify.confirm')}
            </button>
          </p>
        </>
      )}
    </>
  );
};
