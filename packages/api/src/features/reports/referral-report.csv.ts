import { csvLine as line, csvText, type MeasureChange, type ReferralReport } from '@linkki/domain';

const measureLines = (name: string, change: MeasureChange) => [
  line([name, 'people', '', '', change.people]),
  line([name, 'mean start', '', '', change.meanStart]),
  line([name, 'mean end', '', '', change.meanEnd]),
  line([name, 'mean change', '', '', change.meanChange]),
  line([name, 'improved', '', '', change.distribution?.improved ?? null]),
  line([name, 'unchanged', '', '', change.distribution?.unchanged ?? null]),
  line([name, 'declined', '', '', change.distribution?.declined ?? null]),
];

/** The report as semicolon-separated text (Finnish spreadsheets); a suppressed figure is an empty cell. */
export const referralReportCsv = (report: ReferralReport): string =>
  csvText([
    line(['section', 'dimension', 'value', 'month', 'figure']),
    line(['total', '', '', `${report.fromMonth}–${report.toMonth}`, report.total]),
    ...report.counts.map((row) => line(['count', row.dimension, row.value, row.month, row.count])),
    line(['days to first contact', 'median', '', '', report.daysToFirstContact.median]),
    line(['days to first contact', 'mean', '', '', report.daysToFirstContact.mean]),
    line(['share completed', '', '', '', report.shareCompleted]),
    ...measureLines('swemwbs', report.swemwbs),
    ...measureLines('participation', report.participation),
  ]);
