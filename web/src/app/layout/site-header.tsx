import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from './language-switcher';

interface SiteHeaderProps {
  /**
   * The county whose pages these are, shown beside the brand; `null` while its name loads, which
   * keeps the name's line so the header does not grow when it arrives.
   */
  county?: string | null;
  nav?: ReactNode;
}

export const SiteHeader = ({ county, nav }: SiteHeaderProps) => {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <div className="site-header__identity">
          <Link to="/" className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" />
              <path d="M11 8v13h10v3H8V8z" fill="#fff" />
              <circle cx="22" cy="12" r="3" fill="#8cc8ff" />
            </svg>
            {t('app.name')}
          </Link>
          {county !== undefined && (
            <p className="site-header__county" aria-hidden={county === null ? true : undefined}>
              {county ?? '\u00a0'}
            </p>
          )}
        </div>
        <LanguageSwitcher />
      </div>
      {nav}
    </header>
  );
};
