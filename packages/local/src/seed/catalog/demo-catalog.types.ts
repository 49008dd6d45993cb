import type { ActivityContent, OrganisationInput } from '@linkki/domain';

/** A demo organisation with its id and the users who maintain its listings. */
export interface DemoOrganisation extends OrganisationInput {
  id: string;
  editors: string[];
}

/** A demo listing; `lastVerifiedDaysAgo` sets how long ago an editor last confirmed it. */
export interface DemoActivity {
  id: string;
  content: ActivityContent;
  status?: 'published' | 'pending' | 'draft';
  lastVerifiedDaysAgo?: number;
}

/** A county's demo organisations and listings. */
export interface DemoCatalog {
  tenant: string;
  organisations: DemoOrganisation[];
  activities: DemoActivity[];
}
