import type { ReactNode } from 'react';

interface NoticeProps {
  /** `warning` interrupts (`role="alert"`); `info` is announced politely (`role="status"`). */
  kind: 'info' | 'warning';
  children: ReactNode;
  dismissLabel?: string;
  onDismiss?: () => void;
}

export const Notice = ({ kind, children, dismissLabel, onDismiss }: NoticeProps) => (
  <div className={`alert alert--${kind}`} role={kind === 'warning' ? 'alert' : 'status'}>
    <div className="alert__body">{children}</div>
    {onDismiss && dismissLabel && (
      <button type="button" className="alert__dismiss" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    )}
  </div>
);
