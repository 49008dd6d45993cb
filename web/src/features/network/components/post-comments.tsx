import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { TextAreaField } from '../../../components/ui/form-fields';
import { PagedList } from '../../../components/ui/paged-list';
import { itemsOf } from '../../../lib/cursor-query';
import { useComments, useNetworkMutations } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';
import { AuthorLine } from './post-card';

const CommentForm = ({ postId }: { postId: string }) => {
  const { t } = useTranslation();
  const { comment } = useNetworkMutations();
  const [body, setBody] = useState('');
  // One request id per comment being written, so a retried send adds it once.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    comment.mutate(
      { postId, requestId, body },
      {
        onSuccess: () => {
          setBody('');
          setRequestId(crypto.randomUUID());
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {comment.isError && <ErrorAlert error={comment.error} />}
      <TextAreaField id="comment-body" label={t('network.comments.write')} rows={3} required value={body} onChange={(event) => setBody(event.target.value)} />
      <button type="submit" className="button" disabled={comment.isPending}>
        {t('network.comments.send')}
      </button>
    </form>
  );
};

export const PostComments = ({ postId, canComment, labels }: { postId: string; canComment: boolean; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  const comments = useComments(postId);
  const items = itemsOf(comments);
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('network.comments.title')}</h2>
      <PagedList
        query={comments}
        items={items}
        keyOf={(item) => item.id}
        className="network-comments"
        status={items.length === 0 ? <p>{t('network.comments.none')}</p> : null}
        renderItem={(item) => (
          <div className="network-comment">
            <AuthorLine author={item.author} at={item.createdAt} labels={labels} />
            <p>{item.body}</p>
          </div>
        )}
      />
      {canComment && <CommentForm postId={postId} />}
    </section>
  );
};
