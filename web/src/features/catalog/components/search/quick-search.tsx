import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLocalized } from '../../../../i18n';
import { useVocabularies } from '../../../../lib/vocabularies';
import { listParams, paramsFromSearch } from '../../utils/search-params';
import { SearchBar } from './search-bar';

/** The county home's search box, and the themes as shortcuts into the search. */
export const QuickSearch = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const vocabularies = useVocabularies();
  const [query, setQuery] = useState('');
  const searchPath = `/${tenant}/activities`;
  const submit = () => {
    const params = paramsFromSearch({ q: query }).toString();
    void navigate(params ? `${searchPath}?${params}` : searchPath);
  };
  return (
    <section className="quick-search" aria-labelledby="quick-search-heading">
      <h2 id="quick-search-heading">{t('catalog.home.heading')}</h2>
      <SearchBar id="quick-query" query={query} onQueryChange={setQuery} onSubmit={submit} />
      {vocabularies.data && (
        <nav className="theme-links" aria-label={t('catalog.home.themesLabel')}>
          <ul role="list" className="tag-list">
            {vocabularies.data.themes.map((theme) => (
              <li key={theme.code}>
                <Link to={`${searchPath}?${listParams.themes}=${encodeURIComponent(theme.code)}`}>{localized(theme.label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>
        <Link to={searchPath}>{t('catalog.home.browseAll')}</Link>
      </p>
    </section>
  );
};
