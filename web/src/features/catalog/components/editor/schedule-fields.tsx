import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../components/ui/form-fields';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { type DateRow, newRowKey, type WeeklyRow } from '../../utils/activity-form-values';
import { fieldIdOf } from '../../utils/activity-form-validation';
import { weekdays } from '../../../../lib/listing-format';

interface ScheduleFieldsProps {
  weekly: WeeklyRow[];
  dates: DateRow[];
  onChange: (change: { weekly?: WeeklyRow[]; dates?: DateRow[] }) => void;
  errorOf: (path: string) => string | undefined;
}

/** Moves focus after rows are added or removed: to the new row, or to the "add" button. */
const useFocusAfterRender = () => {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
};

type SlotRow = { key: string; start: string; end: string };

interface SlotRowsProps<Row extends SlotRow> {
  /** The rows' content path: `schedule.weekly` or `schedule.dates`. */
  path: string;
  legend: string;
  hint: string;
  addLabel: string;
  rowLabel: (number: number) => string;
  rows: Row[];
  emptyRow: () => Row;
  onChange: (rows: Row[]) => void;
  errorOf: (path: string) => string | undefined;
  /** The field that says when a row happens (a weekday, a date); it comes first and takes the focus in a new row. */
  when: { field: keyof Row & string; render: (row: Row, field: { id: string; error: string | undefined }, change: (change: Partial<Row>) => void) => ReactNode };
}

/** Slots that start and end at a time, each row added and removed on its own. */
const SlotRows = <Row extends SlotRow>({ path, legend, hint, addLabel, rowLabel, rows, emptyRow, onChange, errorOf, when }: SlotRowsProps<Row>) => {
  const { t } = useTranslation();
  const focus = useFocusAfterRender();
  const addId = `${fieldIdOf(path)}-add`;
  const changeRow = (key: string) => (change: Partial<Row>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    onChange([...rows, emptyRow()]);
    focus(fieldIdOf(`${path}.${rows.length}.${when.field}`));
  };
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      {rows.map((row, index) => {
        const rowPath = `${path}.${index}`;
        const change = changeRow(row.key);
        const time = (field: 'start' | 'end') => (
          <TextField
            id={fieldIdOf(`${rowPath}.${field}`)}
            type="time"
            label={t(`catalog.editor.${field}`)}
            value={row[field]}
            error={errorOf(`${rowPath}.${field}`)}
            onChange={(event) => change({ [field]: event.target.value } as Partial<Row>)}
          />
        );
        return (
          <div key={row.key} className="slot-row" role="group" aria-label={rowLabel(index + 1)}>
            {when.render(row, { id: fieldIdOf(`${rowPath}.${when.field}`), error: errorOf(`${rowPath}.${when.field}`) }, change)}
            {time('start')}
            {time('end')}
            <button
              type="button"
              className="button button--secondary button--small slot-row__remove"
              onClick={() => {
                onChange(rows.filter((candidate) => candidate.key !== row.key));
                focus(addId);
              }}
            >
              {t('catalog.editor.removeRow')}
              <span className="visually-hidden"> {rowLabel(index + 1)}</span>
            </button>
          </div>
        );
      })}
      <button id={addId} type="button" className="button button--secondary" onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
};

/** Weekly times and single dates. */
export const ScheduleFields = ({ weekly, dates, onChange, errorOf }: ScheduleFieldsProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  return (
    <>
      <SlotRows
        path="schedule.weekly"
        legend={t('catalog.editor.weeklyLegend')}
        hint={t('catalog.editor.weeklyHint')}
        addLabel={t('catalog.editor.addWeekly')}
        rowLabel={(number) => t('catalog.editor.weeklyRow', { number })}
        rows={weekly}
        emptyRow={() => ({ key: newRowKey(), weekday: '1', start: '', end: '' })}
        onChange={(rows) => onChange({ weekly: rows })}
        errorOf={errorOf}
        when={{
          field: 'weekday',
          render: (row, field, change) => (
            <SelectField {...field} label={t('catalog.editor.weekday')} value={row.weekday} onChange={(event) => change({ weekday: event.target.value })}>
              {weekdays.map((weekday) => (
                <option key={weekday} value={String(weekday)}>
                  {format.weekdayLong(weekday)}
                </option>
              ))}
            </SelectField>
          ),
        }}
      />
      <SlotRows
        path="schedule.dates"
        legend={t('catalog.editor.datesLegend')}
        hint={t('catalog.editor.datesHint')}
        addLabel={t('catalog.editor.addDate')}
        rowLabel={(number) => t('catalog.editor.dateRow', { number })}
        rows={dates}
        emptyRow={() => ({ key: newRowKey(), date: '', start: '', end: '' })}
        onChange={(rows) => onChange({ dates: rows })}
        errorOf={errorOf}
        when={{
          field: 'date',
          render: (row, field, change) => <TextField {...field} type="date" label={t('catalog.editor.date')} value={row.date} onChange={(event) => change({ date: event.target.value })} />,
        }}
      />
    </>
  );
};
