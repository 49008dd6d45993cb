import { useTranslation } from 'react-i18next';
import { type Counts, feedbackBars } from '../lib/feedback-bars';

export interface FeedbackChartRow {
  key: string;
  label: string;
  counts: Counts;
}

/**
 * Helpful / not helpful answers per row as stacked bars. The bars are decoration: each row says its
 * numbers in words too, and the two parts differ by pattern as well as colour.
 */
export const FeedbackChart = ({ title, rows }: { title: string; rows: readonly FeedbackChartRow[] }) => {
  const { t } = useTranslation();
  const bars = feedbackBars(rows);
  return (
    <figure className="feedback-chart">
      <figcaption className="feedback-chart__title">{title}</figcaption>
      <p className="feedback-chart__legend" aria-hidden="true">
        <span className="feedback-chart__swatch feedback-chart__bar--helpful" /> {t('pathways.feedbackView.helpful')} <span className="feedback-chart__swatch feedback-chart__bar--not-helpful" />{' '}
        {t('pathways.feedbackView.notHelpful')}
      </p>
      <ul role="list" className="feedback-chart__rows">
        {rows.map((row, index) => {
          const bar = bars[index];
          return (
            <li key={row.key} className="feedback-chart__row">
              <span className="feedback-chart__label">{row.label}</span>
              <span className="feedback-chart__track" aria-hidden="true">
                <span className="feedback-chart__bar feedback-chart__bar--helpful" style={{ width: `${bar?.helpfulWidth ?? 0}%` }} />
                <span className="feedback-chart__bar feedback-chart__bar--not-helpful" style={{ width: `${bar?.notHelpfulWidth ?? 0}%` }} />
              </span>
              <span className="feedback-chart__numbers">{t('pathways.feedbackView.rowSummary', { helpful: row.counts.helpful, notHelpful: row.counts.notHelpful, views: row.counts.views })}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
};
