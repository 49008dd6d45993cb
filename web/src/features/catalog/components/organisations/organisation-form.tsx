import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormError, SelectField, TextField } from '../../../../components/ui/form-fields';
import { apiErrorReason, inputIssuesOf } from '../../../../lib/trpc';
import type { OrganisationDetails } from '../../api/organisation-register';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { useVocabularyLabel } from '../../../../lib/use-vocabulary-label';
import { fieldIdOf } from '../../utils/activity-form-validation';
import { type OrganisationFormValues, organisationDetailsOf, validateOrganisationForm } from '../../utils/organisation-form-values';
import { CodeCheckboxes } from '../editor/code-checkboxes';
import { ContactFields } from '../editor/contact-fields';
import { LocalizedTextFields } from '../editor/localized-text-fields';
import { MutationError } from '../../../../components/ui/mutation-error';

interface OrganisationFormProps {
  initial: OrganisationFormValues;
  /** An editor of the organisation, not a coordinator: kind, business id and area are shown, not edited. */
  restricted: boolean;
  municipalities: readonly string[];
  vocabularies: Vocabularies;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSave: (details: OrganisationDetails) => void;
  onReload?: (() => void) | undefined;
}

/** Where the API's paths (`organisation.name.fi`) point in the form; a text's own path points to its Finnish field. */
const formPathOf = (apiPath: string): string => {
  const path = apiPath.replace(/^organisation\./, '');
  return path === 'name' || path === 'description' ? `${path}.fi` : path;
};

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section className="form-section" aria-labelledby={`${id}-heading`}>
    <h2 id={`${id}-heading`}>{title}</h2>
    {children}
  </section>
);

const contactKeys = ['name', 'phone', 'email', 'website'] as const;
const isContactField = (key: string): key is (typeof contactKeys)[number] => (contactKeys as readonly string[]).includes(key);

/** The name of the field at a path, for the error summary. */
const useFieldName = () => {
  const { t } = useTranslation();
  return (path: string): string => {
    const [first = '', second = ''] = path.split('.');
    if (first === 'contact' && isContactField(second)) return t(`catalog.editor.contact.${second}`);
    const names: Record<string, string> = {
      kind: t('organisations.form.kind'),
      name: t('organisations.form.name'),
      description: t('organisations.form.description'),
      businessId: t('organisations.form.businessId'),
      municipalities: t('organisations.form.municipalities'),
    };
    return names[first] ?? path;
  };
};

/** The form's problems: its own checks first, the API's objections (at their fields) when it has none. */
const useProblems = (error: unknown) => {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const [problems, setProblems] = useState<FormError[]>([]);
  const apiProblems: FormError[] =
    apiErrorReason(error) === 'OrganisationBusinessIdTakenError'
      ? [{ id: fieldIdOf('businessId'), message: t('organisations.form.businessIdTaken'), field: fieldName('businessId') }]
      : inputIssuesOf(error).map((issue) => ({
          id: fieldIdOf(formPathOf(issue.path)),
          message: t('catalog.editor.errors.fromApi', { detail: issue.message }),
          field: fieldName(formPathOf(issue.path)),
        }));
  const check = (values: OrganisationFormValues): FormError[] => {
    const found = validateOrganisationForm(values).map(({ path, problem }) => ({
      id: fieldIdOf(path),
      message: problem === 'businessId' ? t('organisations.form.businessIdFormat') : t(`catalog.editor.errors.${problem}`),
      field: fieldName(path),
    }));
    setProblems(found);
    return found;
  };
  const forget = (prefix: string) => setProblems((current) => current.filter((problem) => !problem.id.startsWith(fieldIdOf(prefix))));
  return { errors: problems.length > 0 ? problems : apiProblems, apiProblems, check, forget };
};

/** What only a coordinator changes, shown to an organisation's editor as text. */
const RestrictedDetails = ({ values, vocabularies }: { values: OrganisationFormValues; vocabularies: Vocabularies }) => {
  const { t } = useTranslation();
  const label = useVocabularyLabel(vocabularies);
  return (
    <div className="restricted-details">
      <p className="hint">{t('organisations.form.coordinatorOnly')}</p>
      <ul role="list">
        <li>{t('organisations.form.readOnlyKind', { kind: label('organisationKinds', values.kind) })}</li>
        {values.businessId && <li>{t('organisations.form.readOnlyBusinessId', { businessId: values.businessId })}</li>}
        <li>{t('organisations.form.readOnlyMunicipalities', { municipalities: values.municipalities.join(', ') })}</li>
      </ul>
    </div>
  );
};

/** An organisation's details, checked before saving; a stale version offers a reload as the listing form does. */
export const OrganisationForm = ({ initial, restricted, municipalities, vocabularies, submitLabel, saving, error, onSave, onReload }: OrganisationFormProps) => {
  const { t } = useTranslation();
  const label = useVocabularyLabel(vocabularies);
  const [values, setValues] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const { errors, apiProblems, check, forget } = useProblems(error);
  const errorOf = (path: string) => errors.find((candidate) => candidate.id === fieldIdOf(path))?.message;
  const update = (change: Partial<OrganisationFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
    Object.keys(change).forEach(forget);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (check(values).length === 0) onSave(organisationDetailsOf(values));
  };
  const municipalityTerms = municipalities.map((municipality) => ({ code: municipality, label: { fi: municipality, sv: municipality, en: municipality } }));

  return (
    <form className="form organisation-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      {apiProblems.length === 0 && error ? <MutationError error={error} onReload={onReload} /> : null}
      <Section id="organisation-basics" title={t('organisations.form.sections.basics')}>
        {restricted ? (
          <RestrictedDetails values={values} vocabularies={vocabularies} />
        ) : (
          <SelectField id={fieldIdOf('kind')} label={t('organisations.form.kind')} value={values.kind} onChange={(event) => update({ kind: event.target.value })} error={errorOf('kind')} required>
            <option value="">{t('organisations.form.chooseKind')}</option>
            {vocabularies.organisationKinds.map((term) => (
              <option key={term.code} value={term.code}>
                {label('organisationKinds', term.code)}
              </option>
            ))}
          </SelectField>
        )}
        <LocalizedTextFields path="name" legend={t('organisations.form.name')} value={values.name} onChange={(name) => update({ name })} errorOf={errorOf} required maxLength={200} />
        <LocalizedTextFields
          path="description"
          legend={t('organisations.form.description')}
          hint={t('organisations.form.descriptionHint')}
          value={values.description}
          onChange={(description) => update({ description })}
          errorOf={errorOf}
          multiline
          maxLength={2000}
        />
        {!restricted && (
          <TextField
            id={fieldIdOf('businessId')}
            label={t('organisations.form.businessId')}
            hint={t('organisations.form.businessIdHint')}
            value={values.businessId}
            error={errorOf('businessId')}
            onChange={(event) => update({ businessId: event.target.value })}
            maxLength={9}
            className="field--short"
          />
        )}
      </Section>
      <Section id="organisation-contact" title={t('organisations.form.sections.contact')}>
        <ContactFields value={values.contact} onChange={(contact) => update({ contact })} errorOf={errorOf} />
      </Section>
      {!restricted && (
        <Section id="organisation-area" title={t('organisations.form.sections.area')}>
          <CodeCheckboxes
            path="municipalities"
            legend={t('organisations.form.municipalities')}
            terms={municipalityTerms}
            value={values.municipalities}
            onChange={(chosen) => update({ municipalities: chosen })}
            error={errorOf('municipalities')}
          />
        </Section>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('organisations.form.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
};
