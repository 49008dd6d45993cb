import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { apiErrorCode } from '../../../lib/trpc';

interface MutationFeedbackProps {
  mutation: { isSuccess: boolean; isError: boolean; error: unknown };
  /** Said after a successful save. */
  saved: string;
}

/**
 * What came of a save: done, someone else changed the data meanwhile (the queries reload after
 * every change, so the form already shows the latest), or another error in the user's language.
 */
export const MutationFeedback = ({ mutation, saved }: MutationFeedbackProps) => {
  const { t } = useTranslation();
  if (mutation.isSuccess) return <Notice kind="info">{saved}</Notice>;
  if (!mutation.isError) return null;
  if (apiErrorCode(mutation.error) === 'CONFLICT') return <Notice kind="warning">{t('linkWork.stale')}</Notice>;
  return <ErrorAlert error={mutation.error} />;
};
