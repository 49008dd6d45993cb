import { linkWorkerKinds, linkWorkerSurveyQuestions } from './link-worker.schema';
import { referralContactKinds } from './referral-contact.schema';
import { measureFillers, measureItemCounts, measurePhases } from './referral-measures';
import { smallGroupThreshold } from './referral-report';
import { closedReferralStates, referralStates } from './referral-state';
import { referralReasonCodes } from './referral-transition.schema';
import { clientLanguages, consentScopes, referralNeeds } from './referral.schema';

/** The code lists a referral form needs, so the web app offers exactly what the API accepts. Labels live in the web's message files. */
export const referralVocabulary = () => ({
  states: [...referralStates],
  closedStates: [...closedReferralStates],
  needs: [...referralNeeds],
  clientLanguages: [...clientLanguages],
  consentScopes: [...consentScopes],
  reasonCodes: [...referralReasonCodes],
  contactKinds: [...referralContactKinds],
  measureFillers: [...measureFillers],
  measurePhases: [...measurePhases],
  measureItemCounts,
  linkWorkerKinds: [...linkWorkerKinds],
  surveyQuestions: [...linkWorkerSurveyQuestions],
  smallGroupThreshold,
});
