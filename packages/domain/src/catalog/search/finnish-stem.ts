/**
 * A light, query-side Finnish stemmer. Its stems are only ever used as prefixes of indexed words,
 * so stripping a little too much widens a match instead of losing one, and no dictionary is needed.
 */

/** Shorter stems would match too much of the vocabulary. */
export const minimumStemLength = 4;

const vowels = 'aeiouyäöå';
const toFrontVowels = (ending: string): string => ending.replace(/a/g, 'ä').replace(/o/g, 'ö').replace(/u/g, 'y');

/** Endings come in back- and front-vowel pairs by vowel harmony; the longest is tried first. */
const withHarmony = (endings: readonly string[]): readonly string[] => [...new Set(endings.flatMap((ending) => [ending, toFrontVowels(ending)]))].sort((a, b) => b.length - a.length);

const clitics = withHarmony(['kaan', 'kin', 'han', 'ko', 'pa']);
const possessives = withHarmony(['mme', 'nne', 'nsa', 'ni', 'si']);
const cases = withHarmony([
  'seen',
  'siin',
  'hin',
  'han',
  'hen',
  'hon',
  'hun',
  'aan',
  'een',
  'iin',
  'oon',
  'uun',
  'ssa',
  'sta',
  'lla',
  'lta',
  'lle',
  'ksi',
  'tta',
  'ine',
  'den',
  'ten',
  'na',
  'ta',
  'in',
  'a',
  'n',
  't',
]);
const pluralMarkers = ['i', 'j'];
const stemVowels = [...vowels];

const strip = (word: string, endings: readonly string[]): string => {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= minimumStemLength) return word.slice(0, -ending.length);
  }
  return word;
};

/**
 * Words whose nominative ends in a consonant inflect through another stem: yhdistys : yhdistykse-,
 * yksinäisyys : yksinäisyyde-, puhelin : puhelime-, ihminen : ihmise-. Cutting both back to the
 * part they share (yhdisty, yksinäisyy, puheli, ihmi) lets the nominative and the inflected forms
 * find each other whichever of them is typed and whichever is indexed.
 */
const sharedStem = (stem: string): string => {
  // -s words with a -kse- stem (yhdistyksen, kokoukset).
  if (/[aeiouyäöå]ks$/.test(stem)) return strip(stem, ['ks']);
  // -nen words through -se-/-s- (ihmisen, ihmisille), and -s words with a long vowel before it (yksinäisyys).
  if (/[aeiouyäöå]s$/.test(stem)) return strip(stem, ['s']);
  // -uus/-yys words through -ude-/-yde- and -utta/-yttä (yksinäisyydessä, terveyttä).
  if (/(uu|yy)[dt]$/.test(stem)) return strip(stem, ['d', 't']);
  // -in words through -ime- (puhelimen, soittimessa).
  if (stem.endsWith('im')) return strip(stem, ['m']);
  return stem;
};

/** Clitic, possessive suffix, case ending, plural marker and stem vowel, in the order Finnish stacks them. */
export const finnishStem = (term: string): string => {
  if (term.length <= minimumStemLength || /\d/.test(term)) return term;
  let stem = strip(term, clitics);
  // -ksi is the translative (vapaaehtoiseksi), far more often typed than the possessive -si.
  if (!stem.endsWith('ksi')) stem = strip(stem, possessives);
  // The nominative of a -nen word keeps nothing of its other forms past the vowel before it.
  if (stem.endsWith('nen')) return sharedStem(strip(stem, ['nen']));
  stem = strip(stem, cases);
  stem = strip(stem, pluralMarkers);
  stem = strip(stem, stemVowels);
  return sharedStem(stem);
};

/** Strong and weak grade of the consonants that alternate at the end of a Finnish stem (liikunta : liikunnan). */
const gradation: readonly (readonly [strong: string, weak: string])[] = [
  ['kk', 'k'],
  ['pp', 'p'],
  ['tt', 't'],
  ['nt', 'nn'],
  ['nk', 'ng'],
  ['mp', 'mm'],
  ['lt', 'll'],
  ['rt', 'rr'],
  ['t', 'd'],
  ['k', ''],
];
const strongFirst = [...gradation].sort((a, b) => b[0].length - a[0].length);
const weakFirst = gradation.filter(([, weak]) => weak !== '').sort((a, b) => b[1].length - a[1].length);
const lastConsonants = new RegExp(`[^${vowels}]+(?=[${vowels}]*$)`);

const pairEnding = (run: string, pairs: typeof gradation, from: 0 | 1) => pairs.find((pair) => run.endsWith(pair[from]));
const swap = (run: string, pair: (typeof gradation)[number], from: 0 | 1): string => run.slice(0, run.length - pair[from].length) + pair[1 - from];

/** A cluster already in a two-letter strong grade (kk, nt …) has no stronger form; lengthening it only adds noise. */
const swappedRuns = (run: string): string[] => {
  const strong = pairEnding(run, strongFirst, 0);
  const weak = strong && strong[0].length === 2 ? undefined : pairEnding(run, weakFirst, 1);
  return [strong && swap(run, strong, 0), weak && swap(run, weak, 1)].filter((swapped) => swapped !== undefined);
};

/** The stem with its last consonant cluster in the other grade, both ways, since either may be the one typed. */
export const gradationVariants = (stem: string): string[] => {
  const match = lastConsonants.exec(stem);
  if (!match) return [];
  const run = match[0];
  const before = stem.slice(0, match.index);
  const after = stem.slice(match.index + run.length);
  const variants = swappedRuns(run).map((swapped) => before + swapped + after);
  return [...new Set(variants)].filter((variant) => variant !== stem && variant.length >= minimumStemLength);
};

/** Prefixes that an inflected query term shares with the other forms of the same word, the term itself excluded. */
export const queryStems = (term: string): string[] => {
  const stem = finnishStem(term);
  const stems = [stem, ...gradationVariants(stem)];
  return [...new Set(stems)].filter((candidate) => candidate !== term && candidate.length >= minimumStemLength);
};
