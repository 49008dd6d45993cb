import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { TextField } from '../../../components/ui/form-fields';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useDownloadReportCsv, useReferralReport } from '../api/coordination';
import { monthOf } from '../utils/report-rows';
import { ReferralReport } from './referral-report';
import { SurveySummary } from './survey-summary';

/** The county's referral report for a window of months (the last 12 by default), with a CSV download. */
export const ReportsPage = () => {
  const { t } = useTranslation();
  const [window, setWindow] = useState(() => ({ fromMonth: monthOf(new Date(), 11), toMonth: monthOf(new Date(), 0) }));
  const [draft, setDraft] = useState(window);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const report = useReferralReport(window);
  const download = useDownloadReportCsv();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setWindow(draft);
  };
  const title = t('referralCoordination.reports.title');
  return (
    <>
      <PageHeading documentTitle={[title]}>{title}</PageHeading>
      <form onSubmit={submit} className="report-window">
        <TextField
          id="report-from"
          type="month"
          label={t('referralCoordination.reports.fromMonth')}
          value={draft.fromMonth}
          onChange={(event) => setDraft({ ...draft, fromMonth: event.target.value })}
          required
        />
        <TextField
          id="report-to"
          type="month"
          label={t('referralCoordination.reports.toMonth')}
          value={draft.toMonth}
          onChange={(event) => setDraft({ ...draft, toMonth: event.target.value })}
          required
        />
        <button type="submit" className="button">
          {t('referralCoordination.reports.show')}
        </button>
        <button type="button" className="button" onClick={() => void download(window).then(() => setDownloadError(null), setDownloadError)}>
          {t('referralCoordination.reports.csv')}
        </button>
      </form>
      {downloadError !== null && <ErrorAlert error={downloadError} />}
      {report.isPending && <Loading />}
      {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.isSuccess && <ReferralReport report={report.data} />}
      <SurveySummary />
    </>
  );
};
