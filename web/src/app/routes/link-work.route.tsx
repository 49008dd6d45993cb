import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useMyLinkWorkerProfile, useMyTraining } from '../../features/link-work/api/link-work';
import { CapacitySummary } from '../../features/link-work/components/capacity-summary';
import { CaseloadList } from '../../features/link-work/components/caseload-list';
import { ProfileForm } from '../../features/link-work/components/profile-form';
import { ReferralQueue } from '../../features/link-work/components/referral-queue';
import { SurveyForm } from '../../features/link-work/components/survey-form';
import { TrainingForm } from '../../features/link-work/components/training-form';
import { useReferralVocabulary } from '../../lib/referrals';
import { useTenantRoute } from '../../lib/tenant-route';

/** `/:tenant/link-work`: my capacity, the queue of my municipalities and my caseload. */
export const LinkWorkHomeRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const profile = useMyLinkWorkerProfile();
  return (
    <>
      <PageHeading documentTitle={[t('linkWork.title')]}>{t('linkWork.title')}</PageHeading>
      {profile.isPending && <Loading />}
      {profile.isError && <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />}
      {profile.isSuccess && <CapacitySummary tenant={tenant.slug} profile={profile.data} />}
      {profile.data && <ReferralQueue tenant={tenant.slug} />}
      <CaseloadList tenant={tenant.slug} />
    </>
  );
};

/** A link worker page with its heading and intro, then its content once `query` has loaded. */
const LinkWorkPage = <Data,>({ title, intro, query, children }: { title: string; intro: string; query: UseQueryResult<Data, unknown>; children: (data: Data) => ReactNode }) => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading documentTitle={[title, t('linkWork.title')]}>{title}</PageHeading>
      <p>{intro}</p>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && children(query.data)}
    </>
  );
};

/** `/:tenant/link-work/profile`: where, in which languages and how much I work as a link worker. */
export const LinkWorkProfileRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  return (
    <LinkWorkPage title={t('linkWork.profile.title')} intro={t('linkWork.profile.intro')} query={useMyLinkWorkerProfile()}>
      {(saved) => <ProfileForm saved={saved} municipalities={tenant.municipalities} />}
    </LinkWorkPage>
  );
};

/** `/:tenant/link-work/training`: my courses and mentoring sessions. */
export const LinkWorkTrainingRoute = () => {
  const { t } = useTranslation();
  return (
    <LinkWorkPage title={t('linkWork.training.title')} intro={t('linkWork.training.intro')} query={useMyTraining()}>
      {(saved) => <TrainingForm saved={saved} />}
    </LinkWorkPage>
  );
};

/** `/:tenant/link-work/survey`: the link workers' survey about their work and training (it loads the question list). */
export const LinkWorkSurveyRoute = () => {
  const { t } = useTranslation();
  return (
    <LinkWorkPage title={t('linkWork.survey.title')} intro={t('linkWork.survey.intro')} query={useReferralVocabulary()}>
      {(vocabulary) => <SurveyForm questions={vocabulary.surveyQuestions} />}
    </LinkWorkPage>
  );
};
