import { PathwayNotPublishableError, PathwayUnchangedError } from './pathway-errors';
import type { PathwayContent } from './pathway.schema';

type Text = { fi: string; sv?: string | undefined; en?: string | undefined };

const missingTranslations = (path: string, text: Text): string[] => (['sv', 'en'] as const).filter((language) => !text[language]).map((language) => `${path}.${language}`);

/** Drafts may be Finnish only; what every county shows must be in all three languages where residents navigate by it. */
export const translationGaps = (content: PathwayContent): string[] => [
  ...missingTranslations('content.title', content.title),
  ...missingTranslations('content.introduction', content.introduction),
  ...content.stages.flatMap((stage, index) => missingTranslations(`content.stages.${index}.title`, stage.title)),
];

/** Same content, whatever the key order it was stored in. */
export const sameContent = (a: PathwayContent, b: PathwayContent): boolean => canonicalJson(a) === canonicalJson(b);

/** JSON with object keys sorted, so stored and submitted copies compare equal. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner)
            .filter(([, entry]) => entry !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );

/** Throws unless the draft may become version `latest + 1`. */
export const assertPublishable = (draft: PathwayContent, latest: { number: number; content: PathwayContent } | null): void => {
  const gaps = translationGaps(draft);
  if (gaps.length > 0) throw new PathwayNotPublishableError(gaps);
  if (latest && sameContent(draft, latest.content)) throw new PathwayUnchangedError(latest.number);
};
