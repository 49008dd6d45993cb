import associationsEn from '../features/associations/messages/en.json';
import associationsFi from '../features/associations/messages/fi.json';
import associationsSv from '../features/associations/messages/sv.json';
import organisationsEn from '../features/catalog/messages/en.json';
import organisationsFi from '../features/catalog/messages/fi.json';
import organisationsSv from '../features/catalog/messages/sv.json';
import countiesEn from '../features/counties/messages/en.json';
import countiesFi from '../features/counties/messages/fi.json';
import countiesSv from '../features/counties/messages/sv.json';
import legalEn from '../features/legal/messages/en.json';
import legalFi from '../features/legal/messages/fi.json';
import legalSv from '../features/legal/messages/sv.json';
import linkWorkEn from '../features/link-work/messages/en.json';
import linkWorkFi from '../features/link-work/messages/fi.json';
import linkWorkSv from '../features/link-work/messages/sv.json';
import networkEn from '../features/network/messages/en.json';
import networkFi from '../features/network/messages/fi.json';
import networkSv from '../features/network/messages/sv.json';
import pathwayPublisherEn from '../features/pathway-publisher/messages/en.json';
import pathwayPublisherFi from '../features/pathway-publisher/messages/fi.json';
import pathwayPublisherSv from '../features/pathway-publisher/messages/sv.json';
import pathwaysEn from '../features/pathways/messages/en.json';
import pathwaysFi from '../features/pathways/messages/fi.json';
import pathwaysSv from '../features/pathways/messages/sv.json';
import referralCoordinationEn from '../features/referral-coordination/messages/en.json';
import referralCoordinationFi from '../features/referral-coordination/messages/fi.json';
import referralCoordinationSv from '../features/referral-coordination/messages/sv.json';
import referralsEn from '../features/referrals/messages/en.json';
import referralsFi from '../features/referrals/messages/fi.json';
import referralsSv from '../features/referrals/messages/sv.json';
import staffEn from '../features/staff/messages/en.json';
import staffFi from '../features/staff/messages/fi.json';
import staffSv from '../features/staff/messages/sv.json';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

/**
 * Every message of the app, per language: the shared messages in `fi.json`, `sv.json` and
 * `en.json`, plus each feature's own message files (`features/<feature>/messages/<language>.json`)
 * under the feature's key, so a feature's texts live beside its code.
 */
export const messages = {
  fi: {
    ...fi,
    associations: associationsFi,
    counties: countiesFi,
    organisations: organisationsFi,
    legal: legalFi,
    linkWork: linkWorkFi,
    network: networkFi,
    pathways: pathwaysFi,
    pathwayPublisher: pathwayPublisherFi,
    referralCoordination: referralCoordinationFi,
    referrals: referralsFi,
    staff: staffFi,
  },
  sv: {
    ...sv,
    associations: associationsSv,
    counties: countiesSv,
    organisations: organisationsSv,
    legal: legalSv,
    linkWork: linkWorkSv,
    network: networkSv,
    pathways: pathwaysSv,
    pathwayPublisher: pathwayPublisherSv,
    referralCoordination: referralCoordinationSv,
    referrals: referralsSv,
    staff: staffSv,
  },
  en: {
    ...en,
    associations: associationsEn,
    counties: countiesEn,
    organisations: organisationsEn,
    legal: legalEn,
    linkWork: linkWorkEn,
    network: networkEn,
    pathways: pathwaysEn,
    pathwayPublisher: pathwayPublisherEn,
    referralCoordination: referralCoordinationEn,
    referrals: referralsEn,
    staff: staffEn,
  },
};

export type Messages = typeof messages.fi;
