import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { type DraftListItem, useDrafts } from '../api/publisher';
import { useText } from '../utils/use-text';
import { NewDraftForm } from './new-draft-form';
import { usePublisherBase } from './publisher-layout';

const StatusBadge = ({ draft }: { draft: DraftListItem }) => {
  const { t } = useTranslation();
  const key = draft.publishedVersion === 0 ? 'neverPublished' : draft.hasUnpublishedChanges ? 'unpublishedChanges' : 'upToDate';
  return <span className="badge">{t(`pathwayPublisher.drafts.${key}`)}</span>;
};

/** Every pathway's draft, with what is published and whether the draft has moved on. */
export const DraftsPage = () => {
  const { t } = useTranslation();
  const text = useText();
  const base = usePublisherBase();
  const drafts = useDrafts();
  return (
    <>
      <PageHeading documentTitle={[t('pathwayPublisher.title')]}>{t('pathwayPublisher.title')}</PageHeading>
      {drafts.isPending && <Loading />}
      {drafts.error && <ErrorAlert error={drafts.error} onRetry={() => void drafts.refetch()} />}
      {drafts.data && drafts.data.items.length === 0 && <p>{t('pathwayPublisher.drafts.empty')}</p>}
      {drafts.data && drafts.data.items.length > 0 && (
        <DataTable
          id="pp-drafts"
          caption={t('pathwayPublisher.drafts.caption')}
          rows={drafts.data.items}
          rowKey={(draft) => draft.id}
          columns={[
            { key: 'title', header: t('pathwayPublisher.drafts.title'), cell: (draft) => <Link to={`${base}/${draft.id}`}>{text(draft.title)}</Link> },
            { key: 'target', header: t('pathwayPublisher.drafts.targetGroup'), cell: (draft) => t(`pathways.targetGroups.${draft.targetGroup}`) },
            { key: 'published', header: t('pathwayPublisher.drafts.publishedVersion'), cell: (draft) => (draft.publishedVersion === 0 ? '–' : draft.publishedVersion) },
            { key: 'status', header: t('pathwayPublisher.drafts.status'), cell: (draft) => <StatusBadge draft={draft} /> },
          ]}
        />
      )}
      <NewDraftForm />
    </>
  );
};
