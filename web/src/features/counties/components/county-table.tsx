import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { useLanguage, useLocalized } from '../../../i18n';
import type { County } from '../api/counties';
import type { StatusChange } from '../hooks/use-status-change';
import { actionsOf } from '../utils/county-actions';

/** The id of a county's suspend or reactivate button, where the focus returns when a confirmation is cancelled. */
export const statusButtonId = (slug: string, action: StatusChange): string => `county-${action}-${slug}`;

interface CountyTableProps {
  counties: readonly County[];
  listPath: string;
  identityOf: (slug: string) => string;
  busy: boolean;
  onChange: (county: County, action: StatusChange) => void;
}

/** What the operator may do to a county now: start (or redo) its onboarding, suspend it or reactivate it. */
const CountyActions = ({ county, listPath, busy, onChange }: Omit<CountyTableProps, 'counties' | 'identityOf'> & { county: County }) => {
  const { t } = useTranslation();
  const name = useLocalized()(county.name);
  // The county's name completes each action's accessible name, after the visible label: the table has one such button per row.
  const named = (label: string) => `${label}: ${name}`;
  const labels = { onboard: t('counties.list.onboard'), suspend: t('counties.list.suspend'), reactivate: t('counties.list.reactivate') };
  return (
    <div className="county-actions">
      {actionsOf(county.status).map((action) =>
        action === 'onboard' ? (
          <Link key={action} className="button button--small" to={`${listPath}/${county.slug}/onboard`} aria-label={named(labels.onboard)}>
            {labels.onboard}
          </Link>
        ) : (
          <button key={action} type="button" id={statusButtonId(county.slug, action)} className="button button--secondary button--small" disabled={busy} onClick={() => onChange(county, action)} aria-label={named(labels[action])}>
            {labels[action]}
          </button>
        ),
      )}
    </div>
  );
};

/** Every county by name in the UI language, with its status, municipalities, identity service and actions. */
export const CountyTable = ({ counties, listPath, identityOf, busy, onChange }: CountyTableProps) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  const rows = [...counties].sort((a, b) => localized(a.name).localeCompare(localized(b.name), language));
  const columns: Array<Column<County>> = [
    { key: 'name', header: t('counties.list.columns.name'), cell: (county) => localized(county.name) },
    { key: 'status', header: t('counties.list.columns.status'), cell: (county) => <span className={`county-status county-status--${county.status}`}>{t(`counties.status.${county.status}`)}</span> },
    { key: 'municipalities', header: t('counties.list.columns.municipalities'), cell: (county) => county.municipalities.length },
    { key: 'identity', header: t('counties.list.columns.identity'), cell: (county) => identityOf(county.slug) },
    { key: 'actions', header: t('counties.list.columns.actions'), cell: (county) => <CountyActions county={county} listPath={listPath} busy={busy} onChange={onChange} /> },
  ];
  return <DataTable id="counties" caption={t('counties.list.caption')} columns={columns} rows={rows} rowKey={(county) => county.slug} />;
};
