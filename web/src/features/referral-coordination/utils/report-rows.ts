/** One cell of a referral report: a count of one value of one dimension in one month (or the whole window). */
export interface ReportCell {
  dimension: string;
  value: string;
  month: string;
  count: number | null;
}

/** A table row for one value: its count (null = suppressed small group) and its bar width in percent. */
export interface CountRow {
  value: string;
  count: number | null;
  percent: number;
}

/**
 * The whole-window rows of one dimension, largest first. Bars are relative to the largest count,
 * so the longest bar fills the column; a suppressed count draws no bar.
 */
export const countRowsOf = (cells: readonly ReportCell[], dimension: string): CountRow[] => {
  const own = cells.filter((cell) => cell.dimension === dimension && cell.month === 'all');
  const largest = Math.max(0, ...own.map((cell) => cell.count ?? 0));
  return own
    .map((cell) => ({ value: cell.value, count: cell.count, percent: largest > 0 && cell.count !== null ? Math.round((cell.count / largest) * 100) : 0 }))
    .sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.value.localeCompare(b.value));
};

/** `YYYY-MM` of the month `monthsBack` months before `now` (0 = this month). */
export const monthOf = (now: Date, monthsBack: number): string => {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
  return date.toISOString().slice(0, 7);
};

/** A report figure to at most one decimal in `language` ("16,9" in Finnish), or `suppressed` when the group was too small to show. */
export const figureText = (value: number | null | undefined, suppressed: string, language: string): string =>
  value === null || value === undefined ? suppressed : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);

interface NamedConfig {
  types: ReadonlyArray<{ id: string; name: Record<'fi' | 'sv' | 'en', string>; units: ReadonlyArray<{ id: string; name: Record<'fi' | 'sv' | 'en', string> }> }>;
}

/** Names of the county's referral types and units by id in `language` (Finnish for other languages). */
export const configNamesOf = (config: NamedConfig | undefined, language: string): { type: Map<string, string>; unit: Map<string, string> } => {
  const pick = (name: Record<'fi' | 'sv' | 'en', string>) => (language === 'sv' || language === 'en' ? name[language] : name.fi);
  const types = config?.types ?? [];
  return {
    type: new Map(types.map((type) => [type.id, pick(type.name)])),
    unit: new Map(types.flatMap((type) => type.units.map((unit) => [unit.id, pick(unit.name)] as const))),
  };
};
