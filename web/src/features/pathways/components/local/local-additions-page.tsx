import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { Loading } from '../../../../components/ui/loading';
import { Notice } from '../../../../components/ui/notice';
import { PageHeading } from '../../../../components/ui/page-heading';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { usePathwayTitle, useLocalAdditions } from '../../api/pathways';
import { attachedActivityIds, rehomingTargets } from '../../utils/local-additions';
import { pathwayPaths } from '../../utils/pathway-links';
import { ActivityPicker } from './activity-picker';
import { AdditionRow } from './addition-row';
import { PathwayNews } from './pathway-news';

/** `/:tenant/pathways/:pathwayId/local`: the coordinator attaches the county's own activities to stages. */
export const LocalAdditionsPage = ({ tenant, pathwayId }: { tenant: string; pathwayId: string }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const local = useLocalAdditions(pathwayId);
  const pathwayTitle = usePathwayTitle(pathwayId);
  const paths = pathwayPaths(tenant, pathwayId);
  const data = local.data;
  return (
    <>
      <p>
        <Link to={paths.page}>{t('pathways.local.back', { title: pathwayTitle })}</Link>
      </p>
      <PageHeading documentTitle={[t('pathways.local.title'), pathwayTitle]}>{t('pathways.local.heading', { title: pathwayTitle })}</PageHeading>
      <p className="lead">{t('pathways.local.lead')}</p>
      {local.isPending && <Loading />}
      {local.error && <ErrorAlert error={local.error} onRetry={() => void local.refetch()} />}
      {data && data.needsRehoming.length > 0 && (
        <section className="section" aria-labelledby="rehoming-heading">
          <h2 id="rehoming-heading">{t('pathways.local.rehoming')}</h2>
          <Notice kind="info">{t('pathways.local.rehomingHelp', { number: data.versionNumber })}</Notice>
          <ul role="list" className="pathway-additions">
            {data.needsRehoming.map((addition) => (
              <AdditionRow key={addition.id} tenant={tenant} pathwayId={pathwayId} addition={addition} moveTargets={rehomingTargets(data.stages, addition.activityId)} />
            ))}
          </ul>
        </section>
      )}
      {data?.stages.map((stage, index) => (
        <section key={stage.stageId} className="section pathway-local-stage" aria-labelledby={`local-${stage.stageId}`}>
          <h2 id={`local-${stage.stageId}`}>
            {t('pathways.stage.number', { number: index + 1 })} {format.text(stage.title).text}
          </h2>
          {stage.additions.length === 0 ? (
            <p>{t('pathways.local.none')}</p>
          ) : (
            <ul role="list" className="pathway-additions">
              {stage.additions.map((addition) => (
                <AdditionRow key={addition.id} tenant={tenant} pathwayId={pathwayId} addition={addition} />
              ))}
            </ul>
          )}
          <ActivityPicker pathwayId={pathwayId} stageId={stage.stageId} attached={attachedActivityIds(data.stages, stage.stageId)} />
        </section>
      ))}
      <PathwayNews tenant={tenant} />
    </>
  );
};
