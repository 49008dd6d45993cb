import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { useMyOrganisations } from '../../features/catalog/api/organisations';
import { useVocabularies, type Vocabularies } from '../../lib/vocabularies';
import { EditOrganisationEditor, NewOrganisationEditor } from '../../features/catalog/components/organisations/organisation-editor';
import { OrganisationEditors } from '../../features/catalog/components/organisations/organisation-editors';
import { OrganisationRegister } from '../../features/catalog/components/organisations/organisation-register';
import { useListingFormat } from '../../lib/use-listing-format';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

/** The page's heading, and its content for coordinators once the vocabularies have come; others are told whose page it is. */
const CoordinatorPage = ({ title, back, children }: { title: string; back?: boolean; children: (vocabularies: Vocabularies) => ReactNode }) => {
  const { t } = useTranslation();
  const { tenant, isCoordinator } = useEditorRoute();
  const localized = useLocalized();
  const vocabularies = useVocabularies();
  return (
    <>
      {back && (
        <p className="back-link">
          <Link to={`/${tenant.slug}/editor/organisations`}>{t('organisations.register.back')}</Link>
        </p>
      )}
      <PageHeading documentTitle={[title, localized(tenant.name)]}>{title}</PageHeading>
      {!isCoordinator && <p>{t('organisations.register.coordinatorsOnly')}</p>}
      {isCoordinator && vocabularies.isPending && <Loading />}
      {isCoordinator && vocabularies.isError && <ErrorAlert error={vocabularies.error} onRetry={() => void vocabularies.refetch()} />}
      {isCoordinator && vocabularies.data && children(vocabularies.data)}
    </>
  );
};

/** `/:tenant/editor/organisations`: the county's organisations (coordinators). */
export const OrganisationRegisterRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useEditorRoute();
  return (
    <CoordinatorPage title={t('organisations.register.title')}>
      {(vocabularies) => (
        <>
          <p>{t('organisations.register.intro')}</p>
          <p>
            <Link className="button" to={`/${tenant.slug}/editor/organisations/new`}>
              {t('organisations.register.new')}
            </Link>
          </p>
          <OrganisationRegister tenant={tenant.slug} vocabularies={vocabularies} />
        </>
      )}
    </CoordinatorPage>
  );
};

/** `/:tenant/editor/organisations/new`: a new organisation (coordinators). */
export const NewOrganisationRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useEditorRoute();
  return (
    <CoordinatorPage title={t('organisations.register.newTitle')} back>
      {(vocabularies) => <NewOrganisationEditor tenant={tenant} vocabularies={vocabularies} />}
    </CoordinatorPage>
  );
};

const createdNameOf = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && typeof (state as Record<string, unknown>).created === 'string' ? ((state as Record<string, string>).created ?? null) : null;

/** `/:tenant/editor/organisations/:organisationId`: an organisation's details and its editors (coordinators). */
export const EditOrganisationRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useEditorRoute();
  const { organisationId = '' } = useParams();
  const state: unknown = useLocation().state;
  const format = useListingFormat();
  const organisations = useMyOrganisations();
  const organisation = organisations.data?.find((candidate) => candidate.id === organisationId);
  const reload = async () => (await organisations.refetch()).data?.find((candidate) => candidate.id === organisationId);
  const created = createdNameOf(state);
  const title = organisation ? `${t('organisations.register.editTitle')}: ${format.text(organisation.name).text}` : t('organisations.register.editTitle');
  return (
    <CoordinatorPage title={title} back>
      {(vocabularies) => (
        <>
          {organisations.isPending && <Loading />}
          {organisations.isError && <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />}
          {organisations.isSuccess && !organisations.isFetching && !organisation && <p>{t('organisations.register.notFound')}</p>}
          {created && <Notice kind="info">{t('organisations.register.created', { name: created })}</Notice>}
          {organisation && (
            <>
              <EditOrganisationEditor organisation={organisation} restricted={false} reload={reload} tenant={tenant} vocabularies={vocabularies} />
              <OrganisationEditors organisation={organisation} onReload={() => void organisations.refetch()} />
            </>
          )}
        </>
      )}
    </CoordinatorPage>
  );
};
