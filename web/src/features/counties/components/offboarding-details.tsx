import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import type { County } from '../api/counties';
import { exportNoteOf, formatDate, formatMoment, type Offboarding, removedByKind } from '../utils/offboarding';
import { formatBytes, formatCount } from '../utils/usage-format';

/** The id of a leaving county's export note, which its download button is described by. */
export const exportNoteId = (slug: string): string => `county-export-${slug}`;

type Deletion = NonNullable<Offboarding['deletion']>;
type ExportDownload = NonNullable<County['exportDownloads']>[number];

/** Who started the leaving, downloaded the archive and confirmed the deletion, and what the deletion job removed, by kind of item as the export names them. */
const DeletionReport = ({ offboarding, deletion, downloads }: { offboarding: Offboarding; deletion: Deletion; downloads: readonly ExportDownload[] }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { deletionConfirmedAt, deletionConfirmedBy } = offboarding;
  return (
    <details className="disclosure county-report">
      <summary>{t('counties.offboarding.report')}</summary>
      <p>{t('counties.offboarding.startedBy', { name: offboarding.startedBy, date: formatMoment(offboarding.startedAt, language) })}</p>
      {deletionConfirmedAt && deletionConfirmedBy && <p>{t('counties.offboarding.confirmedBy', { name: deletionConfirmedBy, date: formatMoment(deletionConfirmedAt, language) })}</p>}
      {downloads.map((download) => (
        <p key={download.at}>{t('counties.offboarding.downloadedBy', { name: download.by, date: formatMoment(download.at, language) })}</p>
      ))}
      <p>{t('counties.offboarding.removed', { removed: formatCount(deletion.removed, language) })}</p>
      <ul className="county-report__kinds">
        {removedByKind(deletion.byEntity).map(([kind, count]) => (
          <li key={kind}>
            <code translate="no">{kind}</code>: {formatCount(count, language)}
          </li>
        ))}
      </ul>
    </details>
  );
};

/** A leaving county's status in words: when its data may be deleted, that its deletion is confirmed, or when it was deleted, with the report. */
export const OffboardingStatus = ({ offboarding, downloads = [] }: { offboarding: Offboarding; downloads?: readonly ExportDownload[] | undefined }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (offboarding.deletion) {
    return (
      <>
        <span className="county-status county-status--offboarded">{t('counties.offboarding.deleted', { date: formatDate(offboarding.deletion.at, language) })}</span>
        <DeletionReport offboarding={offboarding} deletion={offboarding.deletion} downloads={downloads} />
      </>
    );
  }
  const status = offboarding.deletionConfirmedAt ? t('counties.offboarding.deletionConfirmed') : t('counties.offboarding.status', { date: formatMoment(offboarding.deleteFrom, language) });
  return <span className="county-status county-status--offboarding">{status}</span>;
};

const hintOf = { preparing: 'preparingHint', notReadyYet: 'notReadyYet' } as const;

/**
 * What there is to download of a leaving county, said politely when it changes: the archive's
 * size once it is made, until then that it is being prepared (and, when the operator asked too
 * early, that it was not ready yet).
 */
export const ExportNote = ({ slug, offboarding, askedTooEarly }: { slug: string; offboarding: Offboarding; askedTooEarly: boolean }) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const note = exportNoteOf(offboarding, askedTooEarly);
  return (
    <p id={exportNoteId(slug)} className="county-export" role="status">
      {note.kind === 'ready' ? (
        t('counties.offboarding.export.ready', { size: formatBytes(note.made.bytes, language), items: formatCount(note.made.items, language) })
      ) : (
        <>
          <strong>{t('counties.offboarding.export.preparing')}</strong> {t(`counties.offboarding.export.${hintOf[note.kind]}`)}
        </>
      )}
    </p>
  );
};
