import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { usePathwayStageTitle } from '../hooks/use-pathway-stage-title';
import { type ReferralConfig, useCreateReferral, useReferralConfig, useReferralVocabulary } from '../../../lib/referrals';
import { createReferralInputOf, emptyReferralForm, type PathwayStageRef, pathwayStagesOf, type ReferralFormValues } from '../utils/referral-form';
import { ReferralForm } from './referral-form';
import { type SafetyAnswer, SafetyCheck } from './safety-check';

/** What the referral page says after the form: sent, saved as a draft, or already saved by an earlier try. */
export interface CreatedState {
  created: 'requested' | 'draft' | 'duplicate';
}

/** The stage a pathway page suggested, named by its pathway's title. */
const SuggestedStage = ({ stage }: { stage: PathwayStageRef }) => {
  const { t } = useTranslation();
  return (
    <Notice kind="info">
      <p className="alert__title">{t('referrals.form.pathwayStage')}</p>
      <p>{usePathwayStageTitle(stage)}</p>
    </Notice>
  );
};

/** The first active type and its first active unit, so the common case needs no choosing. */
const defaultsOf = (config: ReferralConfig) => {
  const type = config.types.find((candidate) => candidate.active);
  return { typeId: type?.id ?? '', unitId: type?.units.find((unit) => unit.active)?.id ?? '' };
};

/**
 * A new referral. The request id is chosen once per form, so a retry after a lost answer returns
 * the referral already saved instead of a second one.
 */
export const NewReferral = ({ tenant, municipalities }: { tenant: string; municipalities: readonly string[] }) => {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const stages = useMemo(() => pathwayStagesOf(params), [params]);
  const [requestId] = useState(() => crypto.randomUUID());
  const [safety, setSafety] = useState<SafetyAnswer>(null);
  const config = useReferralConfig();
  const vocabulary = useReferralVocabulary();
  const create = useCreateReferral();
  const initial = useMemo(() => (config.data ? emptyReferralForm(new Date(), defaultsOf(config.data.config)) : null), [config.data]);
  if (config.isError || vocabulary.isError) return <ErrorAlert error={config.error ?? vocabulary.error} onRetry={() => void Promise.all([config.refetch(), vocabulary.refetch()])} />;
  if (!initial || !config.data || !vocabulary.data) return <Loading />;
  const onSave = (values: ReferralFormValues, submit: boolean) =>
    create.mutate(createReferralInputOf(values, { requestId, submit, stages }), {
      onSuccess: ({ referral, duplicate }) => {
        const state: CreatedState = { created: duplicate ? 'duplicate' : submit ? 'requested' : 'draft' };
        void navigate(`/${tenant}/referrals/${referral.id}`, { state });
      },
    });
  return (
    <>
      {stages[0] && <SuggestedStage stage={stages[0]} />}
      <SafetyCheck answer={safety} onAnswer={setSafety} />
      {safety === 'no' && (
        <ReferralForm initial={initial} config={config.data.config} vocabulary={vocabulary.data} municipalities={municipalities} saving={create.isPending} error={create.error} onSave={onSave} />
      )}
    </>
  );
};
