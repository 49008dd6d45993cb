import type { ReactNode } from 'react';

export interface DetailsRow {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a definition list, one row each. */
export const DetailsList = ({ rows, className }: { rows: readonly DetailsRow[]; className?: string }) => (
  <dl className={className ? `details ${className}` : 'details'}>
    {rows.map((row) => (
      <div key={row.label} className="details__row">
        <dt>{row.label}</dt>
        <dd>{row.value}</dd>
      </div>
    ))}
  </dl>
);
