import type { DemoCatalog } from './demo-catalog.types';
import { keskiPohjanmaaCatalog } from './keski-pohjanmaa';
import { lappiCatalog } from './lappi';
import { pohjoisSavoCatalog } from './pohjois-savo';

export type { DemoActivity, DemoCatalog, DemoOrganisation } from './demo-catalog.types';
export { generateCatalog } from './generate-activities';
export { keskiPohjanmaaCatalog, lappiCatalog, pohjoisSavoCatalog };

/** The demo catalogs of the three demo counties. */
export const demoCatalogs: readonly DemoCatalog[] = [keskiPohjanmaaCatalog, pohjoisSavoCatalog, lappiCatalog];
