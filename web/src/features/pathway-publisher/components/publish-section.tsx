import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { describeApiError } from '../../../lib/api-errors';
import { apiErrorCode } from '../../../lib/trpc';
import type { usePublish } from '../api/publisher';
import { emptyText, type Text, trimText } from '../utils/content-editing';
import { IssueSummary } from './issue-summary';
import { type ErrorOf, TextFields } from './text-fields';

interface PublishSectionProps {
  pathwayId: string;
  draftVersion: number;
  /** Unsaved edits: publishing takes the saved draft, so they must be saved first. */
  dirty: boolean;
  publish: ReturnType<typeof usePublish>;
  requestId: string;
  errorOf: ErrorOf;
}

const PublishError = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const description = describeApiError(error);
  if (description.kind === 'badRequest' && description.issues.length > 0) return <IssueSummary title={t('pathwayPublisher.publish.missing')} issues={description.issues} />;
  if (apiErrorCode(error) === 'CONFLICT') return <Notice kind="warning">{t('pathwayPublisher.publish.conflict')}</Notice>;
  return <ErrorAlert error={error} title={t('pathwayPublisher.publish.failed')} />;
};

/** A change summary, then a confirmation, then the new version number or what stood in the way. */
export const PublishSection = ({ pathwayId, draftVersion, dirty, publish, requestId, errorOf }: PublishSectionProps) => {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<Text>(emptyText);
  const [confirming, setConfirming] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) return setConfirming(true);
    setConfirming(false);
    publish.mutate({ pathwayId, requestId, expectedVersion: draftVersion, changeSummary: trimText(summary) ?? { fi: '' } });
  };
  return (
    <section className="publisher-section" aria-labelledby="pp-publish-heading">
      <h2 id="pp-publish-heading">{t('pathwayPublisher.publish.heading')}</h2>
      <p>{t('pathwayPublisher.publish.intro')}</p>
      {publish.data && <Notice kind="info">{t('pathwayPublisher.publish.published', { number: publish.data.number })}</Notice>}
      {publish.error && <PublishError error={publish.error} />}
      <form onSubmit={submit} noValidate>
        <TextFields path="changeSummary" legend={t('pathwayPublisher.publish.changeSummary')} value={summary} maxLength={500} multiline errorOf={errorOf} onChange={setSummary} />
        {dirty && <p className="hint">{t('pathwayPublisher.publish.saveFirst')}</p>}
        {confirming ? (
          <div className="publisher-actions" role="group" aria-labelledby="pp-publish-question">
            <p id="pp-publish-question">{t('pathwayPublisher.publish.confirmQuestion', { version: draftVersion })}</p>
            <button type="submit" className="button" autoFocus>
              {t('pathwayPublisher.publish.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('pathwayPublisher.publish.cancel')}
            </button>
          </div>
        ) : (
          <button type="submit" className="button" disabled={dirty || publish.isPending}>
            {t('pathwayPublisher.publish.review')}
          </button>
        )}
      </form>
    </section>
  );
};
