import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../components/ui/data-table';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { Loading } from '../../../../components/ui/loading';
import { PageHeading } from '../../../../components/ui/page-heading';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { type CountyFeedback, usePathwayTitle, useCountyFeedback } from '../../api/pathways';
import { pathwayPaths } from '../../utils/pathway-links';
import { FeedbackChart } from '../../../../components/feedback-chart';

type Comment = CountyFeedback['comments']['items'][number];

/** `/:tenant/pathways/:pathwayId/feedback`: the county's own anonymous feedback and view counts. */
export const CountyFeedbackPage = ({ tenant, pathwayId }: { tenant: string; pathwayId: string }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const feedback = useCountyFeedback(pathwayId);
  const pathwayTitle = usePathwayTitle(pathwayId);
  const data = feedback.data;
  const stageTitle = (stageId: string) => {
    const stage = data?.stages.find((candidate) => candidate.stageId === stageId);
    return stage ? format.text(stage.title).text : stageId;
  };
  const commentColumns = [
    { key: 'stage', header: t('pathways.feedbackView.stage'), cell: (row: Comment) => stageTitle(row.stageId) },
    { key: 'helpful', header: t('pathways.feedbackView.answer'), cell: (row: Comment) => (row.helpful ? t('pathways.feedback.yes') : t('pathways.feedback.no')) },
    { key: 'comment', header: t('pathways.feedbackView.comment'), cell: (row: Comment) => row.comment },
    { key: 'date', header: t('pathways.feedbackView.date'), cell: (row: Comment) => format.date(row.createdAt) },
  ];
  return (
    <>
      <p>
        <Link to={pathwayPaths(tenant, pathwayId).page}>{t('pathways.local.back', { title: pathwayTitle })}</Link>
      </p>
      <PageHeading documentTitle={[t('pathways.feedbackView.title'), pathwayTitle]}>{t('pathways.feedbackView.heading', { title: pathwayTitle })}</PageHeading>
      <p className="lead">{t('pathways.feedbackView.lead')}</p>
      {feedback.isPending && <Loading />}
      {feedback.error && <ErrorAlert error={feedback.error} onRetry={() => void feedback.refetch()} />}
      {data && (
        <>
          <p>{t('pathways.feedbackView.rowSummary', data.totals)}</p>
          <FeedbackChart title={t('pathways.feedbackView.perStage')} rows={data.stages.map((stage) => ({ key: stage.stageId, label: format.text(stage.title).text, counts: stage.counts }))} />
          {data.comments.items.length === 0 ? (
            <p>{t('pathways.feedbackView.noComments')}</p>
          ) : (
            <DataTable
              id="pathway-comments"
              caption={t('pathways.feedbackView.comments')}
              rows={data.comments.items}
              rowKey={(row) => `${row.stageId}-${row.createdAt}-${row.comment}`}
              columns={commentColumns}
            />
          )}
        </>
      )}
    </>
  );
};
