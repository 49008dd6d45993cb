import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { type ClientSummary, useClientSummary } from '../../../lib/referrals';

const dateIn = (language: ClientSummary['language'], iso: string) =>
  new Intl.DateTimeFormat({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language], { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(new Date(iso));

/** The sheet itself, all in the client's language (the server's texts), whatever the UI language is. */
const Sheet = ({ summary }: { summary: ClientSummary }) => {
  const { texts } = summary;
  return (
    <article className="client-summary" lang={summary.language}>
      <PageHeading documentTitle={[texts.title]}>{texts.title}</PageHeading>
      <p className="client-summary__name">
        <strong>{summary.clientName}</strong> · {dateIn(summary.language, summary.createdAt)}
      </p>
      <p>{texts.intro}</p>
      <h2>{texts.needsHeading}</h2>
      <ul>
        {summary.needs.map((need) => (
          <li key={need.code}>{need.label}</li>
        ))}
      </ul>
      <h2>{texts.activitiesHeading}</h2>
      {summary.activities.length === 0 ? (
        <p>{texts.noActivities}</p>
      ) : (
        <ul>
          {summary.activities.map((activity) => (
            <li key={activity.id}>
              {activity.title} ({activity.municipality})
            </li>
          ))}
        </ul>
      )}
      <h2>{texts.linkWorkerHeading}</h2>
      <p>{summary.linkWorkerWanted ? texts.linkWorkerWillCall : texts.noLinkWorker}</p>
      <h2>{texts.referrerHeading}</h2>
      <p>
        {summary.referrerName}
        <br />
        {summary.unitName} · {summary.typeName}
      </p>
      <p className="client-summary__privacy">{texts.privacy}</p>
    </article>
  );
};

/** The printable client summary with a print button and a way back; the page chrome stays off the paper. */
export const ClientSummaryPage = ({ tenant, id }: { tenant: string; id: string }) => {
  const { t } = useTranslation();
  const summary = useClientSummary(id);
  return (
    <>
      <div className="client-summary__tools no-print">
        <Link to={`/${tenant}/referrals/${id}`}>{t('referrals.summary.back')}</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('referrals.summary.print')}
        </button>
      </div>
      {summary.isPending && <Loading />}
      {summary.isError && <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.data && <Sheet summary={summary.data} />}
    </>
  );
};
