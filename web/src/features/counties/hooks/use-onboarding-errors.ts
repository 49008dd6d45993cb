import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/ui/form-fields';
import { type OnboardingField, type OnboardingProblem, onboardingFieldId, retentionLimits } from '../utils/onboarding-form';

/** The onboarding form's problems in the UI language, each naming its field for the error summary. */
export const useOnboardingErrors = () => {
  const { t } = useTranslation();
  const fieldNames: Record<OnboardingField, string> = {
    municipalities: t('counties.onboarding.municipalities'),
    extraLanguages: t('counties.onboarding.languages'),
    retention: t('counties.onboarding.retention'),
    email: t('counties.onboarding.email'),
    displayName: t('counties.onboarding.displayName'),
  };
  const messageOf = (problem: OnboardingProblem): string =>
    problem.problem === 'required' ? t(`counties.onboarding.errors.${problem.field}.required`) : t(`counties.onboarding.errors.${problem.field}.invalid`, retentionLimits);
  return (problems: readonly OnboardingProblem[]): FormError[] => problems.map((problem) => ({ id: onboardingFieldId(problem.field), message: messageOf(problem), field: fieldNames[problem.field] }));
};
