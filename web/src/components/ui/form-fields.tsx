import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Marks the label "(required)"; the form itself checks it. */
  required?: boolean;
}

/** The ids of a field's hint and error, for `aria-describedby`. */
export const describedBy = ({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

const controlProps = (field: FieldProps) => ({
  id: field.id,
  'aria-describedby': describedBy(field),
  'aria-invalid': field.error ? true : undefined,
  'aria-required': field.required ? true : undefined,
});

/** A field's hint and error, with the ids `describedBy` names. */
export const FieldMessages = ({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>) => {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
    </>
  );
};

const Label = ({ id, label, required }: Pick<FieldProps, 'id' | 'label' | 'required'>) => {
  const { t } = useTranslation();
  return (
    <label htmlFor={id} className="field__label">
      {label}
      {required && <span className="field__required"> {t('form.required')}</span>}
    </label>
  );
};

const fieldClass = (error: string | undefined, extra = '') => `field${error ? ' field--error' : ''}${extra ? ` ${extra}` : ''}`;

type Without<T> = Omit<T, 'id' | 'required' | 'aria-describedby' | 'aria-invalid'>;

/** A labelled text input with its hint and error, tied together for screen readers. */
export const TextField = ({ id, label, hint, error, required, className, ...input }: FieldProps & Without<InputHTMLAttributes<HTMLInputElement>>) => (
  <div className={fieldClass(error, className)}>
    <Label id={id} label={label} required={required} />
    <FieldMessages id={id} hint={hint} error={error} />
    <input className="input" {...controlProps({ id, label, hint, error, required })} {...input} />
  </div>
);

export const TextAreaField = ({ id, label, hint, error, required, className, ...textarea }: FieldProps & Without<TextareaHTMLAttributes<HTMLTextAreaElement>>) => (
  <div className={fieldClass(error, className)}>
    <Label id={id} label={label} required={required} />
    <FieldMessages id={id} hint={hint} error={error} />
    <textarea className="input textarea" rows={5} {...controlProps({ id, label, hint, error, required })} {...textarea} />
  </div>
);

export const SelectField = ({ id, label, hint, error, required, className, children, ...select }: FieldProps & Without<SelectHTMLAttributes<HTMLSelectElement>>) => (
  <div className={fieldClass(error, className)}>
    <Label id={id} label={label} required={required} />
    <FieldMessages id={id} hint={hint} error={error} />
    <select className="select" {...controlProps({ id, label, hint, error, required })} {...select}>
      {children}
    </select>
  </div>
);

/** A single checkbox with its label beside it and its hint below. */
export const CheckboxField = ({ id, label, hint, error, required, className, ...input }: FieldProps & Without<InputHTMLAttributes<HTMLInputElement>>) => (
  <div className={fieldClass(error, `check-field${className ? ` ${className}` : ''}`)}>
    <FieldMessages id={id} error={error} />
    <div className="check">
      <input type="checkbox" {...controlProps({ id, label, hint, error, required })} {...input} />
      <Label id={id} label={label} required={required} />
    </div>
    {hint && (
      <p id={`${id}-hint`} className="hint check-field__hint">
        {hint}
      </p>
    )}
  </div>
);

export interface CheckboxOption<Value extends string> {
  value: Value;
  label: ReactNode;
  checked: boolean;
}

interface CheckboxListProps<Value extends string> {
  options: ReadonlyArray<CheckboxOption<Value>>;
  onChange: (value: Value, checked: boolean) => void;
  className: string;
}

/** Checkboxes in a list, each with its label beside it; the caller groups them in a fieldset with a legend. */
export const CheckboxList = <Value extends string>({ options, onChange, className }: CheckboxListProps<Value>) => (
  <ul role="list" className={className}>
    {options.map((option) => (
      <li key={option.value}>
        <label className="check">
          <input type="checkbox" checked={option.checked} onChange={(event) => onChange(option.value, event.target.checked)} />
          <span>{option.label}</span>
        </label>
      </li>
    ))}
  </ul>
);

export interface FormError {
  /** The id of the field the error is about. */
  id: string;
  message: string;
  /** The field's name, for the summary, where the message alone would not say which field it is. */
  field?: string | undefined;
}

/**
 * The errors of a submitted form at its top, announced at once and focused, each a link to its
 * field. It takes the focus when errors appear and on every submit (`attempt` changes), never
 * while the user fixes fields and the list shrinks.
 */
export const ErrorSummary = ({ errors, attempt }: { errors: FormError[]; attempt: number }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const seen = useRef({ attempt, count: 0 });
  useEffect(() => {
    const appeared = seen.current.count === 0 || seen.current.attempt !== attempt;
    seen.current = { attempt, count: errors.length };
    if (appeared && errors.length > 0) ref.current?.focus();
  }, [attempt, errors.length]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="alert alert--error error-summary" role="alert" tabIndex={-1}>
      <div className="alert__body">
        <p className="alert__title">{t('form.errorSummary')}</p>
        <ul>
          {errors.map((error) => (
            <li key={`${error.id}:${error.message}`}>
              <a
                href={`#${error.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.id)?.focus();
                }}
              >
                {error.field ? `${error.field}: ${error.message}` : error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
};
