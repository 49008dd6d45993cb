export interface Counts {
  helpful: number;
  notHelpful: number;
  views: number;
}

export interface FeedbackBar {
  key: string;
  /** Shares of the widest bar, in percent, so the bars compare answers between rows. */
  helpfulWidth: number;
  notHelpfulWidth: number;
  /** Helpful answers of all answers on the row, rounded percent; null when there are none. */
  helpfulPercent: number | null;
}

const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** Bar lengths for a stacked "helpful / not helpful" chart, scaled to the row with most answers. */
export const feedbackBars = (rows: ReadonlyArray<{ key: string; counts: Counts }>): FeedbackBar[] => {
  const widest = Math.max(0, ...rows.map(({ counts }) => counts.helpful + counts.notHelpful));
  return rows.map(({ key, counts }) => {
    const answers = counts.helpful + counts.notHelpful;
    return {
      key,
      helpfulWidth: percent(counts.helpful, widest),
      notHelpfulWidth: percent(counts.notHelpful, widest),
      helpfulPercent: answers > 0 ? Math.round((counts.helpful / answers) * 100) : null,
    };
  });
};
