import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useHistory } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';

/** Earlier versions of the post, read only when the member opens them. */
export const PostHistory = ({ postId, labels }: { postId: string; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useHistory(postId, open);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('network.history.title')}</summary>
      {history.isPending && open && <Loading />}
      {history.isError && <ErrorAlert error={history.error} />}
      {history.data && history.data.items.length === 0 && <p>{t('network.history.none')}</p>}
      <ol className="network-history">
        {history.data?.items.map((revision) => (
          <li key={revision.revision}>
            <p>{t('network.history.revision', { revision: revision.revision, date: labels.date(revision.savedAt), by: revision.savedBy })}</p>
            <p>
              <strong>{revision.content.title}</strong>
            </p>
            <p>{revision.content.body}</p>
          </li>
        ))}
      </ol>
    </details>
  );
};
