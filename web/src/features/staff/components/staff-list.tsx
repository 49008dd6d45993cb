import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { LoadMore } from '../../../components/ui/paged-list';
import { type StaffMember, useStaffList } from '../api/staff';
import { useRoleLabels } from '../hooks/use-role-labels';
import { useStaffSearch } from '../hooks/use-staff-search';
import { staffMemberPath } from '../utils/staff-paths';
import { StaffSearch } from './staff-search';
import { StaffStatusBadge } from './staff-status-badge';

/** The county's people by name, searched by the start of a name and read page by page; each name opens their page. */
export const StaffList = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const roleLabels = useRoleLabels();
  const [search, setSearch] = useStaffSearch();
  const { query, members } = useStaffList(search);
  const columns = [
    { key: 'name', header: t('staff.list.columns.name'), cell: (member: StaffMember) => <Link to={staffMemberPath(tenant, member.userId)}>{member.displayName}</Link> },
    { key: 'email', header: t('staff.list.columns.email'), cell: (member: StaffMember) => <span className="staff-address">{member.email ?? ''}</span> },
    { key: 'roles', header: t('staff.list.columns.roles'), cell: (member: StaffMember) => roleLabels(member.roles) },
    { key: 'status', header: t('staff.list.columns.status'), cell: (member: StaffMember) => <StaffStatusBadge status={member.status} /> },
  ];
  const shownSearch = useShownSearch(search, query.isPlaceholderData);
  const empty = query.isSuccess && !query.isPlaceholderData && members.length === 0;
  return (
    <>
      <StaffSearch search={search} onSearch={setSearch} />
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <div role="status">{empty && <p>{search ? t('staff.list.noMatches', { q: search }) : t('staff.list.empty')}</p>}</div>
      {members.length > 0 && (
        <div className="staff-table" aria-busy={query.isPlaceholderData}>
          <DataTable
            id="staff-list"
            caption={shownSearch ? t('staff.list.captionSearch', { q: shownSearch }) : t('staff.list.caption')}
            columns={columns}
            rows={members}
            rowKey={(member) => member.userId}
          />
        </div>
      )}
      <LoadMore query={query} />
    </>
  );
};

/**
 * The search whose results the table shows. While a new search is read, the previous results stay
 * on the page, and so does their caption: it never names words the rows were not found by.
 */
const useShownSearch = (search: string, showingPrevious: boolean): string => {
  const [shown, setShown] = useState(search);
  if (!showingPrevious && shown !== search) setShown(search);
  return showingPrevious ? shown : search;
};
