import counties from '../../features/counties/messages/en.json';
import linkWork from '../../features/link-work/messages/en.json';
import network from '../../features/network/messages/en.json';
import pathwayPublisher from '../../features/pathway-publisher/messages/en.json';
import referralCoordination from '../../features/referral-coordination/messages/en.json';
import referrals from '../../features/referrals/messages/en.json';
import staff from '../../features/staff/messages/en.json';
import type { StaffMessages } from './fi.staff';

/** English, for the staff's features: the keys of Finnish, checked by the compiler. */
export const messages: StaffMessages = {
  counties,
  linkWork,
  network,
  pathwayPublisher,
  referralCoordination,
  referrals,
  staff,
};
