import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { SelectField } from '../../../../components/ui/form-fields';
import { Loading } from '../../../../components/ui/loading';
import { type Organisation, useMyOrganisations } from '../../api/organisations';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { useSelectedOrganisation } from '../../hooks/use-selected-organisation';

interface OrganisationPickerProps {
  organisations: readonly Organisation[];
  selected: Organisation;
  onSelect: (id: string) => void;
}

/** Which organisation's listings or requests to show, in the order given; only when the user has more than one. */
const OrganisationPicker = ({ organisations, selected, onSelect }: OrganisationPickerProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  if (organisations.length < 2) return null;
  return (
    <SelectField id="organisation-picker" label={t('catalog.editor.organisation')} value={selected.id} onChange={(event) => onSelect(event.target.value)} className="organisation-picker">
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {format.text(organisation.name).text}
        </option>
      ))}
    </SelectField>
  );
};

/**
 * A page about one of the organisations the user maintains: the one chosen in the address (with a
 * picker when there are several) is given to `children`; meanwhile loading, an error or a note
 * that there are none.
 */
export const ForSelectedOrganisation = ({ children }: { children: (organisation: Organisation) => ReactNode }) => {
  const { t } = useTranslation();
  const organisations = useMyOrganisations();
  const { organisations: sorted, selected, select } = useSelectedOrganisation(organisations.data);
  if (organisations.isPending) return <Loading />;
  if (organisations.isError) return <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (!selected) return <p>{t('editor.noOrganisations')}</p>;
  return (
    <>
      <OrganisationPicker organisations={sorted} selected={selected} onSelect={select} />
      {children(selected)}
    </>
  );
};
