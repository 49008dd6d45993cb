import { listings } from './fixture-listings';
import { regressionListings } from './regression-listings';
import { toSearchDocument } from './test-fixtures';
import type { SearchDocument, SearchQuery } from './types';

/** The filters a resident may choose beside the words. */
export type RegressionFilters = Pick<SearchQuery, 'municipalities' | 'themes' | 'targetGroups' | 'languages' | 'weekdays' | 'free' | 'accessible' | 'accompanimentWelcome'>;

/** What a case is there to keep working. */
export type RegressionCheck = 'word' | 'inflection' | 'consonant stem' | 'compound' | 'typo' | 'swedish' | 'english' | 'filter' | 'synonym';

export interface RegressionCase {
  readonly q: string;
  readonly filters?: RegressionFilters;
  /** Listings the resident is looking for; every one of them belongs in the first ten. */
  readonly expected: readonly string[];
  /** Listings that would be wrong anywhere in the first ten: outside a chosen filter, or another meaning. */
  readonly unexpected?: readonly string[];
  readonly checks: RegressionCheck;
}

/** The shared fixtures and the bilingual listings, as the catalog indexes them. */
export const regressionDocuments: readonly SearchDocument[] = [...listings, ...regressionListings].map(toSearchDocument);

/**
 * Concept groups to run the set with: the start of the catalog's synonym table, words that
 * residents type for the same thing in Finnish, Swedish and English.
 */
export const regressionSynonymGroups: readonly (readonly string[])[] = [
  ['ikäihmiset', 'seniorit', 'vanhukset', 'eläkeläiset', 'äldre', 'seniorer', 'pensionärer', 'older people', 'seniors'],
  ['liikunta', 'jumppa', 'motion', 'träning', 'exercise'],
  ['vertaistuki', 'vertaisryhmä', 'kamratstöd', 'stödgrupp', 'peer support'],
  ['yksinäisyys', 'ensamhet', 'loneliness'],
  ['uinti', 'uiminen', 'simning', 'swimming'],
  ['muistisairaus', 'muistisairas', 'dementia', 'demens', 'minnessjukdom'],
  ['omaishoitaja', 'närståendevårdare', 'anhörigvårdare', 'family carer'],
  ['kuntosali', 'gym'],
  ['kävely', 'promenad', 'walking'],
  ['kirjasto', 'bibliotek', 'library'],
];

