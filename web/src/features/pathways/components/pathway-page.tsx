import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLocalized } from '../../../i18n';
import { apiErrorCode } from '../../../lib/trpc';
import { useMe } from '../../../lib/auth/api/me';
import { useListingFormat } from '../../../lib/use-listing-format';
import type { Tenant } from '../../../lib/tenants';
import { type PathwayView, usePathway } from '../api/pathways';
import { useCodeLabel } from '../hooks/use-code-label';
import { canSuggestInReferral, pathwayPaths } from '../utils/pathway-links';
import { Localized } from './localized';
import { StageSection } from './stage-section';

/** Which version residents see, when it came out and what changed in it. */
const VersionNote = ({ pathway }: { pathway: PathwayView }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  return (
    <div className="pathway-version">
      <p>{t('pathways.version', { number: pathway.versionNumber, date: format.date(pathway.publishedAt) })}</p>
      {pathway.changeSummary.fi && (
        <details className="disclosure">
          <summary>{t('pathways.page.whatChanged')}</summary>
          <Localized as="p" text={pathway.changeSummary} />
        </details>
      )}
    </div>
  );
};

/** `/:tenant/pathways/:pathwayId`: the pathway's stages in order, national and local content side by side. */
export const PathwayPage = ({ tenant, pathwayId }: { tenant: Tenant; pathwayId: string }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useListingFormat();
  const label = useCodeLabel();
  const pathway = usePathway(pathwayId);
  const { signedIn, me } = useMe(tenant.slug);
  const roles = (signedIn && me.data?.roles) || [];
  const paths = pathwayPaths(tenant.slug, pathwayId);
  const back = (
    <p>
      <Link to={paths.list}>{t('pathways.page.back')}</Link>
    </p>
  );
  if (pathway.isPending) return <Loading />;
  if (pathway.error) {
    const missing = apiErrorCode(pathway.error) === 'NOT_FOUND';
    return (
      <>
        <PageHeading documentTitle={[t('pathways.page.notFound')]}>{missing ? t('pathways.page.notFound') : t('pathways.title')}</PageHeading>
        {!missing && <ErrorAlert error={pathway.error} onRetry={() => void pathway.refetch()} />}
        {back}
      </>
    );
  }
  const data = pathway.data;
  const title = format.text(data.title);
  const countyName = localized(tenant.name);
  return (
    <>
      {back}
      <PageHeading documentTitle={[title.text, t('pathways.title')]}>
        <span lang={title.lang}>{title.text}</span>
      </PageHeading>
      <p className="pathway-target">{label('targetGroups', data.targetGroup)}</p>
      <Localized as="p" className="lead" text={data.introduction} />
      <VersionNote pathway={data} />
      {roles.includes('coordinator') && (
        <p className="button-row">
          <Link to={paths.local}>{t('pathways.page.editLocal')}</Link>
          <Link to={paths.feedback}>{t('pathways.page.countyFeedback')}</Link>
        </p>
      )}
      <ol className="pathway-steps" aria-label={t('pathways.page.stages')}>
        {data.stages.map((stage, index) => (
          <StageSection key={stage.id} tenant={tenant.slug} countyName={countyName} pathwayId={data.id} stage={stage} position={index + 1} canSuggest={canSuggestInReferral(roles)} />
        ))}
      </ol>
    </>
  );
};
