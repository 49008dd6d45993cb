import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, ErrorSummary, type FormError, SelectField, TextField } from '../../../../components/ui/form-fields';
import { inputIssuesOf } from '../../../../lib/trpc';
import type { ActivityContent } from '../../api/listings';
import type { Organisation } from '../../api/organisations';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { useListingFormat } from '../../../../lib/use-listing-format';
import type { SaveIntent } from '../../hooks/use-save-activity';
import { type ActivityFormValues, activityContentOf } from '../../utils/activity-form-values';
import { fieldIdOf, validateActivityForm } from '../../utils/activity-form-validation';
import { CodeCheckboxes } from './code-checkboxes';
import { ContactFields } from './contact-fields';
import { LocalizedTextFields } from './localized-text-fields';
import { MutationError } from '../../../../components/ui/mutation-error';
import { ScheduleFields } from './schedule-fields';

export interface SaveButton {
  intent: SaveIntent;
  label: string;
}

interface ActivityFormProps {
  initial: ActivityFormValues;
  /** Offered only when the listing is new and the user edits several organisations. */
  organisations: Organisation[] | null;
  municipalities: readonly string[];
  vocabularies: Vocabularies;
  buttons: SaveButton[];
  saving: SaveIntent | null;
  error: unknown;
  onSave: (content: ActivityContent, intent: SaveIntent) => void;
  onReload?: () => void;
}

/** Where the API's paths (`content.title.fi`) point in the form; a text's own path points to its Finnish field. */
const formPathOf = (apiPath: string): string => {
  const path = apiPath.replace(/^content\./, '');
  return ['title', 'description', 'cost.description', 'schedule.note', 'registrationInfo'].includes(path) ? `${path}.fi` : path;
};

/** Where a form value lives in the content, where it differs from the value's own name. */
const contentPathOf: Partial<Record<keyof ActivityFormValues, string>> = {
  weekly: 'schedule.weekly',
  dates: 'schedule.dates',
  scheduleNote: 'schedule.note',
  costDescription: 'cost.description',
  free: 'cost.description',
};

const locationFields = ['name', 'address', 'postalCode', 'city'] as const;
const contactFields = ['name', 'phone', 'email', 'website'] as const;
const isOneOf = <Value extends string>(values: readonly Value[], value: string): value is Value => (values as readonly string[]).includes(value);

/** The name of the field at a content path, for the error summary. */
const useFieldName = () => {
  const { t } = useTranslation();
  const names: Record<string, string> = {
    title: t('catalog.editor.title'),
    description: t('catalog.editor.description'),
    themes: t('catalog.editor.themes'),
    targetGroups: t('catalog.editor.targetGroups'),
    languages: t('catalog.editor.languages'),
    municipality: t('catalog.editor.municipality'),
    location: t('catalog.editor.sections.place'),
    schedule: t('catalog.editor.sections.time'),
    cost: t('catalog.editor.costDescription'),
    registrationInfo: t('catalog.editor.registrationInfo'),
    contact: t('catalog.editor.sections.contact'),
    validFrom: t('catalog.editor.validFrom'),
    validUntil: t('catalog.editor.validUntil'),
  };
  return (path: string): string | undefined => {
    const row = /^schedule\.(weekly|dates)\.(\d+)/.exec(path);
    if (row) return t(row[1] === 'weekly' ? 'catalog.editor.weeklyRow' : 'catalog.editor.dateRow', { number: Number(row[2]) + 1 });
    const [first = '', second = ''] = path.split('.');
    if (first === 'location' && isOneOf(locationFields, second)) return t(`catalog.editor.location.${second}`);
    if (first === 'contact' && isOneOf(contactFields, second)) return t(`catalog.editor.contact.${second}`);
    return names[first];
  };
};

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section className="form-section" aria-labelledby={`${id}-heading`}>
    <h2 id={`${id}-heading`}>{title}</h2>
    {children}
  </section>
);

const isIntent = (value: string | undefined): value is SaveIntent => value === 'save' || value === 'draft' || value === 'submit' || value === 'publish';

