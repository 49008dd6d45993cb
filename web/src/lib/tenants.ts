import { useQuery } from '@tanstack/react-query';
import { type ApiQueries, type RouterOutputs, useTRPC } from './trpc';

export type Tenant = RouterOutputs['tenants']['list'][number];

/** The counties change rarely; a few minutes of staleness is fine. */
const tenantsStaleTime = 5 * 60_000;

/** Every wellbeing services county the platform knows, active ones first. */
export const tenantsQuery = (trpc: ApiQueries) => trpc.tenants.list.queryOptions(undefined, { staleTime: tenantsStaleTime });

export const useTenants = () => useQuery(tenantsQuery(useTRPC()));
