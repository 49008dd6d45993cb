import { query } from './test-fixtures';
import type { SearchDocument, SearchQuery } from './types';

/** Deterministic, so that every run measures the same corpus and queries. */
const random = (() => {
  let seed = 0x5eed;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
const some = <T>(values: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(values)))];

const municipalities = [
  'Kuopio',
  'Siilinjärvi',
  'Iisalmi',
  'Varkaus',
  'Suonenjoki',
  'Lapinlahti',
  'Leppävirta',
  'Kiuruvesi',
  'Sodankylä',
  'Kokkola',
  'Pielavesi',
  'Tuusniemi',
  'Rautalampi',
  'Vesanto',
];
const themes = ['exercise', 'culture', 'nature', 'peer-support', 'loneliness-community', 'mental-wellbeing', 'nutrition', 'diabetes', 'family-carers', 'learning'];
const targetGroups = ['elderly', 'working-age', 'young-people', 'children', 'families', 'family-carers', 'immigrants', 'people-with-diabetes', 'everyone'];
const languages = ['fi', 'fi', 'fi', 'sv', 'en', 'se'];
const audiences = ['Senioreiden', 'Ikäihmisten', 'Nuorten', 'Perheiden', 'Omaishoitajien', 'Työikäisten', 'Maahanmuuttajien', 'Naisten', 'Miesten', 'Diabeetikoiden', 'Lasten', 'Kaikkien'];
const heads = [
  'kuntosali',
  'liikunta',
  'vertais',
  'kävely',
  'luonto',
  'käsityö',
  'mölkky',
  'tanssi',
  'laulu',
  'kuoro',
  'muisti',
  'ulkoilu',
  'vesijumppa',
  'tuolijumppa',
  'sauvakävely',
  'keilaus',
  'boccia',
  'jooga',
  'digi',
  'kokkaus',
  'yhteislaulu',
  'taide',
  'puutyö',
  'kalastus',
  'hiihto',
  'pyöräily',
  'uinti',
  'äänestys',
];
const tails = ['ryhmä', 'kerho', 'ilta', 'piiri', 'tupa', 'kurssi', 'retki', 'tapaaminen', 'valmennus', 'neuvonta', 'tunti', 'päivä', 'klubi'];
const swedish = ['Motionsgrupp för seniorer', 'Kamratstöd för närståendevårdare', 'Promenad i naturen', 'Läsecirkel', 'Dans för äldre', 'Mötesplats mot ensamhet'];
const english = ['Walking group for newcomers', 'Language café', 'Peer support for carers', 'Chair yoga for seniors', 'Nature walk'];
const words = [
  'ohjattu',
  'harjoittelu',
  'lihas',
  'tasapaino',
  'turvallinen',
  'keskustelu',
  'tuki',
  'seura',
  'kahvi',
  'juttelu',
  'retki',
  'kansallispuisto',
  'kuljetus',
  'ruokavalio',
  'ravitsemus',
  'terapeutti',
  'neuvonta',
  'liikunta',
  'aloittaminen',
  'säännöllisyys',
  'vesi',
  'allas',
  'uimahalli',
  'nivel',
  'kirjasto',
  'puhelin',
  'tabletti',
  'opastus',
  'yksinäisyys',
  'ystävä',
  'vapaaehtoinen',
  'koulutus',
  'muistisairaus',
  'läheinen',
  'kohtaamispaikka',
  'laulu',
  'musiikki',
  'iskelmä',
  'kansanlaulu',
  'lauantai',
  'ilta',
  'perhe',
  'lapsi',
  'leikki',
  'metsä',
  'polku',
  'eväs',
  'bussi',
  'kunta',
  'kaupunki',
  'seurakunta',
  'yhdistys',
  'kerho',
  'ryhmä',
  'ohjaaja',
  'tervetuloa',
  'maksuton',
  'esteetön',
];
const endings = ['', '', 'n', 'a', 'ssa', 'lla', 'lle', 'sta', 'ksi', 't', 'ille', 'issa', 'ineen'];
const syllables = ['ka', 'la', 'mi', 'no', 'ri', 'su', 'te', 'vo', 'hä', 'jö', 'pe', 'ta', 'ki', 'lu', 'ne'];
/** Names and rare words, so that the vocabulary grows with the corpus as a real one does. */
const pseudoWord = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join('');
const sentence = (length: number) => Array.from({ length }, () => (random() < 0.08 ? pseudoWord() : pick(words) + pick(endings))).join(' ');
const isoDate = (year: number) => new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28))).toISOString();

