import { apiErrorCode, apiErrorReason } from '../../../lib/trpc';

/** What the link in the verification email carries: `?registration=<id>&token=<token>`. */
export interface VerificationLink {
  registrationId: string;
  token: string;
}

/** The link's parts, or null when the address was cut short (a mail program may break long links). */
export const verificationLinkOf = (params: URLSearchParams): VerificationLink | null => {
  const registrationId = params.get('registration')?.trim() ?? '';
  const token = params.get('token')?.trim() ?? '';
  return registrationId && token ? { registrationId, token } : null;
};

/**
 * Whether the API refused the link itself: unknown, replaced or expired (the domain's refusal),
 * or so mangled that its parts are not even well-formed. The applicant then registers again.
 */
export const isInvalidLinkError = (error: unknown): boolean => apiErrorCode(error) === 'BAD_REQUEST' && (apiErrorReason(error) === 'RegistrationLinkInvalidError' || apiErrorReason(error) === null);