const finnish: RegressionCase[] = [
  { q: 'muistiyhdistyksen', expected: ['muistikahvila', 'muistiyhdistys-kokous', 'muistiluotsi'], checks: 'consonant stem' },
  { q: 'muistiyhdistys', expected: ['muistikahvila', 'muistiyhdistys-kokous', 'muistiluotsi'], checks: 'consonant stem' },
  { q: 'muistiyhdistykset', expected: ['muistikahvila', 'muistiyhdistys-kokous', 'muistiluotsi'], checks: 'consonant stem' },
  { q: 'yhdistyksen kokous', expected: ['muistiyhdistys-kokous'], checks: 'consonant stem' },
  { q: 'eläkeläisyhdistykset', expected: ['elakelaisyhdistys-kerho'], checks: 'consonant stem' },
  { q: 'diabetesyhdistyksen', expected: ['diabetes-luento', 'diabetesyhdistys-vertais'], checks: 'consonant stem' },
  { q: 'kokouksessa', expected: ['muistiyhdistys-kokous'], checks: 'consonant stem' },
  { q: 'liikunnallinen ryhmä', expected: ['kuntoutusryhma'], checks: 'consonant stem' },
  { q: 'kuntoutus', expected: ['kuntoutusryhma'], checks: 'consonant stem' },
  { q: 'yksinäisyyteen', expected: ['kohtaamispaikka', 'nuorten-vertaistuki', 'stodgrupp-ensamhet'], checks: 'consonant stem' },
  { q: 'vapaaehtoiseksi', expected: ['ystavatoiminta', 'ystavapiiri-sv'], checks: 'consonant stem' },
  { q: 'mielenterveys', expected: ['mielen-kahvila', 'psykisk-halsa'], checks: 'consonant stem' },
  { q: 'terveyden', expected: ['terveyspiste'], checks: 'inflection' },
  { q: 'ikäihmisille liikuntaa', expected: ['tuolijumppa', 'motion-aldre-kronoby', 'vesijumppa-iisalmi'], checks: 'inflection' },
  { q: 'kuntosalille', expected: ['kuntosali-kuopio', 'kuntosaliopastus', 'motion-aldre-kronoby'], checks: 'inflection' },
  { q: 'vesijumppaa', expected: ['vesijumppa', 'vesijumppa-iisalmi', 'simning-seniorer'], checks: 'inflection' },
  { q: 'käsityökerhoon', expected: ['kasityokerho'], checks: 'inflection' },
  { q: 'kansallispuistoon', expected: ['pyha-luosto', 'koli-retki'], checks: 'inflection' },
  { q: 'nuoret', expected: ['nuorten-vertaistuki', 'nuorten-talo'], checks: 'inflection' },
  { q: 'omaishoitajien vertaistuki', expected: ['stodgrupp-demens'], checks: 'inflection' },
  { q: 'älypuhelimen', expected: ['digiapu', 'digistod'], checks: 'inflection' },
  { q: 'äänestyspaikka', expected: ['aanestys'], checks: 'inflection' },
  { q: 'mölkky', expected: ['molkky'], checks: 'word' },
  { q: 'päihteetön', expected: ['paihteeton-ilta'], checks: 'word' },
  { q: 'perhekahvila', expected: ['perhekahvila'], checks: 'word' },
  { q: 'ystävätoiminta', expected: ['ystavatoiminta'], checks: 'word' },
  { q: 'uimahalli', expected: ['vesijumppa', 'vesijumppa-iisalmi', 'simning-seniorer'], checks: 'compound' },
  { q: 'vertaisryhmä', expected: ['omaishoitajat', 'stodgrupp-demens'], checks: 'compound' },
  { q: 'kuoro', expected: ['kuoro', 'korsang'], checks: 'compound' },
  { q: 'kirjasto', expected: ['lukupiiri', 'digiapu', 'sprakcafe', 'digistod', 'lukupiiri-kuopio'], checks: 'compound' },
  { q: 'kävely kokkola', expected: ['diabetes-kavely', 'promenad-naturen', 'sauvakavely'], unexpected: ['walking-group'], checks: 'compound' },
  { q: 'sauvakävely', expected: ['ulkoiluryhma', 'sauvakavely'], checks: 'compound' },
  { q: 'tanssi', expected: ['tanssiaiset', 'dans-aldre'], checks: 'compound' },
  { q: 'kielikahvila', expected: ['language-cafe', 'sprakcafe'], checks: 'compound' },
  { q: 'kasityo', expected: ['kasityokerho', 'slojd'], checks: 'typo' },
  { q: 'kuntosli', expected: ['kuntosali-kuopio', 'kuntosaliopastus'], checks: 'typo' },
  { q: 'diabtees', expected: ['diabetes-luento', 'diabetes-kavely'], checks: 'typo' },
  { q: 'vertasiryhmä', expected: ['omaishoitajat', 'stodgrupp-demens'], checks: 'typo' },
  { q: 'omaishoitaja siilinjärvi', expected: ['omaishoitajien-virkistys'], checks: 'inflection' },
];

