import { CheckboxList } from '../../../../components/ui/form-fields';

export interface FilterOption {
  value: string;
  label: string;
  /** How many results this option would give (facet counts are disjunctive within a group). */
  count: number;
  checked: boolean;
  /** The option's label language, when it is not the UI language (a municipality's Finnish name). */
  lang?: string;
}

interface FilterGroupProps {
  legend: string;
  options: FilterOption[];
  onChange: (value: string, checked: boolean) => void;
}

/**
 * One filter as a group of checkboxes, each with its result count: "Sodankylä (12)". Options that
 * would give nothing are left out unless they are ticked, so the lists stay short.
 */
export const FilterGroup = ({ legend, options, onChange }: FilterGroupProps) => {
  const shown = options.filter((option) => option.count > 0 || option.checked);
  if (shown.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <CheckboxList
        className="filter-group__options"
        options={shown.map((option) => ({
          value: option.value,
          checked: option.checked,
          label: (
            <>
              <span lang={option.lang}>{option.label}</span> <span className="check__count">({option.count})</span>
            </>
          ),
        }))}
        onChange={onChange}
      />
    </fieldset>
  );
};
