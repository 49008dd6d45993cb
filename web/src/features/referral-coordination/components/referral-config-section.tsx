import { useTranslation } from 'react-i18next';
import { type StoredReferralConfig, useReferralConfig, useSaveReferralConfig } from '../api/settings';
import { useSettingsEditor } from '../hooks/use-settings-editor';
import { configFormOf } from '../utils/settings-form';
import { ReferralConfigForm } from './referral-config-form';
import { SaveOutcome } from './save-outcome';
import { SettingsSection } from './settings-section';

const ReferralConfigEditor = ({ initial, reload }: { initial: StoredReferralConfig; reload: () => Promise<{ data?: StoredReferralConfig | undefined }> }) => {
  const { t } = useTranslation();
  const editor = useSettingsEditor(initial, reload, useSaveReferralConfig());
  const { config, version } = editor.base;
  return (
    <ReferralConfigForm
      // A new version fills the form afresh: after the coordinator's own save or their reload, never by itself.
      key={version}
      initial={configFormOf(config)}
      saving={editor.saving}
      refilled={editor.refilled}
      outcome={<SaveOutcome {...editor.outcome} savedText={t('referralCoordination.settings.savedReferrals')} />}
      onSave={(next) => editor.save({ expectedVersion: version, config: next })}
    />
  );
};

/** The referral types with their sending units, and how long closed referrals keep personal data. */
export const ReferralConfigSection = () => {
  const { t } = useTranslation();
  const query = useReferralConfig();
  return (
    <SettingsSection id="settings-referral-types-heading" heading={t('referralCoordination.settings.referralTypes')} intro={t('referralCoordination.settings.referralTypesIntro')} query={query}>
      {(stored) => <ReferralConfigEditor initial={stored} reload={query.refetch} />}
    </SettingsSection>
  );
};
