import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { PageHeading } from '../../../components/ui/page-heading';
import { describeApiError } from '../../../lib/api-errors';
import { type Draft, useDraft, usePublish, useSaveDraft } from '../api/publisher';
import { contentForSave } from '../utils/content-editing';
import { issuesByPath } from '../utils/issue-paths';
import { useText } from '../utils/use-text';
import { DraftForm } from './draft-form';
import { PathwayPreview } from './pathway-preview';
import { PathwayTabs } from './pathway-tabs';
import { PublishSection } from './publish-section';
import { SaveError } from './save-error';

const issuesOf = (error: unknown) => {
  const description = error ? describeApiError(error) : null;
  return description?.kind === 'badRequest' ? description.issues : [];
};

interface WorkspaceProps {
  draft: Draft;
  reload: () => void;
  /** Held by the page, so their outcome outlives the copy a new version replaces. */
  save: ReturnType<typeof useSaveDraft>;
  publish: ReturnType<typeof usePublish>;
  requestId: string;
}

/** The editable copy of one saved draft version; a new version (saved, reloaded) starts a fresh copy. */
const DraftWorkspace = ({ draft, reload, save, publish, requestId }: WorkspaceProps) => {
  const { t } = useTranslation();
  const [content, setContent] = useState(draft.content);
  const [previewOpen, setPreviewOpen] = useState(false);
  const issues = issuesByPath([...issuesOf(save.error), ...issuesOf(publish.error)]);
  const errorOf = (path: string) => issues.get(path);
  const dirty = JSON.stringify(content) !== JSON.stringify(draft.content);
  const onSave = () => save.mutate({ pathwayId: draft.id, expectedVersion: draft.version, content: contentForSave(content) });
  return (
    <>
      <p>{t('pathwayPublisher.editor.draftVersion', { version: draft.version, published: draft.publishedVersion })}</p>
      {save.data && !dirty && <Notice kind="info">{t('pathwayPublisher.editor.saved', { version: save.data.version })}</Notice>}
      {save.error && <SaveError error={save.error} onReload={reload} />}
      {dirty && (
        <p className="hint" role="status">
          {t('pathwayPublisher.editor.unsaved')}
        </p>
      )}
      <DraftForm content={content} onChange={setContent} onSave={onSave} saving={save.isPending} errorOf={errorOf} />
      <div className="publisher-section">
        <button type="button" className="button button--secondary" aria-expanded={previewOpen} aria-controls="pp-preview" onClick={() => setPreviewOpen(!previewOpen)}>
          {previewOpen ? t('pathwayPublisher.preview.hide') : t('pathwayPublisher.preview.show')}
        </button>
        <div id="pp-preview">{previewOpen && <PathwayPreview content={content} />}</div>
      </div>
      <PublishSection pathwayId={draft.id} draftVersion={draft.version} dirty={dirty} publish={publish} requestId={requestId} errorOf={errorOf} />
    </>
  );
};

/** `publisher/pathways/:pathwayId`: edit, preview and publish one pathway's draft. */
export const DraftEditorPage = () => {
  const { t } = useTranslation();
  const text = useText();
  const { pathwayId = '' } = useParams();
  const draft = useDraft(pathwayId);
  const save = useSaveDraft();
  // One id per publish form: a retry returns the same version; a publish that went through starts a new form.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const publish = usePublish({ onPublished: () => setRequestId(crypto.randomUUID()) });
  const title = draft.data ? text(draft.data.content.title) : '';
  return (
    <>
      <PageHeading documentTitle={[title, t('pathwayPublisher.title')]}>{t('pathwayPublisher.editor.heading', { title })}</PageHeading>
      <PathwayTabs pathwayId={pathwayId} />
      {draft.isPending && <Loading />}
      {draft.error && <ErrorAlert error={draft.error} onRetry={() => void draft.refetch()} />}
      {draft.data && <DraftWorkspace key={`${draft.data.id}:${draft.data.version}`} draft={draft.data} reload={() => void draft.refetch()} save={save} publish={publish} requestId={requestId} />}
    </>
  );
};
