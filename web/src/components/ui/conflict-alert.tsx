import { useEffect, useRef } from 'react';

interface ConflictAlertProps {
  /** The refused save; a new one takes the focus again. */
  error: unknown;
  title: string;
  body: string;
  reloadLabel: string;
  /** Reads the item again; without it the alert offers no reload. */
  onReload?: (() => void) | undefined;
}

/**
 * A save refused because someone else changed the item meanwhile: nothing was overwritten, and
 * the user reloads to see the other change before trying again. It takes the focus, so it is
 * seen and heard where the user pressed "save", however far away that is.
 */
export const ConflictAlert = ({ error, title, body, reloadLabel, onReload }: ConflictAlertProps) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error]);
  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
      <div className="alert__body">
        <p className="alert__title">{title}</p>
        <p>{body}</p>
        {onReload && (
          <button type="button" className="button button--secondary" onClick={onReload}>
            {reloadLabel}
          </button>
        )}
      </div>
    </div>
  );
};
