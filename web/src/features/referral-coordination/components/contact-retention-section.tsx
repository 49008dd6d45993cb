import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/form-fields';
import { type StoredTenantSettings, useSaveTenantSettings, useTenantSettings } from '../api/settings';
import { useSettingsEditor } from '../hooks/use-settings-editor';
import { useSettingsErrors } from '../hooks/use-settings-errors';
import { contactRetentionId, contactRetentionLimits, retentionErrors, type SettingsError } from '../utils/settings-form';
import { SaveOutcome } from './save-outcome';
import { RetentionField, SaveButton } from './settings-fields';
import { SettingsSection } from './settings-section';

interface ContactRetentionFormProps {
  initialDays: number;
  saving: boolean;
  refilled: boolean;
  outcome: ReactNode;
  onSave: (days: number) => void;
}

const ContactRetentionForm = ({ initialDays, saving, refilled, outcome, onSave }: ContactRetentionFormProps) => {
  const { t } = useTranslation();
  const label = t('referralCoordination.settings.contactRetention.label');
  const formErrors = useSettingsErrors(contactRetentionLimits, label);
  const [days, setDays] = useState(String(initialDays));
  const [problems, setProblems] = useState<SettingsError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errors = formErrors(problems);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = retentionErrors(contactRetentionId, days, contactRetentionLimits);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (found.length === 0) onSave(Number(days.trim()));
  };
  return (
    <form className="form settings-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      <RetentionField
        id={contactRetentionId}
        label={label}
        hint={t('referralCoordination.settings.contactRetention.hint', contactRetentionLimits)}
        limits={contactRetentionLimits}
        value={days}
        error={errors[0]?.message}
        onChange={(value) => {
          setDays(value);
          setProblems([]);
        }}
      />
      <SaveButton saving={saving} focusOnMount={refilled} label={t('referralCoordination.settings.contactRetention.save')} />
      {outcome}
    </form>
  );
};

const ContactRetentionEditor = ({ initial, reload }: { initial: StoredTenantSettings; reload: () => Promise<{ data?: StoredTenantSettings | undefined }> }) => {
  const { t } = useTranslation();
  const editor = useSettingsEditor(initial, reload, useSaveTenantSettings());
  const { contactRequestRetentionDays, version } = editor.base;
  return (
    <ContactRetentionForm
      key={version}
      initialDays={contactRequestRetentionDays}
      saving={editor.saving}
      refilled={editor.refilled}
      outcome={<SaveOutcome {...editor.outcome} savedText={t('referralCoordination.settings.contactRetention.saved')} />}
      onSave={(days) => editor.save({ settings: { contactRequestRetentionDays: days }, expectedVersion: version })}
    />
  );
};

/** How long residents' contact requests keep their personal data. */
export const ContactRetentionSection = () => {
  const { t } = useTranslation();
  const query = useTenantSettings();
  return (
    <SettingsSection
      id="settings-contact-retention-heading"
      heading={t('referralCoordination.settings.contactRetention.heading')}
      intro={t('referralCoordination.settings.contactRetention.intro')}
      query={query}
    >
      {(stored) => <ContactRetentionEditor initial={stored} reload={query.refetch} />}
    </SettingsSection>
  );
};
