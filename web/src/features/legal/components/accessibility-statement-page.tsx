import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLanguage, useLocalized } from '../../../i18n';
import type { Tenant } from '../../../lib/tenants';
import { useAccessibilityStatement } from '../api/legal';
import { formatDay } from '../utils/legal-dates';
import { ControllerDetails } from './controller-details';
import { FeedbackForm } from './feedback-form';
import { LegalText } from './legal-text';

/** The supervisory authority is the same for every county (Act 306/2019, section 17), so it is never edited. */
const SupervisoryAuthority = () => {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="authority-heading">
      <h2 id="authority-heading">{t('legal.statement.authorityHeading')}</h2>
      <p>{t('legal.statement.authorityText')}</p>
      <address className="legal-address">
        {t('legal.statement.authorityName')}
        <br />
        <a href={`https://www.${t('legal.statement.authorityWeb')}`}>{t('legal.statement.authorityWeb')}</a>
        <br />
        <a href={`mailto:${t('legal.statement.authorityEmail')}`}>{t('legal.statement.authorityEmail')}</a>
        <br />
        {t('legal.statement.authorityPhone')}
      </address>
    </section>
  );
};

/** `/:tenant/accessibility`: the county's accessibility statement and its feedback form, for anyone. */
export const AccessibilityStatementPage = ({ tenant }: { tenant: Tenant }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  const read = useAccessibilityStatement();
  const heading = t('legal.statement.title');
  return (
    <>
      <PageHeading documentTitle={[heading, localized(tenant.name)]}>{heading}</PageHeading>
      {read.isPending && <Loading />}
      {read.isError && <ErrorAlert error={read.error} onRetry={() => void read.refetch()} />}
      {read.data && (
        <div className="legal-page">
          <p className="lead">{t('legal.statement.intro', { county: localized(read.data.county) })}</p>
          <section className="section" aria-labelledby="status-heading">
            <h2 id="status-heading">{t('legal.statement.status')}</h2>
            <p>{t(`legal.statement.conformance.${read.data.statement.conformance}`)}</p>
          </section>
          <section className="section" aria-labelledby="scope-heading">
            <h2 id="scope-heading">{t('legal.statement.scope')}</h2>
            <LegalText text={localized(read.data.statement.scope)} />
          </section>
          <section className="section" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{t('legal.statement.knownGaps')}</h2>
            <LegalText text={localized(read.data.statement.knownGaps)} />
          </section>
          <dl className="details">
            <div className="details__row">
              <dt>{t('legal.statement.preparedOn')}</dt>
              <dd>{formatDay(read.data.statement.preparedOn, language)}</dd>
            </div>
            {read.data.statement.reviewedOn && (
              <div className="details__row">
                <dt>{t('legal.statement.reviewedOn')}</dt>
                <dd>{formatDay(read.data.statement.reviewedOn, language)}</dd>
              </div>
            )}
          </dl>
          <ControllerDetails county={read.data.county} contact={read.data.contact} headingId="contact-heading" heading={t('legal.statement.feedbackHeading')} />
          <p>{t('legal.statement.feedbackText')}</p>
          <FeedbackForm retentionDays={read.data.feedback.retentionDays} />
          <SupervisoryAuthority />
        </div>
      )}
    </>
  );
};
