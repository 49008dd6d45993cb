import { apiErrorCode, apiErrorReason, inputIssuesOf } from '../../../lib/trpc';
import { type CountyRole, maxInvitedOrganisations, type StaffInvitation } from '../api/staff';

/** The invitation form as the user fills it in. */
export interface InviteFormValues {
  email: string;
  displayName: string;
  title: string;
  roles: CountyRole[];
  /** Kept while orgEditor is unticked, so ticking it again restores the choice; sent only with it. */
  organisationIds: string[];
}

export type InviteField = keyof InviteFormValues;

/** What is wrong, as the key of its message under `staff.errors`. */
export type InviteProblem = 'email' | 'emailTaken' | 'name' | 'jobTitle' | 'roles' | 'organisations' | 'tooManyOrganisations' | 'organisationsWithoutEditor' | 'unknownOrganisation';

export interface InviteFormProblem {
  field: InviteField;
  problem: InviteProblem;
}

/** The id of a field's control (or of its fieldset), for labels and the error summary's links. */
export const inviteFieldId = (field: InviteField): string => `staff-invite-${field}`;

export const emptyInviteForm = (): InviteFormValues => ({ email: '', displayName: '', title: '', roles: [], organisationIds: [] });

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const maxText = 200;

const editsOrganisations = (values: Pick<InviteFormValues, 'roles'>): boolean => values.roles.includes('orgEditor');

/** The form's own checks, in the order of its fields; the API checks everything again. */
export const validateInviteForm = (values: InviteFormValues): InviteFormProblem[] => {
  const email = values.email.trim();
  const name = values.displayName.trim();
  const checks: Array<[boolean, InviteFormProblem]> = [
    [!emailPattern.test(email) || email.length > 254, { field: 'email', problem: 'email' }],
    [name.length < 2 || name.length > maxText, { field: 'displayName', problem: 'name' }],
    [values.title.trim().length > maxText, { field: 'title', problem: 'jobTitle' }],
    [values.roles.length === 0, { field: 'roles', problem: 'roles' }],
    [editsOrganisations(values) && values.organisationIds.length === 0, { field: 'organisationIds', problem: 'organisations' }],
    [editsOrganisations(values) && values.organisationIds.length > maxInvitedOrganisations, { field: 'organisationIds', problem: 'tooManyOrganisations' }],
  ];
  return checks.filter(([failed]) => failed).map(([, problem]) => problem);
};

/** What the API gets: trimmed texts, no empty title, organisations only for an organisation editor. */
export const invitationOf = (values: InviteFormValues): StaffInvitation => {
  const title = values.title.trim();
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    ...(title ? { title } : {}),
    roles: values.roles,
    organisationIds: editsOrganisations(values) ? values.organisationIds : [],
  };
};

const problemOfIssue = (path: string, message: string, reason: string | null): InviteFormProblem | null => {
  const [field = ''] = path.replace(/^invitation\./, '').split('.');
  switch (field) {
    case 'email':
      return { field: 'email', problem: 'email' };
    case 'displayName':
      return { field: 'displayName', problem: 'name' };
    case 'title':
      return { field: 'title', problem: 'jobTitle' };
    case 'roles':
      return { field: 'roles', problem: 'roles' };
    case 'organisationIds':
      if (reason === 'InvitedOrganisationUnknownError') return { field, problem: 'unknownOrganisation' };
      if (/only an organisation editor/.test(message)) return { field, problem: 'organisationsWithoutEditor' };
      return { field, problem: 'organisations' };
    default:
      return null;
  }
};

/**
 * The API's objections at their fields: the fields a BAD_REQUEST names, and an address that is
 * already a member (CONFLICT). The API speaks English, so only the field is taken from it.
 */
export const apiProblemsOf = (error: unknown): InviteFormProblem[] => {
  if (apiErrorCode(error) === 'CONFLICT') return [{ field: 'email', problem: 'emailTaken' }];
  const reason = apiErrorReason(error);
  return inputIssuesOf(error).flatMap((issue) => problemOfIssue(issue.path, issue.message, reason) ?? []);
};
