import { useTranslation } from 'react-i18next';
import type { EditableActivity } from '../../api/listings';
import { StatusBadge } from './status-badge';

/** Above the form: the listing's status, and what the editor should know before changing it. */
export const ListingStatusNotice = ({ activity, isCoordinator }: { activity: EditableActivity; isCoordinator: boolean }) => {
  const { t } = useTranslation();
  const proposal = activity.status === 'published' && activity.awaitingModeration;
  return (
    <div className="status-notice">
      <p>
        {t('catalog.editor.statusLabel')} <StatusBadge status={activity.status} />
      </p>
      {proposal && <p className="flag flag--info">{t('catalog.editor.editingProposal')}</p>}
      {activity.status === 'published' && !proposal && (
        <p className="flag flag--info">{isCoordinator ? t('catalog.editor.publishedEditNoticeCoordinator') : t('catalog.editor.publishedEditNotice')}</p>
      )}
      {activity.status === 'pending' && <p className="flag flag--info">{t('catalog.editor.pendingNotice')}</p>}
      {activity.rejectionReason && (activity.status === 'rejected' || activity.status === 'published') && (
        <p className="flag flag--error">
          {activity.status === 'rejected' ? t('catalog.editor.rejectedBecause') : t('catalog.editor.proposalRejectedBecause')} {activity.rejectionReason}
        </p>
      )}
    </div>
  );
};
