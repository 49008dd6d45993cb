import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextAreaField } from '../../../../components/ui/form-fields';
import { useReloadListings, useTransitionActivity } from '../../api/listings';
import type { ModerationItem as Item } from '../../api/moderation';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { type ContentField, useContentFields } from '../../hooks/use-content-fields';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { MutationError } from '../../../../components/ui/mutation-error';

interface ModerationItemProps {
  item: Item;
  tenant: string;
  organisationName: string;
  vocabularies: Vocabularies;
  /** Called once the request is decided and leaves the queue. */
  onDecided: () => void;
}

/** A new listing in brief: every field that has something in it. */
const Summary = ({ fields, content }: { fields: ContentField[]; content: Item['activity']['content'] }) => (
  <dl className="details details--compact">
    {fields
      .filter((field) => field.show(content))
      .map((field) => (
        <div key={field.key} className="details__row">
          <dt>{field.label}</dt>
          <dd>{field.show(content)}</dd>
        </div>
      ))}
  </dl>
);

/** A proposed change: only the fields it changes, as they are now and as proposed. */
const Changes = ({ fields, before, after }: { fields: ContentField[]; before: Item['activity']['content']; after: Item['activity']['content'] }) => {
  const { t } = useTranslation();
  const changed = fields.filter((field) => field.show(before) !== field.show(after));
  if (changed.length === 0) return <p>{t('catalog.moderation.noChanges')}</p>;
  return (
    <dl className="changes">
      {changed.map((field) => (
        <div key={field.key} className="changes__field">
          <dt>{field.label}</dt>
          <dd>
            <p className="changes__before">
              <span className="changes__label">{t('catalog.moderation.before')}</span> {field.show(before) || '–'}
            </p>
            <p className="changes__after">
              <span className="changes__label">{t('catalog.moderation.after')}</span> {field.show(after) || '–'}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
};

/** One request in the queue: what it is, and approve or reject (with the reason the editor will read). */
export const ModerationItem = ({ item, tenant, organisationName, vocabularies, onDecided }: ModerationItemProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const fields = useContentFields(vocabularies);
  const transition = useTransitionActivity();
  const reload = useReloadListings();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { activity, request } = item;
  const proposed = request.proposed;
  const title = format.text(proposed?.title ?? activity.content.title);
  const approveLabel = proposed ? t('catalog.moderation.approveProposal') : t('catalog.moderation.approve');
  const headingId = `moderation-${activity.id}`;
  const reasonId = `reject-reason-${activity.id}`;
  const act = (action: 'approve' | 'reject', why?: string) =>
    transition.mutate({ id: activity.id, expectedVersion: activity.version, action, ...(why ? { reason: why } : {}) }, { onSuccess: onDecided });
  const reject = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setReasonError(t('catalog.moderation.reasonMissing'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setReasonError(undefined);
    act('reject', reason.trim());
  };
  return (
    <article className="moderation-item" aria-labelledby={headingId}>
      <p className="moderation-item__kind">{proposed ? t('catalog.moderation.kindProposal') : t('catalog.moderation.kindNew')}</p>
      <h2 id={headingId} lang={title.lang}>
        {title.text}
      </h2>
      <p className="listing-row__meta">
        {organisationName} · <span lang="fi">{activity.content.municipality}</span> · {t('catalog.moderation.submittedAt', { date: format.moment(request.submittedAt) })}
      </p>
      {proposed ? <Changes fields={fields} before={activity.content} after={proposed} /> : <Summary fields={fields} content={activity.content} />}
      <p>
        <Link to={`/${tenant}/editor/activities/${activity.id}`} aria-label={`${t('catalog.moderation.openListing')}: ${title.text}`}>
          {t('catalog.moderation.openListing')}
        </Link>
      </p>
      {transition.error && <MutationError error={transition.error} onReload={() => void reload().then(() => transition.reset())} />}
      {!rejecting ? (
        <div className="form-actions">
          <button type="button" className="button" disabled={transition.isPending} onClick={() => act('approve')} aria-label={`${approveLabel}: ${title.text}`}>
            {approveLabel}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={transition.isPending}
            onClick={() => {
              setRejecting(true);
              requestAnimationFrame(() => document.getElementById(reasonId)?.focus());
            }}
            aria-label={`${t('catalog.moderation.reject')}: ${title.text}`}
          >
            {t('catalog.moderation.reject')}
          </button>
        </div>
      ) : (
        <form className="reject-form" onSubmit={reject} noValidate>
          <TextAreaField
            id={reasonId}
            label={t('catalog.moderation.reason')}
            hint={t('catalog.moderation.reasonHint')}
            value={reason}
            error={reasonError}
            required
            rows={3}
            maxLength={1000}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button button--danger" disabled={transition.isPending}>
              {t('catalog.moderation.confirmReject')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRejecting(false)}>
              {t('catalog.moderation.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
};
