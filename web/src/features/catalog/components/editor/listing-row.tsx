import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../../components/ui/notice';
import { type Listing, type ListingAction, useReloadListings, useTransitionActivity, useVerifyActivity } from '../../api/listings';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { MutationError } from '../../../../components/ui/mutation-error';
import { StatusBadge } from './status-badge';

interface ListingRowProps {
  listing: Listing;
  tenant: string;
  isCoordinator: boolean;
}

type RowAction = { key: string; label: string; steps: ListingAction[] };

/** The moderation actions a listing offers in its status; "publish" is a coordinator's submit and approve in one. */
const useRowActions = (listing: Listing, isCoordinator: boolean): RowAction[] => {
  const { t } = useTranslation();
  const actions: RowAction[] = [];
  if (listing.status === 'draft' || listing.status === 'rejected') {
    actions.push(isCoordinator ? { key: 'publish', label: t('catalog.editor.publish'), steps: ['submit', 'approve'] } : { key: 'submit', label: t('catalog.editor.submit'), steps: ['submit'] });
  }
  if (listing.status === 'pending' && isCoordinator) actions.push({ key: 'approve', label: t('catalog.editor.publish'), steps: ['approve'] });
  if (listing.status === 'archived') actions.push({ key: 'restore', label: t('catalog.editor.restore'), steps: ['restore'] });
  else actions.push({ key: 'archive', label: t('catalog.editor.archive'), steps: ['archive'] });
  return actions;
};

/** One listing in the editor's list: status, what needs attention, and what can be done with it. */
export const ListingRow = ({ listing, tenant, isCoordinator }: ListingRowProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const transition = useTransitionActivity();
  const verify = useVerifyActivity();
  const reloadListings = useReloadListings();
  const actions = useRowActions(listing, isCoordinator);
  const busy = transition.isPending || verify.isPending;
  const title = format.text(listing.content.title);
  const run = async (steps: ListingAction[]) => {
    verify.reset();
    let version = listing.version;
    for (const action of steps) version = (await transition.mutateAsync({ id: listing.id, expectedVersion: version, action })).version;
  };
  const error = transition.error ?? verify.error;
  const headingId = `listing-${listing.id}`;
  return (
    <article className="listing-row" aria-labelledby={headingId}>
      <div className="listing-row__head">
        <h3 id={headingId} lang={title.lang}>
          {title.text}
        </h3>
        <StatusBadge status={listing.status} />
      </div>
      <p className="listing-row__meta">
        <span lang="fi">{listing.content.municipality}</span> · {t('catalog.editor.updated', { date: format.date(listing.updatedAt) })}
      </p>
      {listing.status === 'published' && listing.awaitingModeration && <p className="flag flag--info">{t('catalog.editor.proposalPending')}</p>}
      {listing.status === 'pending' && <p className="flag flag--info">{t('catalog.editor.pendingNotice')}</p>}
      {listing.rejectionReason && (listing.status === 'rejected' || listing.status === 'published') && (
        <p className="flag flag--error">
          {listing.status === 'rejected' ? t('catalog.editor.rejectedBecause') : t('catalog.editor.proposalRejectedBecause')} {listing.rejectionReason}
        </p>
      )}
      {listing.needsVerification && listing.status !== 'archived' && (
        <div className="flag flag--warning">
          <p>{t('catalog.editor.needsVerification', { date: format.date(listing.lastVerifiedAt) })}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={() => {
              transition.reset();
              verify.mutate({ id: listing.id, expectedVersion: listing.version });
            }}
            aria-label={`${t('catalog.editor.verify')}: ${title.text}`}
          >
            {t('catalog.editor.verify')}
          </button>
        </div>
      )}
      {verify.isSuccess && <Notice kind="info">{t('catalog.editor.verified')}</Notice>}
      {error && (
        <MutationError
          error={error}
          onReload={() => {
            transition.reset();
            verify.reset();
            void reloadListings();
          }}
        />
      )}
      <div className="listing-row__actions">
        <Link className="button button--small" to={`/${tenant}/editor/activities/${listing.id}`} aria-label={`${t('catalog.editor.edit')}: ${title.text}`}>
          {t('catalog.editor.edit')}
        </Link>
        {listing.status === 'published' && (
          <Link className="button button--secondary button--small" to={`/${tenant}/activities/${listing.id}`} aria-label={`${t('catalog.editor.viewPublic')}: ${title.text}`}>
            {t('catalog.editor.viewPublic')}
          </Link>
        )}
        {actions.map((action) => (
          <button
            key={action.key}
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={() => void run(action.steps).catch(() => undefined)}
            aria-label={`${action.label}: ${title.text}`}
          >
            {action.label}
          </button>
        ))}
      </div>
    </article>
  );
};
