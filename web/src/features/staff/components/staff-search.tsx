import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/form-fields';

/** The name search as a search landmark; the list follows on submit, not on every keystroke. */
export const StaffSearch = ({ search, onSearch }: { search: string; onSearch: (search: string) => void }) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(search);
  // Back and forward change the address's search; the field follows.
  useEffect(() => setDraft(search), [search]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <form role="search" className="staff-search" aria-label={t('staff.list.searchLabel')} onSubmit={submit}>
      <TextField
        id="staff-search"
        label={t('staff.list.searchLabel')}
        hint={t('staff.list.searchHint')}
        type="search"
        name="q"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        maxLength={100}
        autoComplete="off"
      />
      <button type="submit" className="button button--secondary">
        {t('staff.list.search')}
      </button>
    </form>
  );
};
