import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useListingFormat } from '../../../lib/use-listing-format';
import type { PathwayStage } from '../api/pathways';
import { useStageView } from '../hooks/use-stage-view';
import { referralSuggestionPath } from '../utils/pathway-links';
import { Localized } from './localized';
import { StageFeedback } from './stage-feedback';
import { LocalActivities, NationalItems } from './stage-items';

interface StageSectionProps {
  tenant: string;
  countyName: string;
  pathwayId: string;
  stage: PathwayStage;
  position: number;
  canSuggest: boolean;
}

/** One step of the pathway: national content and the county's own activities side by side, then feedback. */
export const StageSection = ({ tenant, countyName, pathwayId, stage, position, canSuggest }: StageSectionProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const ref = useRef<HTMLElement>(null);
  useStageView(ref, pathwayId, stage.id);
  const headingId = `stage-${stage.id}`;
  const title = format.text(stage.title);
  return (
    <li className="pathway-step">
      <article ref={ref} aria-labelledby={headingId} className="pathway-step__body">
        <h2 id={headingId} className="pathway-step__title">
          <span className="pathway-step__number">{t('pathways.stage.number', { number: position })}</span> <span lang={title.lang}>{title.text}</span>
        </h2>
        <Localized as="p" text={stage.description} />
        {canSuggest && (
          <p>
            <Link className="button button--secondary button--small" to={referralSuggestionPath(tenant, pathwayId, stage.id)}>
              {t('pathways.stage.suggest')}
              <span className="visually-hidden">: {title.text}</span>
            </Link>
          </p>
        )}
        <div className="pathway-step__columns">
          <section aria-labelledby={`${headingId}-national`}>
            <h3 id={`${headingId}-national`}>{t('pathways.stage.national')}</h3>
            <NationalItems items={stage.items} />
          </section>
          <section aria-labelledby={`${headingId}-local`}>
            <h3 id={`${headingId}-local`}>{t('pathways.stage.local', { county: countyName })}</h3>
            <LocalActivities tenant={tenant} activities={stage.localActivities} />
          </section>
        </div>
        <StageFeedback pathwayId={pathwayId} stageId={stage.id} />
      </article>
    </li>
  );
};