const swedish: RegressionCase[] = [
  { q: 'motion för äldre', expected: ['motion-aldre-kronoby', 'motionsgrupp'], checks: 'swedish' },
  { q: 'simning', expected: ['simning-seniorer'], checks: 'swedish' },
  { q: 'simhall', expected: ['simning-seniorer'], checks: 'swedish' },
  { q: 'stödgrupp', expected: ['stodgrupp-ensamhet', 'stodgrupp-demens'], checks: 'swedish' },
  { q: 'närståendevårdare', expected: ['kamratstod'], checks: 'swedish' },
  { q: 'kamratstöd', expected: ['kamratstod', 'stodgrupp-demens'], checks: 'swedish' },
  { q: 'anhöriga', expected: ['stodgrupp-demens'], checks: 'swedish' },
  { q: 'promenad', expected: ['promenad-naturen', 'diabetes-kavely', 'ystavapiiri-sv'], checks: 'swedish' },
  { q: 'dans för seniorer', expected: ['tanssiaiset'], checks: 'swedish' },
  { q: 'körsång', expected: ['korsang'], checks: 'swedish' },
  { q: 'språkcafé', expected: ['sprakcafe'], checks: 'swedish' },
  { q: 'psykisk hälsa', expected: ['psykisk-halsa'], checks: 'swedish' },
  { q: 'matlagning', expected: ['matlagning'], checks: 'swedish' },
  { q: 'slöjd', expected: ['slojd'], checks: 'swedish' },
  { q: 'digitalt stöd', expected: ['digistod'], checks: 'swedish' },
  { q: 'bibliotek', expected: ['lukupiiri', 'digistod'], checks: 'swedish' },
  { q: 'stavgång', expected: ['sauvakavely'], checks: 'swedish' },
  { q: 'familjecafe', expected: ['perhekahvila'], checks: 'swedish' },
  { q: 'vänverksamhet', expected: ['ystavapiiri-sv'], checks: 'swedish' },
  { q: 'läsecirkel', expected: ['lukupiiri'], checks: 'swedish' },
  { q: 'minnesförening', expected: ['stodgrupp-demens', 'muistiyhdistys-kokous'], checks: 'swedish' },
];

const english: RegressionCase[] = [
  { q: 'walking group', expected: ['walking-group'], checks: 'english' },
  { q: 'book club', expected: ['lukupiiri-kuopio'], checks: 'english' },
  { q: 'language café', expected: ['language-cafe', 'sprakcafe'], checks: 'english' },
];

const filtered: RegressionCase[] = [
  { q: 'liikunta', filters: { municipalities: ['Kuopio'] }, expected: ['liikuntaneuvonta', 'kuntosali-kuopio', 'kuntoutusryhma'], unexpected: ['tuolijumppa'], checks: 'filter' },
  {
    q: 'ryhmä',
    filters: { languages: ['sv'] },
    expected: ['motionsgrupp', 'stodgrupp-ensamhet', 'stodgrupp-demens', 'motion-aldre-kronoby', 'psykisk-halsa', 'sauvakavely'],
    unexpected: ['omaishoitajat'],
    checks: 'filter',
  },
  { q: 'kahvila', filters: { free: true }, expected: ['mielen-kahvila', 'perhekahvila', 'language-cafe', 'sprakcafe'], unexpected: ['muistikahvila'], checks: 'filter' },
  { q: 'simskola', filters: { targetGroups: ['children'] }, expected: ['simskola-barn'], checks: 'filter' },
  { q: 'stöd', filters: { themes: ['peer-support'], municipalities: ['Kruunupyy'] }, expected: ['stodgrupp-demens'], unexpected: ['digistod'], checks: 'filter' },
  { q: 'seniorer', filters: { accessible: true }, expected: ['kuntosali-kuopio', 'motionsgrupp', 'simning-seniorer'], unexpected: ['tanssiaiset'], checks: 'filter' },
  { q: 'liikunta', filters: { weekdays: [6] }, expected: ['perheliikunta'], unexpected: ['liikuntaneuvonta'], checks: 'filter' },
  { q: 'ikäihmiset', filters: { municipalities: ['Sodankylä'] }, expected: ['kasityokerho'], checks: 'filter' },
];

/** Found only through the synonym groups above: the word typed is nowhere in the listing. */
const synonyms: RegressionCase[] = [
  { q: 'ensamhet', expected: ['kohtaamispaikka', 'stodgrupp-ensamhet', 'nuorten-vertaistuki'], checks: 'synonym' },
  { q: 'pensionärer', expected: ['dans-aldre', 'elakelaisyhdistys-kerho'], checks: 'synonym' },
  { q: 'demens', expected: ['stodgrupp-demens', 'muistikahvila', 'muistiluotsi'], checks: 'synonym' },
  { q: 'vertaistuki omaishoitajille', expected: ['stodgrupp-demens', 'omaishoitajat'], checks: 'synonym' },
  { q: 'äldre', expected: ['digiapu', 'motionsgrupp', 'motion-aldre-kronoby', 'tuolijumppa', 'dans-aldre'], checks: 'synonym' },
];

/** Real queries with the listings a resident expects in the first ten, over `regressionDocuments`. */
export const regressionCases: readonly RegressionCase[] = [...finnish, ...swedish, ...english, ...filtered, ...synonyms];
