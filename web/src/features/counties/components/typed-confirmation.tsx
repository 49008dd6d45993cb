import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextField } from '../../../components/ui/form-fields';
import { useLanguage, useLocalized } from '../../../i18n';
import { inputIssuesOf } from '../../../lib/trpc';
import type { County } from '../api/counties';
import type { TypedStatusChange } from '../hooks/use-status-change';
import { possessiveCountyName } from '../utils/county-actions';
import { offboardingGraceDays } from '../utils/offboarding';
import { StatusChangeError } from './status-change-error';

const fieldId = 'county-typed-confirmation';

/** What an offboarding does, in the order it happens. */
const OffboardingSteps = () => {
  const { t } = useTranslation();
  return (
    <ul className="county-confirmation__steps">
      <li>{t('counties.offboarding.offboardDialog.staff')}</li>
      <li>{t('counties.offboarding.offboardDialog.export')}</li>
      <li>{t('counties.offboarding.offboardDialog.deletion', { days: offboardingGraceDays })}</li>
    </ul>
  );
};

interface TypedConfirmationProps {
  county: County;
  action: TypedStatusChange;
  busy: boolean;
  /** The API's refusal of the last try, shown here: the operator may correct what they typed, or reload. */
  error: unknown;
  onConfirm: (confirmation: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/**
 * The confirmation of an offboarding or a deletion: what it does, and the county's identifier to
 * type, without which the step cannot be confirmed.
 */
export const TypedConfirmation = ({ county, action, busy, error, onConfirm, onCancel, onReload }: TypedConfirmationProps) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === county.slug;
  const refusedTyping = inputIssuesOf(error).some((issue) => issue.path === 'confirmation');
  const offboarding = action === 'offboard';
  return (
    <ConfirmDialog
      id={`county-${action}`}
      className="county-confirmation"
      danger
      question={
        offboarding
          ? t('counties.offboarding.offboardDialog.question', { county: localized(county.name) })
          : t('counties.offboarding.deletionDialog.question', { county: possessiveCountyName(county.name, language) })
      }
      confirmLabel={offboarding ? t('counties.offboarding.offboardDialog.confirm') : t('counties.offboarding.deletionDialog.confirm')}
      cancelLabel={t('counties.list.cancel')}
      // Held back until the identifier is typed, as well as while the request is on its way.
      busy={busy || !matches}
      onConfirm={() => onConfirm(typed.trim())}
      onCancel={onCancel}
    >
      {offboarding ? <OffboardingSteps /> : <p>{t('counties.offboarding.deletionDialog.body')}</p>}
      <TextField
        id={fieldId}
        className="county-confirmation__field"
        label={<Trans i18nKey="counties.offboarding.typeSlug" values={{ slug: county.slug }} components={{ code: <code translate="no" /> }} />}
        error={refusedTyping ? t('counties.offboarding.typeSlugError', { slug: county.slug }) : undefined}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      {error && !refusedTyping ? <StatusChangeError error={error} onReload={onReload} /> : null}
    </ConfirmDialog>
  );
};
