import '../../features/pathways/pathways.css';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { useParams } from 'react-router';
import { CoordinatorOnly } from '../../features/pathways/components/coordinator-only';
import { CountyFeedbackPage } from '../../features/pathways/components/feedback/county-feedback-page';
import { LocalAdditionsPage } from '../../features/pathways/components/local/local-additions-page';
import { PathwayListPage } from '../../features/pathways/components/pathway-list-page';
import { PathwayPage } from '../../features/pathways/components/pathway-page';
import { useTenantRoute } from '../../lib/tenant-route';

const PathwaysRoute = () => <PathwayListPage tenant={useTenantRoute().tenant.slug} />;

const PathwayRoute = () => <PathwayPage tenant={useTenantRoute().tenant} pathwayId={useParams().pathwayId ?? ''} />;

/** A coordinator page of one pathway, given the county and the pathway. */
const coordinatorRoute = (page: (tenant: string, pathwayId: string) => ReactNode) => {
  const CoordinatorRoute = () => {
    const tenant = useTenantRoute().tenant.slug;
    return <CoordinatorOnly tenant={tenant}>{page(tenant, useParams().pathwayId ?? '')}</CoordinatorOnly>;
  };
  return <CoordinatorRoute />;
};

/** The national diabetes pathways under a county's path: residents' pages and the coordinator's. */
export const pathwaysRoute: RouteObject = {
  path: 'pathways',
  children: [
    { index: true, element: <PathwaysRoute /> },
    { path: ':pathwayId', element: <PathwayRoute /> },
    { path: ':pathwayId/local', element: coordinatorRoute((tenant, pathwayId) => <LocalAdditionsPage tenant={tenant} pathwayId={pathwayId} />) },
    { path: ':pathwayId/feedback', element: coordinatorRoute((tenant, pathwayId) => <CountyFeedbackPage tenant={tenant} pathwayId={pathwayId} />) },
  ],
};
