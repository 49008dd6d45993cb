import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useLanguage, useLocalized } from '../../../i18n';
import { type CountyUsageRow, useCountyUsage, usagePeriodDays } from '../api/county-usage';
import { formatBytes, formatCount, formatMeasuredAt, formatUsageDay } from '../utils/usage-format';

/** A figure of the county's latest day, or a dash where the job has written none yet. */
const latestFigure = (row: CountyUsageRow, figure: (latest: NonNullable<CountyUsageRow['latest']>) => string): string => (row.latest ? figure(row.latest) : '–');

/** `1 / 14`, read out as "1, in 30 days: 14" since the slash means nothing to a screen reader. */
const DayAndPeriod = ({ day, period }: { day: string; period: string }) => {
  const { t } = useTranslation();
  return (
    <>
      {day}
      <span aria-hidden="true"> / </span>
      <span className="visually-hidden">, {t('counties.usage.period', { days: usagePeriodDays })}: </span>
      {period}
    </>
  );
};

/** What each county used, for attributing the platform's cost: one row per county, by name in the UI language. */
export const UsageTable = () => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  const usage = useCountyUsage();
  if (usage.isPending) return <Loading />;
  if (usage.isError) return <ErrorAlert error={usage.error} title={t('counties.usage.failed')} onRetry={() => void usage.refetch()} />;
  const count = (value: number) => formatCount(value, language);
  const days = usagePeriodDays;
  const rows = [...usage.data.counties].sort((a, b) => localized(a.name).localeCompare(localized(b.name), language));
  const columns: Array<Column<CountyUsageRow>> = [
    { key: 'county', header: t('counties.usage.columns.county'), cell: (row) => localized(row.name), rowHeader: true },
    { key: 'activeStaff', header: t('counties.usage.columns.activeStaff'), cell: (row) => latestFigure(row, (latest) => count(latest.activeStaff)) },
    { key: 'listings', header: t('counties.usage.columns.listings'), cell: (row) => latestFigure(row, (latest) => count(latest.listings)) },
    {
      key: 'referrals',
      header: t('counties.usage.columns.referrals', { days }),
      cell: (row) => <DayAndPeriod day={latestFigure(row, (latest) => count(latest.referralsOpened))} period={count(row.period.referralsOpened)} />,
    },
    {
      key: 'requests',
      header: t('counties.usage.columns.requests', { days }),
      cell: (row) => <DayAndPeriod day={latestFigure(row, (latest) => count(latest.apiRequests))} period={count(row.period.apiRequests)} />,
    },
    {
      key: 'itemsStored',
      header: t('counties.usage.columns.itemsStored'),
      cell: (row) => latestFigure(row, (latest) => (latest.storageComplete ? count(latest.itemsStored) : t('counties.usage.atLeast', { value: count(latest.itemsStored) }))),
    },
    { key: 'size', header: t('counties.usage.columns.size'), cell: (row) => latestFigure(row, (latest) => formatBytes(latest.approxBytes, language)) },
    { key: 'updated', header: t('counties.usage.columns.updated'), cell: (row) => (row.latest ? formatMeasuredAt(row.latest.measuredAt, language) : t('counties.usage.none')) },
  ];
  return <DataTable id="county-usage" caption={t('counties.usage.caption', { day: formatUsageDay(usage.data.to, language), days })} columns={columns} rows={rows} rowKey={(row) => row.slug} />;
};

/** The usage section of the operator's counties page. */
export const UsageSection = () => {
  const { t } = useTranslation();
  return (
    <section className="county-usage" aria-labelledby="county-usage-heading">
      <h2 id="county-usage-heading">{t('counties.usage.title')}</h2>
      <p>{t('counties.usage.intro')}</p>
      <UsageTable />
    </section>
  );
};
