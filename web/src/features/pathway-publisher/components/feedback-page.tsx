import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { FeedbackChart } from '../../../components/feedback-chart';
import { type NationalFeedback, useDraft, useNationalFeedback } from '../api/publisher';
import { useText } from '../utils/use-text';
import { PathwayTabs } from './pathway-tabs';

type Counts = NationalFeedback['totals'];

/** The three count columns every feedback table shares. */
const useCountColumns = <Row,>(countsOf: (row: Row) => Counts) => {
  const { t } = useTranslation();
  return (['helpful', 'notHelpful', 'views'] as const).map((key) => ({ key, header: t(`pathwayPublisher.feedback.${key}`), cell: (row: Row) => countsOf(row)[key] }));
};

/** `publisher/pathways/:pathwayId/feedback`: residents' feedback over the whole country, by stage and by county. */
export const FeedbackPage = () => {
  const { t } = useTranslation();
  const text = useText();
  const { pathwayId = '' } = useParams();
  const title = text(useDraft(pathwayId).data?.content.title) || pathwayId;
  const feedback = useNationalFeedback(pathwayId);
  const stageColumns = useCountColumns((row: NationalFeedback['stages'][number]) => row.counts);
  const countyColumns = useCountColumns((row: NationalFeedback['tenants'][number]) => row.counts);
  const totalColumns = useCountColumns((row: Counts) => row);
  const data = feedback.data;
  return (
    <>
      <PageHeading documentTitle={[title, t('pathwayPublisher.tabs.feedback')]}>{t('pathwayPublisher.feedback.heading', { title })}</PageHeading>
      <PathwayTabs pathwayId={pathwayId} />
      {feedback.isPending && <Loading />}
      {feedback.error && <ErrorAlert error={feedback.error} onRetry={() => void feedback.refetch()} />}
      {data && (
        <>
          <DataTable id="pp-totals" caption={t('pathwayPublisher.feedback.totals')} rows={[data.totals]} rowKey={() => 'totals'} columns={totalColumns} />
          <DataTable
            id="pp-stages"
            caption={t('pathwayPublisher.feedback.perStage')}
            rows={data.stages}
            rowKey={(row) => row.stageId}
            columns={[{ key: 'stage', header: t('pathwayPublisher.feedback.stage'), cell: (row) => text(row.title) }, ...stageColumns]}
          />
          {data.tenants.length === 0 ? (
            <p>{t('pathwayPublisher.feedback.empty')}</p>
          ) : (
            <>
              <FeedbackChart title={t('pathwayPublisher.feedback.perCountyChart')} rows={data.tenants.map((row) => ({ key: row.tenantId, label: row.tenantName, counts: row.counts }))} />
              <DataTable
                id="pp-counties"
                caption={t('pathwayPublisher.feedback.perCounty')}
                rows={data.tenants}
                rowKey={(row) => row.tenantId}
                columns={[{ key: 'county', header: t('pathwayPublisher.feedback.county'), cell: (row) => row.tenantName }, ...countyColumns]}
              />
            </>
          )}
        </>
      )}
    </>
  );
};
