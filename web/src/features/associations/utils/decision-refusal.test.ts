import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { decisionRefusalOf } from './decision-refusal';

const apiError = (code: string, reason?: string) => TRPCClientError.from({ error: { message: 'refused', code: -32000, data: { code, httpStatus: 409, ...(reason ? { reason } : {}) } } });

describe('a refused decision', () => {
  it('asks for a reload when the registration changed or was decided meanwhile', () => {
    expect(decisionRefusalOf(apiError('CONFLICT', 'ItemVersionConflictError'))).toBe('stale');
    expect(decisionRefusalOf(apiError('CONFLICT', 'RegistrationStatusError'))).toBe('stale');
  });

  it('names a contact person whose access has ended, and leaves other failures to a general alert', () => {
    expect(decisionRefusalOf(apiError('CONFLICT', 'StaffStatusError'))).toBe('contactDeactivated');
    expect(decisionRefusalOf(apiError('BAD_REQUEST', 'RegistrationOrganisationUnknownError'))).toBeNull();
    expect(decisionRefusalOf(apiError('INTERNAL_SERVER_ERROR'))).toBeNull();
  });
});
