import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isInvalidLinkError, verificationLinkOf } from './verification-link';

const apiError = (code: string, message: string, extra: Record<string, unknown> = {}) => TRPCClientError.from({ error: { message, code: -32000, data: { code, httpStatus: 400, ...extra } } });

describe('the verification link', () => {
  it('takes the registration and the token from the address, or nothing when either is missing', () => {
    expect(verificationLinkOf(new URLSearchParams('registration=r-0123&token=abcdefghijklmnop'))).toEqual({ registrationId: 'r-0123', token: 'abcdefghijklmnop' });
    expect(verificationLinkOf(new URLSearchParams('registration=r-0123'))).toBeNull();
    expect(verificationLinkOf(new URLSearchParams('registration=&token=abc'))).toBeNull();
  });

  it('tells a link the API refuses from a failure worth retrying', () => {
    expect(isInvalidLinkError(apiError('BAD_REQUEST', 'Invalid input: token: this verification link is not valid or has expired', { reason: 'RegistrationLinkInvalidError' }))).toBe(true);
    expect(isInvalidLinkError(apiError('BAD_REQUEST', 'Invalid input: token: is not a verification token', { issues: [{ path: 'token', message: 'is not a verification token' }] }))).toBe(true);
    expect(isInvalidLinkError(apiError('INTERNAL_SERVER_ERROR', 'Something went wrong'))).toBe(false);
    expect(isInvalidLinkError(new TypeError('Failed to fetch'))).toBe(false);
  });
});
