import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { TextAreaField } from '../../../components/ui/form-fields';
import { type NetworkPost, useNetworkMutations } from '../api/network';
import type { NetworkAbilities } from '../../../lib/auth/utils/network-roles';

/** A short reason, asked for both by a report and by hiding. */
const ReasonForm = ({ id, label, submitLabel, onSubmit, busy }: { id: string; label: string; submitLabel: string; onSubmit: (reason: string) => void; busy: boolean }) => {
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(reason);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextAreaField id={id} label={label} rows={2} required value={reason} onChange={(event) => setReason(event.target.value)} />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
};

/** Useful mark, report, edit for authors, and hide or show again for moderators. */
export const PostActions = ({ post, tenant, abilities }: { post: NetworkPost; tenant: string; abilities: NetworkAbilities }) => {
  const { t } = useTranslation();
  const { markUseful, report, hide, unhide } = useNetworkMutations();
  const failed = [markUseful, report, hide, unhide].find((mutation) => mutation.isError);
  return (
    <section className="network-actions" aria-label={t('network.post.actions')}>
      {failed && <ErrorAlert error={failed.error} />}
      <p className="button-row">
        {abilities.post && (
          <button type="button" className="button button--secondary" disabled={markUseful.isPending} onClick={() => markUseful.mutate({ postId: post.id })}>
            {t('network.post.markUseful')}
          </button>
        )}
        {post.canEdit && (
          <Link className="button button--secondary" to={`/${tenant}/network/posts/${post.id}/edit`}>
            {t('network.post.edit')}
          </Link>
        )}
      </p>
      {markUseful.isSuccess && <Notice kind="info">{t(markUseful.data.duplicate ? 'network.post.alreadyUseful' : 'network.post.markedUseful')}</Notice>}
      {report.isSuccess ? (
        <Notice kind="info">{t('network.post.reported')}</Notice>
      ) : (
        <details>
          <summary>{t('network.post.report')}</summary>
          <ReasonForm
            id="report-reason"
            label={t('network.post.reportReason')}
            submitLabel={t('network.post.sendReport')}
            busy={report.isPending}
            onSubmit={(reason) => report.mutate({ postId: post.id, reason })}
          />
        </details>
      )}
      {post.canModerate && post.hidden && (
        <button type="button" className="button button--secondary" disabled={unhide.isPending} onClick={() => unhide.mutate({ postId: post.id })}>
          {t('network.moderation.unhide')}
        </button>
      )}
      {post.canModerate && !post.hidden && (
        <ReasonForm
          id="hide-reason"
          label={t('network.moderation.hideReason')}
          submitLabel={t('network.moderation.hide')}
          busy={hide.isPending}
          onSubmit={(reason) => hide.mutate({ postId: post.id, reason })}
        />
      )}
    </section>
  );
};
