import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type PathwayCodeList = 'targetGroups' | 'itemKinds' | 'providerKinds';

/**
 * The label of a pathway vocabulary code. The API's lists may grow before the web's messages do,
 * so an unknown code shows as itself rather than as a missing-key path.
 */
export const useCodeLabel = (): ((list: PathwayCodeList, code: string) => string) => {
  const { t } = useTranslation();
  return useCallback(
    (list, code) => {
      const labels: Record<string, string> = t(`pathways.${list}`, { returnObjects: true });
      return labels[code] ?? code;
    },
    [t],
  );
};
