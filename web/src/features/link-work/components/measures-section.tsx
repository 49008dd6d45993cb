import { useTranslation } from 'react-i18next';
import type { ReferralDetail } from '../../../lib/referrals';
import type { Instrument, MeasurePhase } from '../utils/measure-input';
import { MeasureForm } from './measure-form';

const phases: readonly MeasurePhase[] = ['start', 'end'];
const instruments: readonly Instrument[] = ['swemwbs', 'participation'];
/** The states in which the server takes a measure; the end measure may follow completion. */
const measurableStates: readonly string[] = ['requested', 'accepted', 'in-progress', 'on-hold', 'completed'];

type Measures = ReferralDetail['measures'];

/** What is recorded of one measure: SWEMWBS with its scores, the participation indicator only as recorded (never a score for one client). */
const RecordedMeasure = ({ instrument, measures }: { instrument: Instrument; measures: Measures }) => {
  const { t } = useTranslation();
  return (
    <ul role="list" className="link-work__recorded">
      {phases.map((phase) => {
        const phaseLabel = t(`linkWork.measures.phases.${phase}`);
        const swemwbs = measures.swemwbs[phase];
        const participation = measures.participation[phase];
        const filler = (filledBy: string) => t(`referrals.fillers.${filledBy}` as 'referrals.fillers.client');
        let text = t('linkWork.measures.notRecorded', { phase: phaseLabel });
        if (instrument === 'swemwbs' && swemwbs) text = t('linkWork.measures.swemwbsRecorded', { phase: phaseLabel, raw: swemwbs.raw, metric: swemwbs.metric, filler: filler(swemwbs.filledBy) });
        if (instrument === 'participation' && participation) text = t('linkWork.measures.participationRecorded', { phase: phaseLabel, filler: filler(participation.filledBy) });
        return <li key={phase}>{text}</li>;
      })}
    </ul>
  );
};

/** SWEMWBS and the participation indicator at the start and end: what is recorded, and forms for what is not. */
export const MeasuresSection = ({ referral }: { referral: ReferralDetail }) => {
  const { t } = useTranslation();
  const mayRecord = measurableStates.includes(referral.state);
  return (
    <section aria-labelledby="link-work-measures">
      <h3 id="link-work-measures">{t('linkWork.measures.title')}</h3>
      {instruments.map((instrument) => {
        const missing = phases.filter((phase) => referral.measures[instrument][phase] === null);
        return (
          <div key={instrument} className="link-work__measure">
            <h4>{t(`linkWork.${instrument}.legend`)}</h4>
            <RecordedMeasure instrument={instrument} measures={referral.measures} />
            {mayRecord && missing.length > 0 && <MeasureForm key={`${instrument}-${missing.join()}`} referral={referral} instrument={instrument} phases={missing} />}
          </div>
        );
      })}
    </section>
  );
};
