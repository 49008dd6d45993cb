import counties from '../../features/counties/messages/sv.json';
import linkWork from '../../features/link-work/messages/sv.json';
import network from '../../features/network/messages/sv.json';
import pathwayPublisher from '../../features/pathway-publisher/messages/sv.json';
import referralCoordination from '../../features/referral-coordination/messages/sv.json';
import referrals from '../../features/referrals/messages/sv.json';
import staff from '../../features/staff/messages/sv.json';
import type { StaffMessages } from './fi.staff';

/** Swedish, for the staff's features: the keys of Finnish, checked by the compiler. */
export const messages: StaffMessages = {
  counties,
  linkWork,
  network,
  pathwayPublisher,
  referralCoordination,
  referrals,
  staff,
};
