import { useTranslation } from 'react-i18next';
import { SaveOutcome as SaveOutcomeNotice } from '../../../components/ui/save-outcome';

/** What came of saving a settings section; `savedText` names what was saved. */
export const SaveOutcome = ({ savedText, ...outcome }: { saved: boolean; savedText: string; error: unknown; onReload: () => void }) => {
  const { t } = useTranslation();
  const texts = {
    saved: savedText,
    saveFailed: t('referralCoordination.settings.saveFailed'),
    conflictTitle: t('referralCoordination.settings.conflict.title'),
    conflictBody: t('referralCoordination.settings.conflict.body'),
    reload: t('referralCoordination.settings.conflict.reload'),
  };
  return <SaveOutcomeNotice {...outcome} texts={texts} />;
};
