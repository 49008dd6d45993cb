import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputIssue } from '../../../lib/trpc';
import { fieldIdOf, formPathOf, pathWordsOf } from '../utils/issue-paths';

/** An issue's place in words: "vaihe 2, nimi, ruotsiksi". */
const useIssueWords = () => {
  const { t } = useTranslation();
  return (path: string): string => {
    const words = pathWordsOf(path);
    return [
      words.stage ? t('pathwayPublisher.issues.stage', { number: words.stage }) : '',
      words.item ? t('pathwayPublisher.issues.item', { number: words.item }) : '',
      words.field ? t(`pathwayPublisher.fields.${words.field}`, { defaultValue: words.field }) : '',
      words.language ? t(`pathwayPublisher.issues.language.${words.language}`) : '',
    ]
      .filter(Boolean)
      .join(', ');
  };
};

/** The API's objections as a list of links to the fields, taking the focus so they are heard first. */
export const IssueSummary = ({ title, issues }: { title: string; issues: readonly InputIssue[] }) => {
  const ref = useRef<HTMLDivElement>(null);
  const words = useIssueWords();
  useEffect(() => ref.current?.focus(), [issues]);
  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
      <div className="alert__body">
        <p className="alert__title">{title}</p>
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <a href={`#${fieldIdOf(formPathOf(issue.path))}`}>{words(issue.path)}</a>: <span lang="en">{issue.message}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
};
