import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const mainId = 'main';

/** Moves focus to the main content without touching the URL (the router owns it). */
const skipToMain = (event: MouseEvent<HTMLAnchorElement>): void => {
  const main = document.getElementById(mainId);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
};

/**
 * The page frame every route shares: skip link, header, main content and footer. A county's pages
 * put its accessibility statement and privacy notices in the footer (`footerLinks`), as the law asks.
 */
export const AppShell = ({ header, children, footerLinks }: { header: ReactNode; children: ReactNode; footerLinks?: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href={`#${mainId}`} onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      {header}
      <main id={mainId} className="main" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          {footerLinks}
        </div>
      </footer>
    </>
  );
};
