/** A value of one CSV cell; null is an empty cell (a suppressed or missing figure). */
export type CsvValue = string | number | null;

const plainNumber = /^-?\d+(\.\d+)?$/;
/** Text a spreadsheet would run as a formula (CSV injection): the cell is made text with a leading apostrophe. */
const formulaStart = /^[=+\-@\t\r]/;

const cell = (value: CsvValue): string => {
  if (value === null) return '';
  const raw = String(value);
  const text = formulaStart.test(raw) && !plainNumber.test(raw) ? `'${raw}` : raw;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One line of semicolon-separated text, as Finnish spreadsheets read it. */
export const csvLine = (values: readonly CsvValue[]): string => values.map(cell).join(';');

/** Lines joined with CRLF, ending with one. */
export const csvText = (lines: readonly string[]): string => lines.join('\r\n') + '\r\n';
