import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { SelectField } from '../../../components/ui/form-fields';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLanguage } from '../../../i18n/use-language';
import { useDiff, useDraft, useVersions, type VersionSummary } from '../api/publisher';
import { useText } from '../utils/use-text';
import { DiffView } from './diff-view';
import { PathwayTabs } from './pathway-tabs';

const Comparison = ({ pathwayId, versions }: { pathwayId: string; versions: readonly VersionSummary[] }) => {
  const { t } = useTranslation();
  const newest = versions[0]?.number ?? 1;
  const [from, setFrom] = useState(Math.max(newest - 1, 0));
  const [to, setTo] = useState(newest);
  const diff = useDiff(pathwayId, from, to, from < to);
  const option = (number: number) => (
    <option key={number} value={number}>
      {number === 0 ? t('pathwayPublisher.versions.nothing') : t('pathwayPublisher.versions.option', { number })}
    </option>
  );
  return (
    <section className="publisher-section" aria-labelledby="pp-compare-heading">
      <h2 id="pp-compare-heading">{t('pathwayPublisher.versions.compare')}</h2>
      <SelectField id="pp-from" label={t('pathwayPublisher.versions.from')} value={from} onChange={(event) => setFrom(Number(event.target.value))}>
        {[0, ...versions.map((version) => version.number)].filter((number) => number < to).map(option)}
      </SelectField>
      <SelectField id="pp-to" label={t('pathwayPublisher.versions.to')} value={to} onChange={(event) => setTo(Number(event.target.value))}>
        {versions
          .map((version) => version.number)
          .filter((number) => number > from)
          .map(option)}
      </SelectField>
      {diff.isFetching && <Loading />}
      {diff.error && <ErrorAlert error={diff.error} />}
      {diff.data && <DiffView diff={diff.data} />}
    </section>
  );
};

/** `publisher/pathways/:pathwayId/versions`: every published version, and a comparison of any two. */
export const VersionsPage = () => {
  const { t } = useTranslation();
  const text = useText();
  const { language } = useLanguage();
  const { pathwayId = '' } = useParams();
  const title = text(useDraft(pathwayId).data?.content.title) || pathwayId;
  const versions = useVersions(pathwayId);
  const items = versions.data?.items ?? [];
  const date = (iso: string) => new Date(iso).toLocaleDateString(`${language}-FI`);
  return (
    <>
      <PageHeading documentTitle={[title, t('pathwayPublisher.tabs.versions')]}>{t('pathwayPublisher.versions.heading', { title })}</PageHeading>
      <PathwayTabs pathwayId={pathwayId} />
      {versions.isPending && <Loading />}
      {versions.error && <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />}
      {versions.data && items.length === 0 && <p>{t('pathwayPublisher.versions.empty')}</p>}
      {items.length > 0 && (
        <>
          <DataTable
            id="pp-versions"
            caption={t('pathwayPublisher.versions.caption')}
            rows={items}
            rowKey={(version) => String(version.number)}
            columns={[
              { key: 'number', header: t('pathwayPublisher.versions.number'), cell: (version) => version.number },
              { key: 'date', header: t('pathwayPublisher.versions.date'), cell: (version) => date(version.publishedAt) },
              { key: 'summary', header: t('pathwayPublisher.versions.summary'), cell: (version) => text(version.changeSummary) },
            ]}
          />
          <Comparison pathwayId={pathwayId} versions={items} />
        </>
      )}
    </>
  );
};
