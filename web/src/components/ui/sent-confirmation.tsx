import { type ReactNode, useEffect, useRef } from 'react';

interface SentConfirmationProps {
  title: string;
  /** The heading level where the confirmation stands: it replaces a form under a heading one level up. */
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}

/**
 * What a resident sees in place of a form they sent. Its heading takes the focus, so a screen
 * reader says at once that it went through, and the keyboard continues from there.
 */
export const SentConfirmation = ({ title, level = 3, className, children }: SentConfirmationProps) => {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className={['alert', 'alert--success', className].filter(Boolean).join(' ')} role="status">
      <div className="alert__body">
        <Heading ref={ref} tabIndex={-1}>
          {title}
        </Heading>
        {children}
      </div>
    </div>
  );
};
