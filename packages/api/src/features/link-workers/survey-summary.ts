import { countedGroup, type LinkWorkerSurveyInput, linkWorkerSurveyQuestions, mean, roundTo, suppressSmallGroup } from '@linkki/domain';

/** The survey in aggregate only: per question the mean and how many chose each of 1–5, with the small-group rule. */
export const surveySummaryOf = (answers: readonly LinkWorkerSurveyInput[]) => ({
  respondents: countedGroup(answers.length),
  questions: linkWorkerSurveyQuestions.map((question) => {
    const values = answers.map((answer) => answer.answers[question]);
    return {
      question,
      mean: suppressSmallGroup(values.length, roundTo(mean(values), 2)),
      distribution: suppressSmallGroup(
        values.length,
        [1, 2, 3, 4, 5].map((choice) => countedGroup(values.filter((value) => value === choice).length)),
      ),
    };
  }),
});
