import associations from '../../features/associations/messages/fi.json';
import organisations from '../../features/catalog/messages/fi.json';
import legal from '../../features/legal/messages/fi.json';
import pathways from '../../features/pathways/messages/fi.json';
import shared from '../fi.json';

/**
 * Finnish, the default: the shared messages and the features a resident meets (the catalogue,
 * associations' registration, the legal pages, the pathways). The staff's features are in `fi.staff.ts`,
 * fetched once someone signs in or opens a staff page. The other languages follow this shape.
 */
export const messages = {
  ...shared,
  associations,
  organisations,
  legal,
  pathways,
};

export type ResidentMessages = typeof messages;
