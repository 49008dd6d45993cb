import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxList, ErrorSummary, FieldMessages, type FormError, TextField } from '../../../components/ui/form-fields';
import { type MyProfile, useLinkWorkMutations } from '../api/link-work';
import { type ProfileField, type ProfileFormState, profileErrors, profileFormOf, profileLanguages, profileOf, toggled } from '../utils/profile-form';
import { useVersionedForm } from '../hooks/use-versioned-form';
import { MutationFeedback } from './mutation-feedback';

const ids: Record<ProfileField, string> = { displayName: 'profile-name', municipalities: 'profile-municipalities', languages: 'profile-languages', capacity: 'profile-capacity' };
const messages = {
  displayName: 'linkWork.profile.displayNameError',
  municipalities: 'linkWork.profile.municipalitiesError',
  languages: 'linkWork.profile.languagesError',
  capacity: 'linkWork.profile.capacityError',
} as const;

/** My link worker profile; saving checks the version I started from. */
export const ProfileForm = ({ saved, municipalities }: { saved: MyProfile; municipalities: readonly string[] }) => {
  const { t } = useTranslation();
  const { saveProfile } = useLinkWorkMutations();
  const [form, setForm] = useVersionedForm<ProfileFormState>(saved?.version ?? 0, () => profileFormOf(saved?.profile));
  const [attempt, setAttempt] = useState(0);
  const errors: FormError[] = attempt > 0 ? profileErrors(form).map((field) => ({ id: ids[field], message: t(messages[field]) })) : [];
  const errorOf = (field: ProfileField) => errors.find((error) => error.id === ids[field])?.message;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const profile = profileOf(form);
    if (profile) saveProfile.mutate({ expectedVersion: saved?.version ?? 0, profile });
  };
  const group = (field: 'municipalities' | 'languages', legend: string, options: { value: string; label: string }[], order: readonly string[]) => (
    <fieldset className="fieldset" id={ids[field]} tabIndex={-1} aria-describedby={errorOf(field) ? `${ids[field]}-error` : undefined}>
      <legend>
        {legend} <span className="field__required">{t('form.required')}</span>
      </legend>
      <FieldMessages id={ids[field]} error={errorOf(field)} />
      <CheckboxList
        className="link-work__checks check-columns"
        options={options.map((option) => ({ ...option, checked: (form[field] as readonly string[]).includes(option.value) }))}
        onChange={(value, checked) => setForm({ ...form, [field]: toggled(form[field] as string[], value, checked, order) })}
      />
    </fieldset>
  );
  return (
    <form className="form link-work__form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={ids.displayName}
        label={t('linkWork.profile.displayName')}
        required
        maxLength={120}
        autoComplete="name"
        error={errorOf('displayName')}
        value={form.displayName}
        onChange={(event) => setForm({ ...form, displayName: event.target.value })}
      />
      <fieldset className="fieldset">
        <legend>{t('linkWork.profile.kind')}</legend>
        {(['staff', 'volunteer'] as const).map((kind) => (
          <label key={kind} className="check">
            <input type="radio" name="profile-kind" value={kind} checked={form.kind === kind} onChange={() => setForm({ ...form, kind })} />
            <span>{t(`linkWork.profile.kinds.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      {group(
        'municipalities',
        t('linkWork.profile.municipalities'),
        municipalities.map((name) => ({ value: name, label: name })),
        municipalities,
      )}
      {group(
        'languages',
        t('linkWork.profile.languages'),
        profileLanguages.map((code) => ({ value: code, label: t(`linkWork.profile.languageNames.${code}`) })),
        profileLanguages,
      )}
      <TextField
        id={ids.capacity}
        label={t('linkWork.profile.capacity')}
        hint={t('linkWork.profile.capacityHint')}
        required
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        className="field--short"
        error={errorOf('capacity')}
        value={form.capacity}
        onChange={(event) => setForm({ ...form, capacity: event.target.value })}
      />
      <MutationFeedback mutation={saveProfile} saved={t('linkWork.profile.saved')} />
      <button type="submit" className="button" disabled={saveProfile.isPending}>
        {t('linkWork.profile.save')}
      </button>
    </form>
  );
};
