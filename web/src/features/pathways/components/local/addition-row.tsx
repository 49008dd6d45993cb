import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { SelectField } from '../../../../components/ui/form-fields';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { type LocalAddition, useMoveLocalActivity, useRemoveLocalActivity } from '../../api/pathways';
import type { StageChoice } from '../../utils/local-additions';

interface AdditionRowProps {
  tenant: string;
  pathwayId: string;
  addition: LocalAddition;
  /** Stages it may move to; none for an addition that stays where it is. */
  moveTargets?: readonly StageChoice[];
}

/** One attached activity: its listing, and removing it (or, when its stage is gone, moving it). */
export const AdditionRow = ({ tenant, pathwayId, addition, moveTargets = [] }: AdditionRowProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const remove = useRemoveLocalActivity();
  const move = useMoveLocalActivity();
  const [target, setTarget] = useState(moveTargets[0]?.stageId ?? '');
  const title = addition.activity ? format.text(addition.activity.title) : { text: t('pathways.local.missingActivity'), lang: undefined };
  const ref = { pathwayId, additionId: addition.id, expectedVersion: addition.version };
  const error = remove.error ?? move.error;
  return (
    <li className="pathway-addition">
      <p className="pathway-addition__title">
        {addition.activity ? (
          <Link to={`/${tenant}/activities/${addition.activityId}`} lang={title.lang}>
            {title.text}
          </Link>
        ) : (
          title.text
        )}
        {addition.activity && <span className="hint"> ({addition.activity.municipality})</span>}
        {addition.activity && addition.activity.status !== 'published' && <span className="badge">{t('pathways.local.notPublished')}</span>}
      </p>
      <div className="button-row">
        {moveTargets.length > 0 && (
          <>
            <SelectField id={`move-${addition.id}`} label={t('pathways.local.moveTo')} value={target} onChange={(event) => setTarget(event.target.value)}>
              {moveTargets.map((stage) => (
                <option key={stage.stageId} value={stage.stageId}>
                  {format.text(stage.title).text}
                </option>
              ))}
            </SelectField>
            <button type="button" className="button button--small" disabled={move.isPending} onClick={() => move.mutate({ ...ref, stageId: target })}>
              {t('pathways.local.move')}
              <span className="visually-hidden">: {title.text}</span>
            </button>
          </>
        )}
        <button type="button" className="button button--danger button--small" disabled={remove.isPending} onClick={() => remove.mutate(ref)}>
          {t('pathways.local.remove')}
          <span className="visually-hidden">: {title.text}</span>
        </button>
      </div>
      {error && <ErrorAlert error={error} />}
    </li>
  );
};
