import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiProblemsOf, emptyInviteForm, invitationOf, type InviteFormValues, validateInviteForm } from './invite-form';

const apiError = (code: string, message: string, extra: Record<string, unknown> = {}) => TRPCClientError.from({ error: { message, code: -32000, data: { code, httpStatus: 400, ...extra } } });

const filled: InviteFormValues = { email: ' Noora.Uusi@pohjois-savo.example.fi ', displayName: ' Noora Uusi ', title: ' ', roles: ['professional'], organisationIds: [] };

describe('the invitation form', () => {
  it('asks for an address, a name and a role before anything is sent', () => {
    expect(validateInviteForm(emptyInviteForm())).toEqual([
      { field: 'email', problem: 'email' },
      { field: 'displayName', problem: 'name' },
      { field: 'roles', problem: 'roles' },
    ]);
    expect(validateInviteForm({ ...filled, email: 'noora.uusi@' })).toEqual([{ field: 'email', problem: 'email' }]);
    expect(validateInviteForm(filled)).toEqual([]);
  });

  it('asks an organisation editor for their organisations, at most ten', () => {
    const editor = { ...filled, roles: ['orgEditor' as const] };
    expect(validateInviteForm(editor)).toEqual([{ field: 'organisationIds', problem: 'organisations' }]);
    expect(validateInviteForm({ ...editor, organisationIds: Array.from({ length: 11 }, (_, index) => `org-${index}`) })).toEqual([{ field: 'organisationIds', problem: 'tooManyOrganisations' }]);
    expect(validateInviteForm({ ...editor, organisationIds: ['org-1'] })).toEqual([]);
  });

  it('sends trimmed texts, no empty title, and organisations only with the editor role', () => {
    expect(invitationOf({ ...filled, organisationIds: ['org-1'] })).toEqual({ email: 'Noora.Uusi@pohjois-savo.example.fi', displayName: 'Noora Uusi', roles: ['professional'], organisationIds: [] });
    expect(invitationOf({ ...filled, title: ' Sairaanhoitaja ', roles: ['orgEditor'], organisationIds: ['org-1'] })).toMatchObject({ title: 'Sairaanhoitaja', organisationIds: ['org-1'] });
  });

  it("puts the API's objections on their fields", () => {
    const invalid = apiError('BAD_REQUEST', 'Invalid input: invitation.email: must be an email address', { issues: [{ path: 'invitation.email', message: 'must be an email address' }] });
    expect(apiProblemsOf(invalid)).toEqual([{ field: 'email', problem: 'email' }]);
    expect(apiProblemsOf(apiError('BAD_REQUEST', 'Invalid input: organisationIds: x is not an organisation of this county', { reason: 'InvitedOrganisationUnknownError' }))).toEqual([
      { field: 'organisationIds', problem: 'unknownOrganisation' },
    ]);
    expect(apiProblemsOf(apiError('CONFLICT', 'Invalid input: email: noora@example.fi is already a member of this county'))).toEqual([{ field: 'email', problem: 'emailTaken' }]);
    expect(apiProblemsOf(apiError('INTERNAL_SERVER_ERROR', 'Something went wrong'))).toEqual([]);
  });
});
