import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useVocabularies } from '../../lib/vocabularies';
import { ModerationQueue } from '../../features/catalog/components/moderation/moderation-queue';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

/** `/:tenant/editor/moderation`: the coordinator's queue of new listings and proposed changes. */
export const ModerationRoute = () => {
  const { t } = useTranslation();
  const { tenant, isCoordinator } = useEditorRoute();
  const localized = useLocalized();
  const vocabularies = useVocabularies();
  return (
    <>
      <PageHeading documentTitle={[t('editor.moderationTitle'), localized(tenant.name)]}>{t('editor.moderationTitle')}</PageHeading>
      {!isCoordinator && <p>{t('editor.coordinatorsOnly')}</p>}
      {isCoordinator && vocabularies.isPending && <Loading />}
      {isCoordinator && vocabularies.isError && <ErrorAlert error={vocabularies.error} onRetry={() => void vocabularies.refetch()} />}
      {isCoordinator && vocabularies.data && <ModerationQueue tenant={tenant.slug} vocabularies={vocabularies.data} />}
    </>
  );
};
