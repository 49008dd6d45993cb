/** The referral services as the demo seed drives them: the same rules as every API call. */
export type { ReferralActor } from './referral-context';
export { createReferral } from './referral-create.service';
export { recordContact, recordMeasure } from './referral-records.service';
export { takeReferral, transitionReferral } from './referral-workflow.service';
