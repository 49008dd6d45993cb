import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../components/ui/data-table';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { Loading } from '../../../../components/ui/loading';
import { LoadMore } from '../../../../components/ui/paged-list';
import { itemsOf } from '../../../../lib/cursor-query';
import { type RegisteredOrganisation, useOrganisationRegister } from '../../api/organisation-register';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { useVocabularyLabel } from '../../../../lib/use-vocabulary-label';

/** The county's organisations in a table by name, read page by page; each name opens its page. */
export const OrganisationRegister = ({ tenant, vocabularies }: { tenant: string; vocabularies: Vocabularies }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const label = useVocabularyLabel(vocabularies);
  const register = useOrganisationRegister();
  const organisations = itemsOf(register);
  const columns = [
    {
      key: 'name',
      header: t('organisations.register.columns.name'),
      cell: (organisation: RegisteredOrganisation) => <Link to={`/${tenant}/editor/organisations/${organisation.id}`}>{format.text(organisation.name).text}</Link>,
    },
    { key: 'kind', header: t('organisations.register.columns.kind'), cell: (organisation: RegisteredOrganisation) => label('organisationKinds', organisation.kind) },
    { key: 'municipalities', header: t('organisations.register.columns.municipalities'), cell: (organisation: RegisteredOrganisation) => organisation.municipalities.join(', ') },
    { key: 'editors', header: t('organisations.register.columns.editors'), cell: (organisation: RegisteredOrganisation) => organisation.editors.length },
  ];
  return (
    <>
      {register.isPending && <Loading />}
      {register.isError && <ErrorAlert error={register.error} onRetry={() => void register.refetch()} />}
      {register.isSuccess && organisations.length === 0 && <p>{t('organisations.register.empty')}</p>}
      {organisations.length > 0 && (
        <DataTable id="organisation-register" caption={t('organisations.register.caption')} columns={columns} rows={organisations} rowKey={(organisation) => organisation.id} />
      )}
      <LoadMore query={register} />
    </>
  );
};
