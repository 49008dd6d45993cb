import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { SelectField, TextField } from '../../../components/ui/form-fields';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { type AccessLogEntry, type AccessLogQuery, useAccessLog, useDownloadAccessLogCsv } from '../api/coordination';

type SearchBy = AccessLogQuery['by'];
const searchKinds: readonly SearchBy[] = ['client', 'user', 'day'];

const queryOf = (by: SearchBy, value: string): AccessLogQuery => {
  const trimmed = value.trim();
  switch (by) {
    case 'client':
      return { by, referralId: trimmed };
    case 'user':
      return { by, userId: trimmed };
    case 'day':
      return { by, day: trimmed };
  }
};

const valueOf = (query: AccessLogQuery): string => (query.by === 'client' ? query.referralId : query.by === 'user' ? query.userId : query.day);

/** One search's records, newest first, with more pages on request. */
const AccessLogResults = ({ query }: { query: AccessLogQuery }) => {
  const { t, i18n } = useTranslation();
  const { query: log, items } = useAccessLog(query);
  const none = t('referralCoordination.accessLog.none');
  const columns: ReadonlyArray<Column<AccessLogEntry>> = [
    { key: 'when', header: t('referralCoordination.accessLog.columns.when'), cell: (entry) => <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(i18n.language)}</time> },
    { key: 'who', header: t('referralCoordination.accessLog.columns.who'), cell: (entry) => entry.userId },
    { key: 'role', header: t('referralCoordination.accessLog.columns.role'), cell: (entry) => t(`roles.${entry.role}`, { defaultValue: entry.role }) },
    { key: 'unit', header: t('referralCoordination.accessLog.columns.unit'), cell: (entry) => entry.unitId ?? none },
    { key: 'client', header: t('referralCoordination.accessLog.columns.client'), cell: (entry) => entry.referralId ?? none },
    { key: 'action', header: t('referralCoordination.accessLog.columns.action'), cell: (entry) => t(`referralCoordination.audit.actions.${entry.action}`) },
    { key: 'purpose', header: t('referralCoordination.accessLog.columns.purpose'), cell: (entry) => (entry.purpose ? t(`referralCoordination.accessLog.purposes.${entry.purpose}`) : none) },
  ];
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />;
  const search = `${t(`referralCoordination.accessLog.byOptions.${query.by}`)} ${valueOf(query)}`;
  return (
    <>
      {items.length === 0 ? (
        <p role="status">{t('referralCoordination.accessLog.empty')}</p>
      ) : (
        <DataTable
          id="access-log"
          caption={t('referralCoordination.accessLog.caption', { search })}
          columns={columns}
          rows={items}
          rowKey={(entry) => `${entry.at}-${entry.userId}-${entry.action}-${entry.referralId ?? ''}-${items.indexOf(entry)}`}
        />
      )}
      {log.hasNextPage && (
        <button type="button" className="button" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {t('referralCoordination.accessLog.more')}
        </button>
      )}
    </>
  );
};

/** `/:tenant/coordination/access-log`: the county's access log by client, user or day, and its CSV export. */
export const AccessLogPage = () => {
  const { t } = useTranslation();
  const [by, setBy] = useState<SearchBy>('client');
  const [value, setValue] = useState('');
  const [search, setSearch] = useState<AccessLogQuery | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const download = useDownloadAccessLogCsv();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(queryOf(by, value));
  };
  const title = t('referralCoordination.accessLog.title');
  return (
    <>
      <PageHeading documentTitle={[title]}>{title}</PageHeading>
      <p>{t('referralCoordination.accessLog.intro')}</p>
      <form onSubmit={submit} className="report-window" role="search" aria-label={title}>
        <SelectField id="access-log-by" label={t('referralCoordination.accessLog.by')} value={by} onChange={(event) => setBy(event.target.value as SearchBy)}>
          {searchKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`referralCoordination.accessLog.byOptions.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="access-log-value"
          type={by === 'day' ? 'date' : 'text'}
          label={t(`referralCoordination.accessLog.value.${by}`)}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          required
        />
        <button type="submit" className="button">
          {t('referralCoordination.accessLog.search')}
        </button>
        {search && (
          <button type="button" className="button" onClick={() => void download(search).then(() => setDownloadError(null), setDownloadError)}>
            {t('referralCoordination.accessLog.csv')}
          </button>
        )}
      </form>
      {downloadError !== null && <ErrorAlert error={downloadError} />}
      {search && <AccessLogResults key={JSON.stringify(search)} query={search} />}
    </>
  );
};
