import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../components/ui/form-fields';
import { useListingFormat } from '../../hooks/use-listing-format';
import { type DateRow, newRowKey, type WeeklyRow } from '../../utils/activity-form-values';
import { fieldIdOf } from '../../utils/activity-form-validation';
import { weekdays } from '../../utils/listing-format';

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

const replaced = <Row extends { key: string }>(rows: Row[], key: string, change: Partial<Row>): Row[] => rows.map((row) => (row.key === key ? { ...row, ...change } : row));

/** Weekly times and single dates, each row added and removed on its own. */
export const ScheduleFields = ({ weekly, dates, onChange, errorOf }: ScheduleFieldsProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const focus = useFocusAfterRender();
  const addWeekly = () => {
    const index = weekly.length;
    onChange({ weekly: [...weekly, { key: newRowKey(), weekday: '1', start: '', end: '' }] });
    focus(fieldIdOf(`schedule.weekly.${index}.weekday`));
  };
  const addDate = () => {
    const index = dates.length;
    onChange({ dates: [...dates, { key: newRowKey(), date: '', start: '', end: '' }] });
    focus(fieldIdOf(`schedule.dates.${index}.date`));
  };
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('catalog.editor.weeklyLegend')}</legend>
        <p className="hint">{t('catalog.editor.weeklyHint')}</p>
        {weekly.map((row, index) => {
          const path = `schedule.weekly.${index}`;
          return (
            <div key={row.key} className="slot-row" role="group" aria-label={t('catalog.editor.weeklyRow', { number: index + 1 })}>
              <SelectField
                id={fieldIdOf(`${path}.weekday`)}
                label={t('catalog.editor.weekday')}
                value={row.weekday}
                onChange={(event) => onChange({ weekly: replaced(weekly, row.key, { weekday: event.target.value }) })}
              >
                {weekdays.map((weekday) => (
                  <option key={weekday} value={String(weekday)}>
                    {format.weekdayLong(weekday)}
                  </option>
                ))}
              </SelectField>
              <TextField
                id={fieldIdOf(`${path}.start`)}
                type="time"
                label={t('catalog.editor.start')}
                value={row.start}
                error={errorOf(`${path}.start`)}
                onChange={(event) => onChange({ weekly: replaced(weekly, row.key, { start: event.target.value }) })}
              />
              <TextField
                id={fieldIdOf(`${path}.end`)}
                type="time"
                label={t('catalog.editor.end')}
                value={row.end}
                error={errorOf(`${path}.end`)}
                onChange={(event) => onChange({ weekly: replaced(weekly, row.key, { end: event.target.value }) })}
              />
              <button
                type="button"
                className="button button--secondary button--small slot-row__remove"
                onClick={() => {
                  onChange({ weekly: weekly.filter((candidate) => candidate.key !== row.key) });
                  focus('add-weekly');
                }}
              >
                {t('catalog.editor.removeRow')}
                <span className="visually-hidden"> {t('catalog.editor.weeklyRow', { number: index + 1 })}</span>
              </button>
            </div>
          );
        })}
        <button id="add-weekly" type="button" className="button button--secondary" onClick={addWeekly}>
          {t('catalog.editor.addWeekly')}
        </button>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('catalog.editor.datesLegend')}</legend>
        <p className="hint">{t('catalog.editor.datesHint')}</p>
        {dates.map((row, index) => {
          const path = `schedule.dates.${index}`;
          return (
            <div key={row.key} className="slot-row" role="group" aria-label={t('catalog.editor.dateRow', { number: index + 1 })}>
              <TextField
                id={fieldIdOf(`${path}.date`)}
                type="date"
                label={t('catalog.editor.date')}
                value={row.date}
                error={errorOf(`${path}.date`)}
                onChange={(event) => onChange({ dates: replaced(dates, row.key, { date: event.target.value }) })}
              />
              <TextField
                id={fieldIdOf(`${path}.start`)}
                type="time"
                label={t('catalog.editor.start')}
                value={row.start}
                error={errorOf(`${path}.start`)}
                onChange={(event) => onChange({ dates: replaced(dates, row.key, { start: event.target.value }) })}
              />
              <TextField
                id={fieldIdOf(`${path}.end`)}
                type="time"
                label={t('catalog.editor.end')}
                value={row.end}
                error={errorOf(`${path}.end`)}
                onChange={(event) => onChange({ dates: replaced(dates, row.key, { end: event.target.value }) })}
              />
              <button
                type="button"
                className="button button--secondary button--small slot-row__remove"
                onClick={() => {
                  onChange({ dates: dates.filter((candidate) => candidate.key !== row.key) });
                  focus('add-date');
                }}
              >
                {t('catalog.editor.removeRow')}
                <span className="visually-hidden"> {t('catalog.editor.dateRow', { number: index + 1 })}</span>
              </button>
            </div>
          );
        })}
        <button id="add-date" type="button" className="button button--secondary" onClick={addDate}>
          {t('catalog.editor.addDate')}
        </button>
      </fieldset>
    </>
  );
};