export const generateDocument = (n: number): SearchDocument => {
  const municipality = pick(municipalities);
  const fields = [{ text: `${pick(audiences)} ${pick(heads)}${pick(tails)}`, weight: 4 }];
  if (random() < 0.2) fields.push({ text: pick(swedish), weight: 4 });
  if (random() < 0.1) fields.push({ text: pick(english), weight: 4 });
  fields.push({ text: `${municipality}n ${pick(['Eläkeläiset ry', 'seurakunta', 'kaupunki', 'Latu ry', 'Martat', 'kansalaisopisto'])} ${pseudoWord()}`, weight: 2 });
  fields.push({ text: sentence(20 + Math.floor(random() * 40)), weight: 1 });
  fields.push({ text: `${municipality} ${pseudoWord()}`, weight: 2 });
  return {
    id: `activity-${n}`,
    fields,
    filters: {
      municipality,
      themes: some(themes, 3),
      targetGroups: some(targetGroups, 2),
      languages: some(languages, 2),
      free: random() < 0.6,
      accessible: random() < 0.4,
      accompanimentWelcome: random() < 0.3,
      weekdays: some([1, 2, 3, 4, 5, 6, 7], 3),
    },
    validFrom: random() < 0.15 ? isoDate(2025).slice(0, 10) : null,
    validUntil: random() < 0.15 ? isoDate(2025).slice(0, 10) : null,
    dates: random() < 0.2 ? Array.from({ length: 1 + Math.floor(random() * 4) }, () => isoDate(2025).slice(0, 10)) : [],
    updatedAt: isoDate(2024),
  };
};

const texts = [
  '',
  '',
  'liikunta',
  'ikäihmiset sodankylä',
  'kuntosali',
  'yksinäisyys',
  'vertaistuki',
  'mölkky',
  'motion',
  'walking group',
  'kuntosli',
  'vertasiryhmä',
  'liikuntaan',
  'liikunnassa',
  'ikäihmisille',
  'yksinäisille',
  'ryhmä',
  'aanestys',
  'kasityo',
  'kuopio',
  'senioreiden kävely',
  'diabetes',
  'kansallispuistoon',
  'omaishoitajille vertaistukea',
  'laulu kuoro',
  'tuolijumpa',
  'ravitsemusterapeutti',
  'kahvila',
  'uimahalli',
  'perheiden ulkoilu lauantai',
  'k',
  'ku',
  'kun',
  'a',
  's',
];
export const randomQuery = (): SearchQuery => {
  const selections: Partial<SearchQuery> = { q: pick(texts), order: random() < 0.25 ? 'upcoming' : 'relevance', offset: random() < 0.2 ? 20 : 0, limit: 20 };
  if (random() < 0.4) selections.municipalities = some(municipalities, 2);
  if (random() < 0.3) selections.themes = some(themes, 2);
  if (random() < 0.2) selections.targetGroups = some(targetGroups, 2);
  if (random() < 0.1) selections.languages = ['sv'];
  if (random() < 0.2) selections.weekdays = some([1, 2, 3, 4, 5, 6, 7], 2);
  if (random() < 0.2) selections.free = true;
  if (random() < 0.1) selections.accessible = true;
  return query(selections);
};
