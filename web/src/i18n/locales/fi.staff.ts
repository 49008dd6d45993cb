import counties from '../../features/counties/messages/fi.json';
import linkWork from '../../features/link-work/messages/fi.json';
import network from '../../features/network/messages/fi.json';
import pathwayPublisher from '../../features/pathway-publisher/messages/fi.json';
import referralCoordination from '../../features/referral-coordination/messages/fi.json';
import referrals from '../../features/referrals/messages/fi.json';
import staff from '../../features/staff/messages/fi.json';

/** Finnish, for the staff's features: each under the feature's key, as in the resident's messages. */
export const messages = {
  counties,
  linkWork,
  network,
  pathwayPublisher,
  referralCoordination,
  referrals,
  staff,
};

export type StaffMessages = typeof messages;
