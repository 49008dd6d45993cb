import { useTranslation } from 'react-i18next';
import type { MeasureChange } from '../api/coordination';
import { figureText } from '../utils/report-rows';

const figures = ['people', 'meanStart', 'meanEnd', 'meanChange'] as const;
const directions = ['improved', 'unchanged', 'declined'] as const;

/** Start/end change of one measure over the people with both; null figures are small groups. */
export const MeasureChangeTable = ({ caption, change }: { caption: string; change: MeasureChange }) => {
  const { t, i18n } = useTranslation();
  const show = (value: number | null | undefined) => figureText(value, t('referralCoordination.reports.fewerThan'), i18n.language);
  return (
    <table className="count-table">
      <caption>{caption}</caption>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure}>
            <th scope="row">{t(`referralCoordination.reports.measure.${figure}`)}</th>
            <td>{show(change[figure])}</td>
          </tr>
        ))}
        {directions.map((direction) => (
          <tr key={direction}>
            <th scope="row">{t(`referralCoordination.reports.measure.${direction}`)}</th>
            <td>{show(change.distribution?.[direction])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
