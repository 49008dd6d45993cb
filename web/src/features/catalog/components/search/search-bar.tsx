import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBarProps {
  /** The query field's id, unique on the page. */
  id: string;
  query: string;
  onQueryChange: (query: string) => void;
  onSubmit: () => void;
}

/** The activity search's query field with its hint and button, as a search landmark. */
export const SearchBar = ({ id, query, onQueryChange, onSubmit }: SearchBarProps) => {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form role="search" className="search-bar" onSubmit={submit}>
      <label htmlFor={id} className="search-bar__label">
        {t('catalog.search.queryLabel')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('catalog.search.queryHint')}
      </p>
      <div className="search-bar__row">
        <input
          id={id}
          className="input"
          type="search"
          name="q"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          aria-describedby={`${id}-hint`}
          maxLength={200}
          autoComplete="off"
        />
        <button type="submit" className="button">
          {t('catalog.search.submit')}
        </button>
      </div>
    </form>
  );
};
