import { useTranslation } from 'react-i18next';
import type { ReferralReport as Report } from '../api/coordination';
import { useReferralConfig } from '../../../lib/referrals';
import { configNamesOf, countRowsOf, figureText } from '../utils/report-rows';
import { CountTable } from './count-table';
import { MeasureChangeTable } from './measure-change';

const dimensions = ['state', 'type', 'unit', 'municipality'] as const;

/** The report's figures: total, counts per dimension, time to first contact, completion and measures. */
export const ReferralReport = ({ report }: { report: Report }) => {
  const { t, i18n } = useTranslation();
  const names = configNamesOf(useReferralConfig().data?.config, i18n.language);
  const fewer = t('referralCoordination.reports.fewerThan');
  const round = (value: number | null) => figureText(value, fewer, i18n.language);
  const labelOf = (dimension: string) => (value: string) => {
    if (dimension === 'state') return t(`referrals.states.${value}`, { defaultValue: value });
    return (dimension === 'type' ? names.type : dimension === 'unit' ? names.unit : undefined)?.get(value) ?? value;
  };
  return (
    <>
      <p>{t('referralCoordination.reports.smallGroups', { threshold: report.smallGroupThreshold })}</p>
      <dl className="report-figures">
        <dt>{t('referralCoordination.reports.total')}</dt>
        <dd>{report.total}</dd>
        <dt>{t('referralCoordination.reports.shareCompleted')}</dt>
        <dd>{report.shareCompleted === null ? fewer : `${Math.round(report.shareCompleted * 100)} %`}</dd>
        <dt>{t('referralCoordination.reports.firstContactMedian')}</dt>
        <dd>{round(report.daysToFirstContact.median)}</dd>
        <dt>{t('referralCoordination.reports.firstContactMean')}</dt>
        <dd>{round(report.daysToFirstContact.mean)}</dd>
        <dt>{t('referralCoordination.reports.firstContactPeople')}</dt>
        <dd>{round(report.daysToFirstContact.people)}</dd>
      </dl>
      {dimensions.map((dimension) => (
        <CountTable key={dimension} caption={t(`referralCoordination.reports.by.${dimension}`)} rows={countRowsOf(report.counts, dimension)} labelOf={labelOf(dimension)} />
      ))}
      <MeasureChangeTable caption={t('referralCoordination.reports.swemwbs')} change={report.swemwbs} />
      <MeasureChangeTable caption={t('referralCoordination.reports.participation')} change={report.participation} />
    </>
  );
};
