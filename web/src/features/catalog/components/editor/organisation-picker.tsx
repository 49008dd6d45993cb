import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/ui/form-fields';
import type { Organisation } from '../../api/organisations';
import { useListingFormat } from '../../hooks/use-listing-format';

interface OrganisationPickerProps {
  organisations: readonly Organisation[];
  selected: Organisation;
  onSelect: (id: string) => void;
}

/** Which organisation's listings or requests to show, in the order given; only when the user has more than one. */
export const OrganisationPicker = ({ organisations, selected, onSelect }: OrganisationPickerProps) => {
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
