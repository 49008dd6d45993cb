import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { useLanguage, useLocalized } from '../../../i18n';
import type { County } from '../api/counties';
import type { StatusChange } from '../hooks/use-status-change';
import { actionsOfCounty } from '../utils/county-actions';
import { deletionStateOf, formatMoment } from '../utils/offboarding';
import { ExportNote, exportNoteId, OffboardingStatus } from './offboarding-details';

/** The id of a county's button for a change of its status, where the focus returns when a confirmation is cancelled. */
export const statusButtonId = (slug: string, action: StatusChange): string => `county-${action}-${slug}`;

const deletionWaitId = (slug: string): string => `county-deletion-wait-${slug}`;

/** The export downloads of the leaving counties. */
export interface ExportDownloads {
  download: (county: County) => Promise<void>;
  /** The county whose link is being asked for. */
  downloading: string | null;
  askedTooEarly: ReadonlySet<string>;
}

interface CountyTableProps {
  counties: readonly County[];
  listPath: string;
  identityOf: (slug: string) => string;
  busy: boolean;
  onChange: (county: County, action: StatusChange) => void;
  exports: ExportDownloads;
}

type CountyActionsProps = Omit<CountyTableProps, 'counties' | 'identityOf'> & { county: County };

/** Why a leaving county's deletion cannot be confirmed yet, in words beside the disabled button; null when it can be. */
const useDeletionWait = (county: County): string | null => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { offboarding } = county;
  if (!offboarding) return null;
  const state = deletionStateOf(offboarding, new Date());
  if (state === 'confirmable' || state === 'confirmed') return null;
  return t(`counties.offboarding.deletionWaits.${state}`, { date: formatMoment(offboarding.deleteFrom, language) });
};

/**
 * What the operator may do to a county now: start (or redo) its onboarding, suspend, reactivate or
 * offboard it; for a leaving county, download its export, keep it after all, or confirm its deletion.
 */
const CountyActions = ({ county, listPath, busy, onChange, exports }: CountyActionsProps) => {
  const { t } = useTranslation();
  const name = useLocalized()(county.name);
  const deletionWait = useDeletionWait(county);
  // The county's name completes each action's accessible name, after the visible label: the table has one such button per row.
  const named = (label: string) => `${label}: ${name}`;
  const actions = actionsOfCounty(county);
  return (
    <div className="county-actions-cell">
      <div className="county-actions">
        {actions.map((action) => {
          const label = t(`counties.list.${action}`);
          if (action === 'onboard') {
            return (
              <Link key={action} className="button button--small" to={`${listPath}/${county.slug}/onboard`} aria-label={named(label)}>
                {label}
              </Link>
            );
          }
          if (action === 'downloadExport') {
            return (
              <button
                key={action}
                type="button"
                className="button button--small"
                disabled={exports.downloading === county.slug}
                onClick={() => void exports.download(county)}
                aria-label={named(label)}
                aria-describedby={exportNoteId(county.slug)}
              >
                {label}
              </button>
            );
          }
          const waits = action === 'confirmDeletion' && deletionWait !== null;
          return (
            <button
              key={action}
              type="button"
              id={statusButtonId(county.slug, action)}
              className="button button--secondary button--small"
              disabled={busy || waits}
              onClick={() => onChange(county, action)}
              aria-label={named(label)}
              aria-describedby={waits ? deletionWaitId(county.slug) : undefined}
            >
              {label}
            </button>
          );
        })}
      </div>
      {actions.includes('confirmDeletion') && deletionWait && (
        <p id={deletionWaitId(county.slug)} className="county-note">
          {deletionWait}
        </p>
      )}
      {county.offboarding && actions.includes('downloadExport') && <ExportNote slug={county.slug} offboarding={county.offboarding} askedTooEarly={exports.askedTooEarly.has(county.slug)} />}
    </div>
  );
};

const CountyStatus = ({ county }: { county: County }) => {
  const { t } = useTranslation();
  if (county.offboarding && (county.status === 'offboarding' || county.status === 'offboarded')) return <OffboardingStatus offboarding={county.offboarding} downloads={county.exportDownloads} />;
  return <span className={`county-status county-status--${county.status}`}>{t(`counties.status.${county.status}`)}</span>;
};

/** Every county by name in the UI language, with its status, municipalities, identity service and actions. */
export const CountyTable = ({ counties, listPath, identityOf, busy, onChange, exports }: CountyTableProps) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  const rows = [...counties].sort((a, b) => localized(a.name).localeCompare(localized(b.name), language));
  const columns: Array<Column<County>> = [
    { key: 'name', header: t('counties.list.columns.name'), cell: (county) => localized(county.name) },
    { key: 'status', header: t('counties.list.columns.status'), cell: (county) => <CountyStatus county={county} /> },
    { key: 'municipalities', header: t('counties.list.columns.municipalities'), cell: (county) => county.municipalities.length },
    { key: 'identity', header: t('counties.list.columns.identity'), cell: (county) => identityOf(county.slug) },
    { key: 'actions', header: t('counties.list.columns.actions'), cell: (county) => <CountyActions county={county} listPath={listPath} busy={busy} onChange={onChange} exports={exports} /> },
  ];
  return <DataTable id="counties" caption={t('counties.list.caption')} columns={columns} rows={rows} rowKey={(county) => county.slug} />;
};
