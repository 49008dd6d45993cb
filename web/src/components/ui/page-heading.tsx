import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Sets the document title to `<parts> – Linkki` (Linkki alone when there are none). */
export const useDocumentTitle = (...parts: string[]): void => {
  const { t } = useTranslation();
  const page = parts.filter(Boolean).join(' – ');
  const title = page ? t('app.documentTitle', { page }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
};

interface PageHeadingProps {
  children: ReactNode;
  /** The page's part of the document title, most specific first. */
  documentTitle: string[];
}

/**
 * The page's one `h1`. After an in-app navigation to another page it takes the focus, so keyboard
 * and screen reader users start at the new page's heading. The first page load leaves focus where
 * it is, and so does a change of the query string alone (a search filter), which stays on the page.
 */
export const PageHeading = ({ children, documentTitle }: PageHeadingProps) => {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key, pathname } = useLocation();
  const keyRef = useRef(key);
  keyRef.current = key;
  useDocumentTitle(...documentTitle);
  useEffect(() => {
    // The browser's first history entry has the key "default"; every navigation gets a new key.
    if (keyRef.current !== 'default') ref.current?.focus();
  }, [pathname]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
};
