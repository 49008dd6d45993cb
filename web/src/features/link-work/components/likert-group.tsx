import type { ReactNode } from 'react';
import { FieldMessages } from '../../../components/ui/form-fields';
import { answerValues } from '../utils/measure-input';

interface LikertGroupProps {
  /** The group's id; its radios are `<id>-1` … `<id>-5`, so an error summary can link to the first. */
  id: string;
  legend: ReactNode;
  /** The words of answers 1–5. */
  answerLabels: readonly string[];
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}

/** One statement answered on a five-point scale: a fieldset whose legend is the statement, one radio per answer. */
export const LikertGroup = ({ id, legend, answerLabels, value, onChange, error }: LikertGroupProps) => (
  <fieldset className={`likert${error ? ' field--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
    <legend className="likert__legend">{legend}</legend>
    <FieldMessages id={id} error={error} />
    <ul role="list" className="likert__options">
      {answerValues.map((answer, index) => (
        <li key={answer}>
          <label className="check likert__option">
            <input type="radio" id={`${id}-${answer}`} name={id} value={answer} checked={value === answer} onChange={() => onChange(answer)} />
            <span>{answerLabels[index]}</span>
          </label>
        </li>
      ))}
    </ul>
  </fieldset>
);

/** The id an error summary links to for a Likert group: its first radio. */
export const likertFocusId = (id: string) => `${id}-1`;
