import { Trans, useTranslation } from 'react-i18next';
import { useLocalized } from '../../../../i18n';
import type { Vocabularies, VocabularyTerm } from '../../../../lib/vocabularies';
import { maxImportServices } from '../../utils/hsds-file';

interface HsdsFileGuideProps {
  municipalities: readonly string[];
  vocabularies: Vocabularies | undefined;
}

/** The rules a file must follow, each a message of `catalog.import.guide` that may mark field names and codes as `<code>`. */
const rules = ['shape', 'limit', 'fields', 'place', 'theme', 'targetGroup', 'again', 'published'] as const;

const CodeList = ({ prefix, heading, terms }: { prefix: string; heading: string; terms: readonly VocabularyTerm[] }) => {
  const localized = useLocalized();
  return (
    <div>
      <h3>{heading}</h3>
      <ul className="plain-list code-list">
        {terms.map((term) => (
          <li key={term.code}>
            <code>{`${prefix}${term.code}`}</code> {localized(term.label)}
          </li>
        ))}
      </ul>
    </div>
  );
};

/** What file the import takes, in plain words, and the codes a service's attributes use. */
export const HsdsFileGuide = ({ municipalities, vocabularies }: HsdsFileGuideProps) => {
  const { t } = useTranslation();
  const values = { max: maxImportServices, example: [...municipalities].sort((a, b) => a.localeCompare(b, 'fi'))[0] ?? '' };
  return (
    <section className="import-guide" aria-labelledby="import-guide-heading">
      <h2 id="import-guide-heading">{t('catalog.import.guide.heading')}</h2>
      <ul>
        {rules.map((rule) => (
          <li key={rule}>
            <Trans i18nKey={`catalog.import.guide.${rule}`} values={values} components={{ code: <code /> }} />
          </li>
        ))}
      </ul>
      {vocabularies && (
        <details className="disclosure">
          <summary>{t('catalog.import.guide.codesSummary')}</summary>
          <div className="import-guide__code-lists">
            <CodeList prefix="theme:" heading={t('catalog.import.guide.themeCodes')} terms={vocabularies.themes} />
            <CodeList prefix="target-group:" heading={t('catalog.import.guide.targetGroupCodes')} terms={vocabularies.targetGroups} />
          </div>
        </details>
      )}
    </section>
  );
};
