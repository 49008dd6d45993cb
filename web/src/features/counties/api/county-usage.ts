import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc';

export type UsageOverview = RouterOutputs['counties']['usage'];
export type CountyUsageRow = UsageOverview['counties'][number];

/** The period the operator's page sums over. */
export const usagePeriodDays = 30;

/** Each county's latest day of usage and its sums over the last 30 days (platform operators). */
export const useCountyUsage = () => {
  const trpc = useTRPC();
  return useQuery(trpc.counties.usage.queryOptions({ days: usagePeriodDays }));
};
