import { type ReactNode, useEffect, useRef } from 'react';

interface ConfirmDialogProps {
  /** Prefix of the question's id, unique on the page. */
  id: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** A step that takes something away (removal, deactivation, suspension). */
  danger?: boolean;
  className?: string;
  /** What the step needs besides a yes (a reason to send on), between the question and the buttons. */
  children?: ReactNode;
}

/** "Do X?" with the choice to go ahead or not; it takes the focus so a screen reader says it at once. */
export const ConfirmDialog = ({ id, question, confirmLabel, cancelLabel, busy, onConfirm, onCancel, danger = false, className = '', children }: ConfirmDialogProps) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className={`alert alert--warning ${className}`.trim()} role="alertdialog" aria-labelledby={`${id}-question`} tabIndex={-1}>
      <div className="alert__body">
        <p id={`${id}-question`}>{question}</p>
        {children}
        <div className="form-actions">
          <button type="button" className={danger ? 'button button--danger' : 'button'} onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </div>
    </div>
  );
};
