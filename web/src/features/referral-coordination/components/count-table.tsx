import { useTranslation } from 'react-i18next';
import type { CountRow } from '../utils/report-rows';

interface CountTableProps {
  caption: string;
  rows: CountRow[];
  labelOf: (value: string) => string;
}

/** Counts of one dimension as a table; the bar is decorative, the number column carries the figure. */
export const CountTable = ({ caption, rows, labelOf }: CountTableProps) => {
  const { t } = useTranslation();
  return (
    <table className="count-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('referralCoordination.reports.valueColumn')}</th>
          <th scope="col">{t('referralCoordination.reports.countColumn')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('referralCoordination.reports.barColumn')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.value}>
            <th scope="row">{labelOf(row.value)}</th>
            <td>{row.count ?? t('referralCoordination.reports.fewerThan')}</td>
            <td aria-hidden="true">
              <span className="count-bar" style={{ width: `${row.percent}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
