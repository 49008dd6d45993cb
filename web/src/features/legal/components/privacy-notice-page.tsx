import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLocalized } from '../../../i18n';
import type { Tenant } from '../../../lib/tenants';
import { type PrivacyNotice, type PrivacyRegister, privacyRegisters, usePrivacyNotice } from '../api/legal';
import { ControllerDetails } from './controller-details';
import { LegalText } from './legal-text';

/** The notice's edited sections in the order GDPR Art. 13 lists them. */
const sections: ReadonlyArray<keyof PrivacyNotice> = ['purpose', 'legalBasis', 'data', 'recipients', 'retention'];

/** `/:tenant/privacy/:register`: one register's privacy notice, for anyone. */
export const PrivacyNoticePage = ({ tenant, register }: { tenant: Tenant; register: PrivacyRegister }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const read = usePrivacyNotice(register);
  const heading = t('legal.notice.title', { register: t(`legal.registers.${register}`) });
  return (
    <>
      <PageHeading documentTitle={[heading, localized(tenant.name)]}>{heading}</PageHeading>
      {read.isPending && <Loading />}
      {read.isError && <ErrorAlert error={read.error} onRetry={() => void read.refetch()} />}
      {read.data && (
        <div className="legal-page">
          <p className="lead">{t('legal.notice.intro')}</p>
          <ControllerDetails county={read.data.county} contact={read.data.contact} withProcessor headingId="controller-heading" heading={t('legal.controller.heading')} />
          {sections.map((section) => (
            <section key={section} className="section" aria-labelledby={`notice-${section}`}>
              <h2 id={`notice-${section}`}>{t(`legal.notice.${section}`)}</h2>
              <LegalText text={localized(read.data.notice[section])} />
            </section>
          ))}
          <section className="section" aria-labelledby="notice-rights">
            <h2 id="notice-rights">{t('legal.notice.rightsHeading')}</h2>
            <p>{t('legal.notice.rights')}</p>
            <p>{t('legal.notice.complaint')}</p>
          </section>
          <nav aria-labelledby="notice-others" className="section">
            <h2 id="notice-others">{t('legal.notice.others')}</h2>
            <ul>
              {privacyRegisters
                .filter((other) => other !== register)
                .map((other) => (
                  <li key={other}>
                    <Link to={`/${tenant.slug}/privacy/${other}`}>{t(`legal.registers.${other}`)}</Link>
                  </li>
                ))}
            </ul>
          </nav>
        </div>
      )}
    </>
  );
};
