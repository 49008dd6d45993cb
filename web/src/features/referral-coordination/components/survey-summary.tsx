import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useSurveySummary } from '../api/coordination';
import { figureText } from '../utils/report-rows';

const answers = [1, 2, 3, 4, 5] as const;

/** The link workers' survey as means and answer counts per question; small groups are hidden. */
export const SurveySummary = () => {
  const { t, i18n } = useTranslation();
  const summary = useSurveySummary();
  const show = (value: number | null | undefined) => figureText(value, t('referralCoordination.reports.fewerThan'), i18n.language);
  return (
    <section aria-labelledby="coordination-survey">
      <h2 id="coordination-survey">{t('referralCoordination.survey.title')}</h2>
      {summary.isPending && <Loading />}
      {summary.isError && <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.isSuccess && (
        <>
          <p>{t('referralCoordination.survey.respondents', { count: summary.data.respondents ?? 0, shown: show(summary.data.respondents) })}</p>
          {summary.data.questions.every((row) => row.mean === null) ? (
            <p>{t('referralCoordination.survey.tooFew')}</p>
          ) : (
            <table className="count-table">
              <caption>{t('referralCoordination.survey.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('referralCoordination.survey.question')}</th>
                  <th scope="col">{t('referralCoordination.survey.mean')}</th>
                  {answers.map((answer) => (
                    <th key={answer} scope="col">
                      {t('referralCoordination.survey.answer', { answer })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.data.questions.map((row) => (
                  <tr key={row.question}>
                    <th scope="row">{t(`linkWork.survey.questions.${row.question}`, { defaultValue: row.question })}</th>
                    <td>{show(row.mean)}</td>
                    {answers.map((answer, index) => (
                      <td key={answer}>{show(row.distribution?.[index])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
};
