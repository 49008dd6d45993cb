import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ErrorSummary, type FormError, TextField } from '../../../components/ui/form-fields';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { Loading } from '../../../components/ui/loading';
import { maxInvitedOrganisations, useInviteStaff } from '../api/staff';
import { apiProblemsOf, emptyInviteForm, type InviteField, type InviteFormProblem, type InviteFormValues, inviteFieldId, invitationOf, validateInviteForm } from '../utils/invite-form';
import { staffMemberPath } from '../utils/staff-paths';
import { RoleChoices } from './role-choices';

/** An organisation to choose for an editor, its name in the UI language where the organisation gave one. */
export interface OrganisationChoice {
  id: string;
  name: string;
  lang: string;
}

/** The county's organisations as the page reads them. */
export interface OrganisationChoices {
  items: readonly OrganisationChoice[] | undefined;
  error: unknown;
  retry: () => void;
}

/** The form's problems in the UI language, each naming its field for the error summary. */
const useFormErrors = () => {
  const { t } = useTranslation();
  const fieldNames: Record<InviteField, string> = {
    email: t('staff.invite.email'),
    displayName: t('staff.invite.name'),
    title: t('staff.invite.jobTitle'),
    roles: t('staff.invite.roles'),
    organisationIds: t('staff.invite.organisations'),
  };
  return (problems: readonly InviteFormProblem[], values: InviteFormValues): FormError[] =>
    problems.map(({ field, problem }) => ({
      id: inviteFieldId(field),
      message: t(`staff.errors.${problem}`, { email: values.email.trim(), max: maxInvitedOrganisations }),
      field: fieldNames[field],
    }));
};

/** The organisations to tick for an organisation editor, once they have come. */
const OrganisationField = ({ organisations, value, onChange, error }: { organisations: OrganisationChoices; value: string[]; onChange: (ids: string[]) => void; error: string | undefined }) => {
  const { t } = useTranslation();
  if (organisations.error) return <ErrorAlert error={organisations.error} onRetry={organisations.retry} />;
  if (!organisations.items) return <Loading />;
  if (organisations.items.length === 0) return <p>{t('staff.invite.noOrganisations')}</p>;
  const options = organisations.items.map((organisation) => ({ value: organisation.id, label: <span lang={organisation.lang}>{organisation.name}</span> }));
  return (
    <CheckboxGroup
      className="staff-choices"
      id={inviteFieldId('organisationIds')}
      legend={t('staff.invite.organisations')}
      hint={t('staff.invite.organisationsHint', { max: maxInvitedOrganisations })}
      options={options}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
};

/**
 * A colleague's invitation. The request id is made once per form, so a second press or a retry
 * after a lost answer invites nobody twice. Once sent, the person's page opens with a notice.
 */
export const InviteForm = ({ tenant, organisations }: { tenant: string; organisations: OrganisationChoices }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invite = useInviteStaff();
  const [requestId] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState(emptyInviteForm);
  const [problems, setProblems] = useState<InviteFormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errorsOf = useFormErrors();
  const errors = errorsOf(problems, values);
  const errorOf = (field: InviteField) => errors.find((error) => error.id === inviteFieldId(field))?.message;
  const update = (change: Partial<InviteFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
    setProblems((current) => current.filter((problem) => !(problem.field in change)));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const found = validateInviteForm(values);
    setProblems(found);
    if (found.length > 0 || invite.isPending) return;
    invite.mutate(
      { requestId, invitation: invitationOf(values) },
      {
        onSuccess: (member) => void navigate(staffMemberPath(tenant, member.userId), { state: { invited: member.email ?? values.email.trim() } }),
        onError: (error) => setProblems(apiProblemsOf(error)),
      },
    );
  };
  const unexplained = invite.error && apiProblemsOf(invite.error).length === 0;
  return (
    <form className="form staff-invite" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      {unexplained && <ErrorAlert error={invite.error} title={t('staff.invite.failed')} />}
      <TextField
        id={inviteFieldId('email')}
        label={t('staff.invite.email')}
        hint={t('staff.invite.emailHint')}
        type="email"
        value={values.email}
        error={errorOf('email')}
        onChange={(event) => update({ email: event.target.value })}
        maxLength={254}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <TextField
        id={inviteFieldId('displayName')}
        label={t('staff.invite.name')}
        value={values.displayName}
        error={errorOf('displayName')}
        onChange={(event) => update({ displayName: event.target.value })}
        maxLength={200}
        autoComplete="off"
        required
      />
      <TextField
        id={inviteFieldId('title')}
        label={t('staff.invite.jobTitle')}
        value={values.title}
        error={errorOf('title')}
        onChange={(event) => update({ title: event.target.value })}
        maxLength={200}
        autoComplete="off"
      />
      <RoleChoices
        id={inviteFieldId('roles')}
        legend={t('staff.invite.roles')}
        hint={t('staff.invite.rolesHint')}
        value={values.roles}
        onChange={(roles) => update({ roles })}
        error={errorOf('roles')}
      />
      {values.roles.includes('orgEditor') && (
        <OrganisationField organisations={organisations} value={values.organisationIds} onChange={(organisationIds) => update({ organisationIds })} error={errorOf('organisationIds')} />
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={invite.isPending}>
          {invite.isPending ? t('staff.invite.sending') : t('staff.invite.submit')}
        </button>
      </div>
    </form>
  );
};
