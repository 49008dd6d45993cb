import { useTranslation } from 'react-i18next';
import { SaveOutcome as SaveOutcomeNotice } from '../../../components/ui/save-outcome';

/** What came of saving a legal text, in the legal editor's words. */
export const SaveOutcome = (outcome: { saved: boolean; error: unknown; onReload: () => void }) => {
  const { t } = useTranslation();
  const texts = {
    saved: t('legal.editor.saved'),
    saveFailed: t('legal.editor.saveFailed'),
    conflictTitle: t('legal.editor.conflictTitle'),
    conflictBody: t('legal.editor.conflictBody'),
    reload: t('legal.editor.reload'),
  };
  return <SaveOutcomeNotice {...outcome} texts={texts} />;
};
