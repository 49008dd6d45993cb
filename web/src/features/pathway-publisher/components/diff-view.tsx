import { useTranslation } from 'react-i18next';
import type { PathwayDiff } from '../api/publisher';
import { type ChangeKind, type ChangeRow, changeRowsOf, hasChanges } from '../utils/diff-presentation';
import { useText } from '../utils/use-text';

const marks: Record<ChangeKind, string> = { added: '+', removed: '−', changed: '~' };

const FieldList = ({ fields }: { fields: readonly string[] }) => {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  const names = fields.map((field) => t(`pathwayPublisher.fields.${field}`, { defaultValue: field })).join(', ');
  return <> ({t('pathwayPublisher.diff.changedFields', { fields: names })})</>;
};

/** One change, named in words beside a symbol, so colour is never the only sign. */
const Row = ({ row }: { row: ChangeRow }) => {
  const { t } = useTranslation();
  const text = useText();
  return (
    <li>
      <span className={`publisher-change publisher-change--${row.kind}`}>
        <span aria-hidden="true">{marks[row.kind]} </span>
        {t(`pathwayPublisher.diff.${row.kind}`)}:
      </span>
      {text(row.title)}
      <FieldList fields={row.fields} />
      {row.children.length > 0 && (
        <ul>
          {row.children.map((child) => (
            <Row key={child.id} row={child} />
          ))}
        </ul>
      )}
    </li>
  );
};

/** What changed between two versions: the pathway's own fields, the stage order, and stages with their items. */
export const DiffView = ({ diff }: { diff: PathwayDiff }) => {
  const { t } = useTranslation();
  const fields = diff.fields.map((field) => t(`pathwayPublisher.fields.${field}`)).join(', ');
  return (
    <section aria-labelledby="pp-diff-heading">
      <h2 id="pp-diff-heading">{t('pathwayPublisher.diff.heading', { from: diff.from, to: diff.to })}</h2>
      {!hasChanges(diff) && <p>{t('pathwayPublisher.diff.none')}</p>}
      {diff.fields.length > 0 && <p>{t('pathwayPublisher.diff.pathwayFields', { fields })}</p>}
      {diff.stagesReordered && <p>{t('pathwayPublisher.diff.reordered')}</p>}
      {changeRowsOf(diff).length > 0 && (
        <>
          <h3>{t('pathwayPublisher.diff.stages')}</h3>
          <ul className="publisher-diff">
            {changeRowsOf(diff).map((row) => (
              <Row key={row.id} row={row} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
