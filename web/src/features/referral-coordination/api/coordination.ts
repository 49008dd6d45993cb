import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { itemsOf, useCursorQuery } from '../../../lib/cursor-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type ReferralReport = RouterOutputs['reports']['referrals'];
export type ReportWindow = RouterInputs['reports']['referrals'];
export type MeasureChange = ReferralReport['swemwbs'];

export const useReferralReport = (window: ReportWindow) => {
  const trpc = useTRPC();
  return useQuery(trpc.reports.referrals.queryOptions(window));
};

/** Fetches the report as CSV and hands it to the browser as a download under the server's file name. */
export const useDownloadReportCsv = () => {
  const client = useTRPCClient();
  return async (window: ReportWindow) => {
    const { filename, csv } = await client.reports.referralsCsv.query(window);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    link.click();
    URL.revokeObjectURL(url);
  };
};

export type LinkWorkerSummary = RouterOutputs['linkWorkers']['list'][number];

export const useLinkWorkers = () => {
  const trpc = useTRPC();
  return useQuery(trpc.linkWorkers.list.queryOptions());
};

/** Requested referrals of the county; the caller keeps those still without a link worker. */
export const useRequestedReferrals = () => {
  const trpc = useTRPC();
  return useQuery(trpc.referrals.list.queryOptions({ state: 'requested' }));
};

/** Assigns a referral; afterwards referrals and link workers (their active counts) reload, also after a conflict. */
export const useAssignReferral = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.referrals.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.linkWorkers.pathKey() })]);
  return useMutation(trpc.referrals.assign.mutationOptions({ onSettled: reload }));
};

export const useLinkWorkerTraining = (linkWorkerId: string) => {
  const trpc = useTRPC();
  return useQuery(trpc.linkWorkers.training.queryOptions({ linkWorkerId }));
};

/** A referral's audit records, oldest first, a page at a time. */
export const useAuditTrail = (id: string) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const query = useCursorQuery({
    queryKey: trpc.referrals.auditTrail.infiniteQueryKey({ id }),
    fetchPage: (cursor, signal) => client.referrals.auditTrail.query({ id, ...(cursor ? { cursor } : {}) }, { signal }),
  });
  return { query, items: itemsOf(query) };
};

export const useSurveySummary = () => {
  const trpc = useTRPC();
  return useQuery(trpc.linkWorkers.surveySummary.queryOptions());
};

export type AccessLogQuery = RouterInputs['referrals']['accessLog']['query'];
export type AccessLogEntry = RouterOutputs['referrals']['accessLog']['items'][number];

/** The county's access log for one client, user or day, newest first, a page at a time. */
export const useAccessLog = (query: AccessLogQuery) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const result = useCursorQuery({
    queryKey: trpc.referrals.accessLog.infiniteQueryKey({ query }),
    fetchPage: (cursor, signal) => client.referrals.accessLog.query({ query, ...(cursor ? { cursor } : {}) }, { signal }),
  });
  return { query: result, items: itemsOf(result) };
};

/** Fetches the access log of the search as CSV and hands it to the browser; the export is itself logged, so the log shown reloads. */
export const useDownloadAccessLogCsv = () => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return async (query: AccessLogQuery) => {
    const { filename, csv } = await client.referrals.accessLogCsv.query({ query });
    void queryClient.invalidateQueries({ queryKey: trpc.referrals.accessLog.pathKey() });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    link.click();
    URL.revokeObjectURL(url);
  };
};
