import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { type NetworkPost, type PostContent, useNetworkMutations, usePost } from '../../features/network/api/network';
import { PostActions } from '../../features/network/components/post-actions';
import { PostComments } from '../../features/network/components/post-comments';
import { PostDetails } from '../../features/network/components/post-details';
import { PostForm } from '../../features/network/components/post-form';
import { PostHistory } from '../../features/network/components/post-history';
import { useNetworkLabels } from '../../features/network/hooks/use-network-labels';
import { emptyPostFormValues, valuesOf } from '../../features/network/utils/post-form-values';
import { useNetworkRoute } from './network-layout.route';

const usePostId = () => useParams().postId ?? '';

/** Loads the post for a page, showing loading and errors, then renders `children` with it. */
const WithPost = ({ children }: { children: (post: NetworkPost) => ReactNode }) => {
  const post = usePost(usePostId());
  if (post.isPending) return <Loading />;
  if (post.isError) return <ErrorAlert error={post.error} onRetry={() => void post.refetch()} />;
  return <>{children(post.data)}</>;
};

/** `/:tenant/network/posts/:postId`: the post, its comments, its history, and what the member may do with it. */
export const NetworkPostRoute = () => {
  const { t } = useTranslation();
  const { tenant, abilities } = useNetworkRoute();
  const labels = useNetworkLabels();
  return (
    <WithPost>
      {(post) => (
        <>
          <PageHeading documentTitle={[post.content.title, t('network.title')]}>{post.content.title}</PageHeading>
          <PostDetails post={post} labels={labels} />
          <PostActions post={post} tenant={tenant.slug} abilities={abilities} />
          <PostHistory postId={post.id} labels={labels} />
          <PostComments postId={post.id} canComment={abilities.post} labels={labels} />
        </>
      )}
    </WithPost>
  );
};

/** `/:tenant/network/new`: a new post of any kind; one request id per form, so a retried save posts once. */
export const NewNetworkPostRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useNetworkRoute();
  const labels = useNetworkLabels();
  const navigate = useNavigate();
  const { create } = useNetworkMutations();
  const [requestId] = useState(() => crypto.randomUUID());
  const save = (content: PostContent) => create.mutate({ requestId, content }, { onSuccess: ({ post }) => void navigate(`/${tenant.slug}/network/posts/${post.id}`) });
  return (
    <>
      <PageHeading documentTitle={[t('network.form.newTitle'), t('network.title')]}>{t('network.form.newTitle')}</PageHeading>
      {create.isError && <ErrorAlert error={create.error} title={t('network.form.saveFailed')} />}
      {labels.vocabulary.data ? (
        <PostForm initial={emptyPostFormValues()} kindFixed={false} vocabulary={labels.vocabulary.data} labels={labels} busy={create.isPending} onSubmit={save} />
      ) : (
        <Loading />
      )}
    </>
  );
};

/** `/:tenant/network/posts/:postId/edit`: the authors' edit, refused if someone saved in between. */
export const EditNetworkPostRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useNetworkRoute();
  const labels = useNetworkLabels();
  const navigate = useNavigate();
  const { update } = useNetworkMutations();
  return (
    <WithPost>
      {(post) => (
        <>
          <PageHeading documentTitle={[t('network.form.editTitle'), t('network.title')]}>{t('network.form.editTitle')}</PageHeading>
          {update.isError && <ErrorAlert error={update.error} title={t('network.form.saveFailed')} />}
          {labels.vocabulary.data ? (
            <PostForm
              initial={valuesOf(post.content)}
              kindFixed
              vocabulary={labels.vocabulary.data}
              labels={labels}
              busy={update.isPending}
              onSubmit={(content) => update.mutate({ postId: post.id, expectedVersion: post.version, content }, { onSuccess: () => void navigate(`/${tenant.slug}/network/posts/${post.id}`) })}
            />
          ) : (
            <Loading />
          )}
        </>
      )}
    </WithPost>
  );
};
