import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../../components/ui/data-table';
import type { ImportOutcome, ImportReport as Report } from '../../api/hsds-import';
import { importReasonOf, serviceNameOf } from '../../utils/hsds-file';

type Accepted = Report['accepted'][number];
type Rejected = Report['rejected'][number];

interface ImportReportProps {
  tenant: string;
  report: Report;
  /** The services as sent, whose positions the report refers to. */
  services: readonly unknown[];
}

const outcomes: readonly ImportOutcome[] = ['created', 'updated', 'unchanged'];

/** A reason in the user's language where the UI knows it; otherwise as the API wrote it, in English. */
const Reason = ({ text }: { text: string }) => {
  const { t } = useTranslation();
  const known = importReasonOf(text);
  if (!known) return <span lang="en">{text}</span>;
  return <>{known.reason === 'notActive' ? t('catalog.import.reasons.notActive', { status: known.status }) : t(`catalog.import.reasons.${known.reason}`)}</>;
};

/** What the import did: counts, the listings it created or updated (linked), and what it refused and why. */
export const ImportReport = ({ tenant, report, services }: ImportReportProps) => {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const nameAt = (index: number) => serviceNameOf(services[index]);
  const counts = [
    ...outcomes.map((outcome) => ({ key: outcome, count: report.accepted.filter((entry) => entry.outcome === outcome).length })),
    { key: 'rejected' as const, count: report.rejected.length },
  ];
  const number: Column<{ index: number }> = { key: 'number', header: t('catalog.import.report.number'), cell: (entry) => entry.index + 1 };
  const acceptedColumns: Array<Column<Accepted>> = [
    number,
    {
      key: 'listing',
      header: t('catalog.import.report.listing'),
      cell: (entry) => (
        <Link to={`/${tenant}/activities/${entry.id}`} lang="fi">
          {nameAt(entry.index) ?? entry.sourceId}
        </Link>
      ),
    },
    { key: 'sourceId', header: t('catalog.import.report.sourceId'), cell: (entry) => entry.sourceId },
    { key: 'outcome', header: t('catalog.import.report.outcome'), cell: (entry) => t(`catalog.import.report.outcomes.${entry.outcome}`) },
  ];
  const rejectedColumns: Array<Column<Rejected>> = [
    number,
    { key: 'name', header: t('catalog.import.report.name'), cell: (entry) => <span lang="fi">{nameAt(entry.index) ?? '–'}</span> },
    { key: 'sourceId', header: t('catalog.import.report.sourceId'), cell: (entry) => entry.sourceId ?? '–' },
    {
      key: 'reasons',
      header: t('catalog.import.report.reasons'),
      cell: (entry) => (
        <ul className="plain-list">
          {entry.reasons.map((reason) => (
            <li key={reason}>
              <Reason text={reason} />
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <section className="section import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={heading} tabIndex={-1}>
        {t('catalog.import.report.heading')}
      </h2>
      <dl className="import-counts">
        {counts.map(({ key, count }) => (
          <div key={key} className={`import-counts__item import-counts__item--${key}`}>
            <dt>{t(`catalog.import.report.counts.${key}`)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('catalog.import.report.numberHint')}</p>
      {report.accepted.length > 0 && (
        <>
          <p>{t('catalog.import.report.searchNote')}</p>
          <DataTable id="import-accepted" caption={t('catalog.import.report.acceptedCaption')} columns={acceptedColumns} rows={report.accepted} rowKey={(entry) => String(entry.index)} />
        </>
      )}
      {report.rejected.length > 0 && (
        <DataTable id="import-rejected" caption={t('catalog.import.report.rejectedCaption')} columns={rejectedColumns} rows={report.rejected} rowKey={(entry) => String(entry.index)} />
      )}
    </section>
  );
};
