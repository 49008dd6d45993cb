import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell names its row (`<th scope="row">`), so a screen reader announces it with each figure. */
  rowHeader?: boolean;
}

interface DataTableProps<Row> {
  /** Unique on the page: names the table and the region it scrolls in. */
  id: string;
  caption: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/**
 * A table with a caption and column headers. On a narrow screen it scrolls sideways inside its
 * own region, which keyboard users can focus and scroll, instead of widening the page.
 */
export const DataTable = <Row,>({ id, caption, columns, rows, rowKey }: DataTableProps<Row>) => (
  <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
    <table id={id} className="data-table">
      <caption id={`${id}-caption`}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.key} scope="row">
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.key}>{column.cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
