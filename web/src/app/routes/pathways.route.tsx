import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { CoordinatorOnly } from '../../features/pathways/components/coordinator-only';
import { CountyFeedbackPage } from '../../features/pathways/components/feedback/county-feedback-page';
import { LocalAdditionsPage } from '../../features/pathways/components/local/local-additions-page';
import { PathwayListPage } from '../../features/pathways/components/pathway-list-page';
import { PathwayPage } from '../../features/pathways/components/pathway-page';
import { useTenantRoute } from '../../lib/tenant-route';

export const PathwaysRoute = () => <PathwayListPage tenant={useTenantRoute().tenant.slug} />;

export const PathwayRoute = () => <PathwayPage tenant={useTenantRoute().tenant} pathwayId={useParams().pathwayId ?? ''} />;

/** A coordinator page of one pathway, given the county and the pathway. */
const coordinatorRoute = (page: (tenant: string, pathwayId: string) => ReactNode) => {
  const CoordinatorRoute = () => {
    const tenant = useTenantRoute().tenant.slug;
    return <CoordinatorOnly tenant={tenant}>{page(tenant, useParams().pathwayId ?? '')}</CoordinatorOnly>;
  };
  return CoordinatorRoute;
};

export const LocalAdditionsRoute = coordinatorRoute((tenant, pathwayId) => <LocalAdditionsPage tenant={tenant} pathwayId={pathwayId} />);

export const CountyFeedbackRoute = coordinatorRoute((tenant, pathwayId) => <CountyFeedbackPage tenant={tenant} pathwayId={pathwayId} />);
