import { ErrorAlert } from './error-alert';
import { Notice } from './notice';
import { apiErrorCode } from '../../lib/trpc';

/** What a version-checked editor says after a save, in the words of the page it is on. */
export interface SaveOutcomeTexts {
  saved: string;
  saveFailed: string;
  conflictTitle: string;
  conflictBody: string;
  reload: string;
}

interface SaveOutcomeProps {
  saved: boolean;
  error: unknown;
  onReload: () => void;
  texts: SaveOutcomeTexts;
}

/**
 * What came of a save, beside the save button: done; refused because someone else saved first
 * (what was typed stays in the form until the user chooses to reload); or failed.
 */
export const SaveOutcome = ({ saved, error, onReload, texts }: SaveOutcomeProps) => {
  if (apiErrorCode(error) === 'CONFLICT') {
    return (
      <Notice kind="warning">
        <p className="alert__title">{texts.conflictTitle}</p>
        <p>{texts.conflictBody}</p>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {texts.reload}
        </button>
      </Notice>
    );
  }
  if (error) return <ErrorAlert error={error} title={texts.saveFailed} />;
  return saved ? <Notice kind="info">{texts.saved}</Notice> : null;
};