/** The whole listing in one form, checked before saving; the API's objections appear at their fields. */
export const ActivityForm = ({ initial, organisations, municipalities, vocabularies, buttons, saving, error, onSave, onReload }: ActivityFormProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const fieldName = useFieldName();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const update = (change: Partial<ActivityFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
    // A field the editor has changed no longer shows its old error; the rest stay until the next save.
    const touched = Object.keys(change).map((key) => fieldIdOf(contentPathOf[key as keyof ActivityFormValues] ?? key));
    setProblems((current) => current.filter((problem) => !touched.some((prefix) => problem.id.startsWith(prefix))));
  };

  const apiProblems: FormError[] = inputIssuesOf(error).map((issue) => ({
    id: fieldIdOf(formPathOf(issue.path)),
    message: t('catalog.editor.errors.fromApi', { detail: issue.message }),
    field: fieldName(formPathOf(issue.path)),
  }));
  const errors = problems.length > 0 ? problems : apiProblems;
  const errorOf = (path: string) => errors.find((candidate) => candidate.id === fieldIdOf(path))?.message;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter instanceof HTMLButtonElement && isIntent(submitter.value) ? submitter.value : (buttons[0]?.intent ?? 'save');
    const found = validateActivityForm(values).map((problem) => ({
      id: fieldIdOf(problem.path),
      message: t(`catalog.editor.errors.${problem.problem}`),
      field: fieldName(problem.path),
    }));
    setProblems(found);
    setAttempt((count) => count + 1);
    if (found.length === 0) onSave(activityContentOf(values), intent);
  };

  return (
    <form className="form activity-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      {apiProblems.length === 0 && error ? <MutationError error={error} onReload={onReload} /> : null}
      <Section id="basics" title={t('catalog.editor.sections.basics')}>
        {organisations && organisations.length > 1 && (
          <SelectField
            id={fieldIdOf('organisationId')}
            label={t('catalog.editor.organisation')}
            value={values.organisationId}
            onChange={(event) => update({ organisationId: event.target.value })}
            required
          >
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {format.text(organisation.name).text}
              </option>
            ))}
          </SelectField>
        )}
        <LocalizedTextFields path="title" legend={t('catalog.editor.title')} value={values.title} onChange={(title) => update({ title })} errorOf={errorOf} required maxLength={140} />
        <LocalizedTextFields
          path="description"
          legend={t('catalog.editor.description')}
          hint={t('catalog.editor.descriptionHint')}
          value={values.description}
          onChange={(description) => update({ description })}
          errorOf={errorOf}
          required
          multiline
          maxLength={4000}
        />
      </Section>
      <Section id="classification" title={t('catalog.editor.sections.classification')}>
        <CodeCheckboxes
          path="themes"
          legend={t('catalog.editor.themes')}
          hint={t('catalog.editor.pickUpToSix')}
          terms={vocabularies.themes}
          value={values.themes}
          onChange={(themes) => update({ themes })}
          error={errorOf('themes')}
        />
        <CodeCheckboxes
          path="targetGroups"
          legend={t('catalog.editor.targetGroups')}
          hint={t('catalog.editor.pickUpToSix')}
          terms={vocabularies.targetGroups}
          value={values.targetGroups}
          onChange={(targetGroups) => update({ targetGroups })}
          error={errorOf('targetGroups')}
        />
        <CodeCheckboxes
          path="languages"
          legend={t('catalog.editor.languages')}
          terms={vocabularies.languages}
          value={values.languages}
          onChange={(languages) => update({ languages })}
          error={errorOf('languages')}
        />
      </Section>
      <Section id="place" title={t('catalog.editor.sections.place')}>
        <SelectField
          id={fieldIdOf('municipality')}
          label={t('catalog.editor.municipality')}
          value={values.municipality}
          onChange={(event) => update({ municipality: event.target.value })}
          error={errorOf('municipality')}
          required
        >
          <option value="">{t('catalog.editor.chooseMunicipality')}</option>
          {municipalities.map((municipality) => (
            <option key={municipality} value={municipality}>
              {municipality}
            </option>
          ))}
        </SelectField>
        {locationFields.map((key) => (
          <TextField
            key={key}
            id={fieldIdOf(`location.${key}`)}
            label={t(`catalog.editor.location.${key}`)}
            value={values.location[key]}
            error={errorOf(`location.${key}`)}
            onChange={(event) => update({ location: { ...values.location, [key]: event.target.value } })}
            inputMode={key === 'postalCode' ? 'numeric' : undefined}
            maxLength={key === 'postalCode' ? 5 : 200}
            className={key === 'postalCode' ? 'field--short' : undefined}
          />
        ))}
      </Section>
      <Section id="time" title={t('catalog.editor.sections.time')}>
        <ScheduleFields weekly={values.weekly} dates={values.dates} onChange={update} errorOf={errorOf} />
        <LocalizedTextFields
          path="schedule.note"
          legend={t('catalog.editor.scheduleNote')}
          hint={t('catalog.editor.scheduleNoteHint')}
          value={values.scheduleNote}
          onChange={(scheduleNote) => update({ scheduleNote })}
          errorOf={errorOf}
          maxLength={300}
        />
        <div className="field-pair">
          <TextField
            id={fieldIdOf('validFrom')}
            type="date"
            label={t('catalog.editor.validFrom')}
            value={values.validFrom}
            error={errorOf('validFrom')}
            onChange={(event) => update({ validFrom: event.target.value })}
          />
          <TextField
            id={fieldIdOf('validUntil')}
            type="date"
            label={t('catalog.editor.validUntil')}
            value={values.validUntil}
            error={errorOf('validUntil')}
            onChange={(event) => update({ validUntil: event.target.value })}
          />
        </div>
      </Section>
      <Section id="cost" title={t('catalog.editor.sections.cost')}>
        <CheckboxField id={fieldIdOf('cost.free')} label={t('catalog.editor.free')} checked={values.free} onChange={(event) => update({ free: event.target.checked })} />
        {!values.free && (
          <LocalizedTextFields
            path="cost.description"
            legend={t('catalog.editor.costDescription')}
            value={values.costDescription}
            onChange={(costDescription) => update({ costDescription })}
            errorOf={errorOf}
            required
            maxLength={300}
          />
        )}
      </Section>
      <Section id="access" title={t('catalog.editor.sections.access')}>
        <CodeCheckboxes
          path="accessibility"
          legend={t('catalog.editor.accessibility')}
          terms={vocabularies.accessibility}
          value={values.accessibility}
          onChange={(accessibility) => update({ accessibility })}
        />
        <CheckboxField
          id={fieldIdOf('accompanimentWelcome')}
          label={t('catalog.editor.accompanimentWelcome')}
          hint={t('catalog.editor.accompanimentHint')}
          checked={values.accompanimentWelcome}
          onChange={(event) => update({ accompanimentWelcome: event.target.checked })}
        />
        <CheckboxField
          id={fieldIdOf('registrationRequired')}
          label={t('catalog.editor.registrationRequired')}
          checked={values.registrationRequired}
          onChange={(event) => update({ registrationRequired: event.target.checked })}
        />
        <LocalizedTextFields
          path="registrationInfo"
          legend={t('catalog.editor.registrationInfo')}
          value={values.registrationInfo}
          onChange={(registrationInfo) => update({ registrationInfo })}
          errorOf={errorOf}
          maxLength={500}
        />
      </Section>
      <Section id="contact" title={t('catalog.editor.sections.contact')}>
        <ContactFields value={values.contact} onChange={(contact) => update({ contact })} errorOf={errorOf} />
      </Section>
      <div className="form-actions">
        {buttons.map((button, index) => (
          <button key={button.intent} type="submit" name="intent" value={button.intent} className={`button${index < buttons.length - 1 ? ' button--secondary' : ''}`} disabled={saving !== null}>
            {saving === button.intent ? t('catalog.editor.saving') : button.label}
          </button>
        ))}
      </div>
    </form>
  );
};
