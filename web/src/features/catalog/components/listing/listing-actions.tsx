import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type ShareOutcome = 'idle' | 'copied' | 'failed';

/** The system share sheet where there is one; otherwise the address goes to the clipboard. */
const shareOrCopy = async (title: string, url: string): Promise<ShareOutcome> => {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'idle';
    } catch (error) {
      // The user closed the share sheet: nothing to report.
      if (error instanceof DOMException && error.name === 'AbortError') return 'idle';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
};

/** "Print" and "Share" for a listing; the outcome of sharing is announced and shown. */
export const ListingActions = ({ title }: { title: string }) => {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ShareOutcome>('idle');
  const url = window.location.href;
  return (
    <div className="listing-actions no-print">
      <div className="listing-actions__buttons">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          <svg className="button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 9V2h12v7M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v8H6z" />
          </svg>
          {t('catalog.listing.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void shareOrCopy(title, url).then(setOutcome)}>
          <svg className="button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 12v8h16v-8M16 6l-4-4-4 4M12 2v13" />
          </svg>
          {t('catalog.listing.share')}
        </button>
      </div>
      <p className="listing-actions__outcome" role="status">
        {outcome === 'copied' && t('catalog.listing.copied')}
        {outcome === 'failed' && (
          <>
            {t('catalog.listing.copyFailed')} <span className="url">{url}</span>
          </>
        )}
      </p>
    </div>
  );
};
