import { useTranslation } from 'react-i18next';

/** A polite "loading" message for screen readers and sighted users alike. */
export const Loading = () => {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
};
