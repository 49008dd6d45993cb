import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmSuspensionProps {
  county: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Suspend X?" with the choice to go ahead or not; it takes the focus so it is heard at once. */
export const ConfirmSuspension = ({ county, busy, onConfirm, onCancel }: ConfirmSuspensionProps) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="alert alert--warning county-confirmation" role="alertdialog" aria-labelledby="county-suspend-question" tabIndex={-1}>
      <div className="alert__body">
        <p id="county-suspend-question">{t('counties.list.confirmSuspend', { county })}</p>
        <div className="form-actions">
          <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
            {t('counties.list.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('counties.list.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
};
