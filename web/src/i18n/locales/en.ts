import associations from '../../features/associations/messages/en.json';
import organisations from '../../features/catalog/messages/en.json';
import legal from '../../features/legal/messages/en.json';
import pathways from '../../features/pathways/messages/en.json';
import shared from '../en.json';
import type { ResidentMessages } from './fi';

/** English, for the resident's pages: the keys of Finnish, checked by the compiler; the placeholders by the message-file test. */
export const messages: ResidentMessages = {
  ...shared,
  associations,
  organisations,
  legal,
  pathways,
};
