import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/ui/form-fields';
import {
  type AccessibilityStatement,
  type CountyContact,
  type PrivacyNotice,
  type PrivacyRegister,
  useAccessibilityStatement,
  usePrivacyNotice,
  useSaveAccessibilityStatement,
  useSaveContact,
  useSavePrivacyNotice,
} from '../api/legal';
import { useDocumentEditor } from '../hooks/use-document-editor';
import { LocalizedTextFields } from './localized-text-fields';
import { SaveOutcome } from './save-outcome';

const conformanceOptions = ['full', 'partial', 'none'] as const;
const noticeSections: ReadonlyArray<keyof PrivacyNotice> = ['purpose', 'legalBasis', 'data', 'recipients', 'retention'];
const emptyContact: CountyContact = { email: '', address: '', dataProtectionOfficerEmail: '' };

const onSubmit = (save: () => void) => (event: FormEvent) => {
  event.preventDefault();
  save();
};

/** The county's contact details, shown in the statement and in every notice. */
export const ContactForm = ({ initial, version }: { initial: CountyContact | null; version: number }) => {
  const { t } = useTranslation();
  const statement = useAccessibilityStatement();
  const editor = useDocumentEditor(
    { content: initial ?? emptyContact, version },
    async () => {
      const { data } = await statement.refetch();
      return data ? { content: data.contact ?? emptyContact, version: data.contactVersion } : null;
    },
    useSaveContact(),
    (contact: CountyContact, expectedVersion) => ({ contact: { ...contact, phone: contact.phone?.trim() || undefined }, expectedVersion }),
  );
  const field = (key: keyof CountyContact) => ({
    id: `contact-${key}`,
    value: editor.values[key] ?? '',
    onChange: (event: { target: { value: string } }) => editor.setValues({ ...editor.values, [key]: event.target.value }),
  });
  return (
    <section className="section" aria-labelledby="contact-editor-heading">
      <h2 id="contact-editor-heading">{t('legal.editor.contactHeading')}</h2>
      <form className="form" onSubmit={onSubmit(editor.save)} noValidate>
        <TextField {...field('email')} label={t('legal.controller.email')} type="email" required maxLength={200} />
        <TextField {...field('phone')} label={t('legal.controller.phone')} type="tel" maxLength={20} />
        <TextField {...field('address')} label={t('legal.controller.address')} required maxLength={300} />
        <TextField {...field('dataProtectionOfficerEmail')} label={t('legal.controller.dpo')} type="email" required maxLength={200} />
        <SaveOutcome {...editor.outcome} />
        <button type="submit" className="button" disabled={editor.saving}>
          {t('legal.editor.saveContact')}
        </button>
      </form>
    </section>
  );
};

/** The accessibility statement's status, dates and texts. */
export const StatementForm = ({ initial, version, fromTemplate }: { initial: AccessibilityStatement; version: number; fromTemplate: boolean }) => {
  const { t } = useTranslation();
  const statement = useAccessibilityStatement();
  const editor = useDocumentEditor(
    { content: initial, version },
    async () => {
      const { data } = await statement.refetch();
      return data ? { content: data.statement, version: data.version } : null;
    },
    useSaveAccessibilityStatement(),
    (content: AccessibilityStatement, expectedVersion) => ({ statement: { ...content, reviewedOn: content.reviewedOn?.trim() || undefined }, expectedVersion }),
  );
  const { values, setValues } = editor;
  return (
    <section className="section" aria-labelledby="statement-editor-heading">
      <h2 id="statement-editor-heading">{t('legal.editor.statementHeading')}</h2>
      {fromTemplate && <p className="hint">{t('legal.editor.fromTemplate')}</p>}
      <form className="form" onSubmit={onSubmit(editor.save)} noValidate>
        <SelectField
          id="statement-conformance"
          label={t('legal.editor.conformance')}
          value={values.conformance}
          onChange={(event) => setValues({ ...values, conformance: conformanceOptions.find((option) => option === event.target.value) ?? values.conformance })}
        >
          {conformanceOptions.map((option) => (
            <option key={option} value={option}>
              {t(`legal.editor.conformanceOption.${option}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="statement-prepared"
          label={t('legal.editor.preparedOn')}
          value={values.preparedOn}
          onChange={(event) => setValues({ ...values, preparedOn: event.target.value })}
          required
          maxLength={10}
        />
        <TextField
          id="statement-reviewed"
          label={t('legal.editor.reviewedOn')}
          value={values.reviewedOn ?? ''}
          onChange={(event) => setValues({ ...values, reviewedOn: event.target.value })}
          maxLength={10}
        />
        <LocalizedTextFields id="statement-scope" legend={t('legal.statement.scope')} value={values.scope} onChange={(scope) => setValues({ ...values, scope })} />
        <LocalizedTextFields id="statement-gaps" legend={t('legal.statement.knownGaps')} value={values.knownGaps} onChange={(knownGaps) => setValues({ ...values, knownGaps })} />
        <SaveOutcome {...editor.outcome} />
        <button type="submit" className="button" disabled={editor.saving}>
          {t('legal.editor.saveStatement')}
        </button>
      </form>
    </section>
  );
};

const NoticeFormFields = ({ register, initial, version }: { register: PrivacyRegister; initial: PrivacyNotice; version: number }) => {
  const { t } = useTranslation();
  const notice = usePrivacyNotice(register);
  const editor = useDocumentEditor(
    { content: initial, version },
    async () => {
      const { data } = await notice.refetch();
      return data ? { content: data.notice, version: data.version } : null;
    },
    useSavePrivacyNotice(),
    (content: PrivacyNotice, expectedVersion) => ({ register, notice: content, expectedVersion }),
  );
  const name = t(`legal.registers.${register}`);
  return (
    <form className="form" onSubmit={onSubmit(editor.save)} noValidate>
      {noticeSections.map((section) => (
        <LocalizedTextFields
          key={section}
          id={`notice-${register}-${section}`}
          legend={t(`legal.notice.${section}`)}
          value={editor.values[section]}
          onChange={(text) => editor.setValues({ ...editor.values, [section]: text })}
        />
      ))}
      <SaveOutcome {...editor.outcome} />
      <button type="submit" className="button" disabled={editor.saving}>
        {t('legal.editor.saveNotice', { register: name })}
      </button>
    </form>
  );
};

/** One register's privacy notice, read on its own and saved on its own. */
export const NoticeForm = ({ register }: { register: PrivacyRegister }) => {
  const { t } = useTranslation();
  const notice = usePrivacyNotice(register);
  const headingId = `notice-editor-${register}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('legal.editor.noticeHeading', { register: t(`legal.registers.${register}`) })}</h2>
      {notice.data?.fromTemplate && <p className="hint">{t('legal.editor.fromTemplate')}</p>}
      {notice.data && <NoticeFormFields register={register} initial={notice.data.notice} version={notice.data.version} />}
    </section>
  );
};
