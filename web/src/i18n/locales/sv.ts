import associations from '../../features/associations/messages/sv.json';
import organisations from '../../features/catalog/messages/sv.json';
import legal from '../../features/legal/messages/sv.json';
import pathways from '../../features/pathways/messages/sv.json';
import shared from '../sv.json';
import type { ResidentMessages } from './fi';

/** Swedish, for the resident's pages: the keys of Finnish, checked by the compiler; the placeholders by the message-file test. */
export const messages: ResidentMessages = {
  ...shared,
  associations,
  organisations,
  legal,
  pathways,
};
