import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { LoadMore } from '../../../components/ui/paged-list';
import { useLanguage } from '../../../i18n';
import { isCountyRole, type StaffAuditRecord, useStaffAuditTrail } from '../api/staff';
import { staffMemberPath } from '../utils/staff-paths';

/** A record's detail: the address an invitation went to, or the roles it names (`linkWorker, professional → professional`) in words. */
const useDetail = () => {
  const { t } = useTranslation();
  return (record: StaffAuditRecord): ReactNode =>
    record.action === 'invitationResent' ? <span className="staff-address">{record.detail}</span> : record.detail.replace(/[A-Za-z]+/g, (word) => (isCountyRole(word) ? t(`roles.${word}`) : word));
};

/** Who changed the county's people and how, newest first, read page by page. */
export const StaffAuditTrail = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const detail = useDetail();
  const { query, records } = useStaffAuditTrail();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const columns = [
    { key: 'when', header: t('staff.audit.columns.when'), cell: (record: StaffAuditRecord) => <time dateTime={record.at}>{when.format(new Date(record.at))}</time> },
    { key: 'who', header: t('staff.audit.columns.who'), cell: (record: StaffAuditRecord) => record.actorName ?? record.actorId },
    { key: 'whom', header: t('staff.audit.columns.whom'), cell: (record: StaffAuditRecord) => <Link to={staffMemberPath(tenant, record.targetId)}>{record.targetName}</Link> },
    { key: 'what', header: t('staff.audit.columns.what'), cell: (record: StaffAuditRecord) => t(`staff.audit.actions.${record.action}`) },
    { key: 'detail', header: t('staff.audit.columns.detail'), cell: detail },
  ];
  return (
    <>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && records.length === 0 && <p>{t('staff.audit.empty')}</p>}
      {records.length > 0 && (
        <div className="staff-table">
          <DataTable id="staff-audit" caption={t('staff.audit.caption')} columns={columns} rows={records} rowKey={(record) => record.id} />
        </div>
      )}
      <LoadMore query={query} />
    </>
  );
};
