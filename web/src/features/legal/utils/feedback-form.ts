export const feedbackFields = ['problem', 'location', 'email', 'consent'] as const;
export type FeedbackField = (typeof feedbackFields)[number];
export type FeedbackValues = { problem: string; location: string; email: string; consent: boolean };
export type FeedbackErrorKey = 'problemMissing' | 'locationMissing' | 'emailInvalid' | 'consentMissing';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the form checks before sending, first problem per field; the API checks the same and answers field by field. */
export const feedbackErrorsOf = (values: FeedbackValues): Partial<Record<FeedbackField, FeedbackErrorKey>> => {
  const email = values.email.trim();
  const errors: Partial<Record<FeedbackField, FeedbackErrorKey>> = {};
  if (values.problem.trim() === '') errors.problem = 'problemMissing';
  if (values.location.trim() === '') errors.location = 'locationMissing';
  if (email !== '' && !emailPattern.test(email)) errors.email = 'emailInvalid';
  if (email !== '' && !values.consent) errors.consent = 'consentMissing';
  return errors;
};
