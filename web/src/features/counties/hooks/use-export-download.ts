import { useState } from 'react';
import { apiErrorReason } from '../../../lib/trpc';
import { type County, useCountyExportLink } from '../api/counties';

/**
 * Downloads a leaving county's export: a fresh short-lived link, then the browser goes to it (the
 * archive comes as an attachment, so the page stays). Until the job has made the archive, the API
 * refuses, and the county is remembered as asked too early; `onNotReady` reads the list again.
 */
export const useExportDownload = (onNotReady: () => void) => {
  const exportLink = useCountyExportLink();
  const [askedTooEarly, setAskedTooEarly] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const download = async (county: County) => {
    setError(null);
    try {
      const { url } = await exportLink.mutateAsync({ slug: county.slug });
      window.location.assign(url);
    } catch (failure) {
      if (apiErrorReason(failure) !== 'CountyExportNotReadyError') {
        setError(failure);
        return;
      }
      setAskedTooEarly((slugs) => new Set(slugs).add(county.slug));
      onNotReady();
    }
  };
  return {
    download,
    askedTooEarly,
    downloading: exportLink.isPending ? (exportLink.variables?.slug ?? null) : null,
    error,
    clearError: () => setError(null),
  };
};
