import { wellbeingCounties, type AccessibilityCode, type ActivityContent, type ActivityLanguage, type OrganisationKind, type TargetGroupCode, type ThemeCode } from '@linkki/domain';
import type { DemoActivity, DemoCatalog, DemoOrganisation } from './demo-catalog.types';
import { municipalityPlaces, type MunicipalityPlace } from './municipality-places';

/** A small, fast PRNG (mulberry32): the same seed always gives the same sequence. */
const createRandom = (seed: number) => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  };
  const chance = (probability: number) => next() < probability;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, chance, sample };
};
type Random = ReturnType<typeof createRandom>;

const hashString = (text: string): number => {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return hash >>> 0;
};

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const tenantPrefix = (tenant: string) => {
  const parts = tenant.split('-').filter(Boolean);
  return slugify(parts.length > 1 ? parts.map((part) => part[0]).join('') : tenant.slice(0, 2)) || 'xx';
};

const businessIdWeights = [7, 9, 10, 5, 8, 4, 2];
const businessIdFor = (random: Random): string => {
  for (;;) {
    const digits = Array.from({ length: 7 }, () => random.int(0, 9));
    if (digits[0] === 0 && digits[1] === 0) continue;
    const remainder = digits.reduce((sum, digit, index) => sum + digit * (businessIdWeights[index] ?? 0), 0) % 11;
    if (remainder === 1) continue;
    return `${digits.join('')}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
};

const phoneFor = (random: Random) => `0${random.pick(['40', '44', '45', '50'])} ${random.int(100, 999)} ${random.int(1000, 9999)}`;

const placeOf = (municipality: string, random: Random): MunicipalityPlace => {
  const known = municipalityPlaces[municipality];
  if (known) return known;
  const genitive = /[aeiouyäö]$/i.test(municipality) ? `${municipality}n` : `${municipality}in`;
  return {
    genitive,
    locative: `– ${municipality}`,
    town: false,
    postalCode: String(random.int(10000, 99999)),
    lat: 61 + random.next() * 3,
    lon: 23 + random.next() * 5,
  };
};

type ActivityKey =
  | 'aqua'
  | 'gym'
  | 'chair'
  | 'walk'
  | 'nordic'
  | 'memory'
  | 'peer'
  | 'grief'
  | 'lunch'
  | 'molkky'
  | 'choir'
  | 'craft'
  | 'nature'
  | 'berries'
  | 'ice-swim'
  | 'sauna'
  | 'reading'
  | 'digital'
  | 'meeting'
  | 'youth'
  | 'language'
  | 'family-cafe'
  | 'cooking'
  | 'dance'
  | 'balance'
  | 'volunteer'
  | 'coffee'
  | 'kids-sport'
  | 'info'
  | 'ski'
  | 'ice-fishing'
  | 'singing';

interface ActivityTemplate {
  key: ActivityKey;
  noun: { fi: string; sv: string; en: string };
  themes: ThemeCode[];
  targets: TargetGroupCode[];
  /** Where it happens, after the municipality's genitive: "Kuopion uimahalli". */
  places: string[];
  intros: string[];
  dated?: boolean;
  /** When it usually starts; any time of day when not given. */
  time?: 'day' | 'afternoon' | 'evening';
  season?: { from: string; until: string; note: string };
}

const activityTemplates: ActivityTemplate[] = [
  {
    key: 'aqua',
    noun: { fi: 'vesijumppa', sv: 'vattengympa', en: 'water aerobics' },
    themes: ['exercise'],
    targets: ['elderly', 'people-with-disabilities', 'people-with-diabetes', 'everyone'],
    places: ['uimahalli', 'kylpylän terapia-allas'],
    intros: [
      'Ohjattu vesijumppa lämpimässä terapia-altaassa on nivelille ystävällinen tapa kohottaa kuntoa, eikä uimataitoa tarvita.',
      'Vesijumpassa liikutaan musiikin tahdissa vyötärösyvyisessä vedessä, ja ohjaaja näyttää liikkeistä kevyemmät ja raskaammat versiot.',
      'Vesi kannattelee kehoa, joten vesijumppa sopii hyvin myös niille, joille kuivalla maalla liikkuminen on vaikeaa.',
    ],
  },
  {
    key: 'gym',
    noun: { fi: 'kuntosaliryhmä', sv: 'gymgrupp', en: 'gym group' },
    themes: ['exercise'],
    targets: ['elderly', 'working-age', 'people-with-diabetes', 'unemployed'],
    places: ['liikuntahallin kuntosali', 'terveysaseman kuntosali'],
    intros: [
      'Ohjatussa kuntosaliryhmässä vahvistetaan lihasvoimaa ja tasapainoa turvallisesti, ja ohjaaja tekee jokaiselle oman ohjelman.',
      'Kuntosaliryhmä on matalan kynnyksen tapa aloittaa voimaharjoittelu, sillä laitteiden käyttö opetellaan yhdessä ensimmäisellä kerralla.',
      'Lihasvoimaharjoittelu parantaa jaksamista ja ehkäisee kaatumisia, ja ryhmässä treenaaminen on mukavampaa kuin yksin.',
    ],
  },
  {
    key: 'chair',
    time: 'day',
    noun: { fi: 'tuolijumppa', sv: 'stolgympa', en: 'chair exercise' },
    themes: ['exercise', 'loneliness-community'],
    targets: ['elderly', 'people-with-disabilities'],
    places: ['palvelukeskus', 'kylätalo', 'seurakuntatalo'],
    intros: [
      'Tuolijumpassa tehdään kevyitä liikkeitä istuen ja tuolin selkänojasta tukea ottaen, joten mukaan pääsee myös apuvälineen kanssa liikkuva.',
      'Rauhallinen tuolijumppa herättää kehon ja mielen, ja jumpan jälkeen juodaan yhdessä kahvit.',
    ],
  },
  {
    key: 'walk',
    noun: { fi: 'kävelyryhmä', sv: 'promenadgrupp', en: 'walking group' },
    themes: ['exercise', 'nature'],
    targets: ['everyone', 'elderly', 'people-with-diabetes', 'unemployed', 'working-age'],
    places: ['urheilukentän portti', 'torin laita', 'kirjaston piha'],
    intros: [
      'Kävelyryhmä kiertää noin tunnin lenkin rauhalliseen tahtiin, jossa ehtii myös jutella.',
      'Yhteinen kävelylenkki on helppo tapa lisätä arkiliikuntaa, ja ryhmä odottaa aina hitaimman kulkijan.',
      'Kävelemme säällä kuin säällä valaistuja ja tasaisia reittejä pitkin, ja lenkin pituutta voi itse lyhentää.',
    ],
  },
  {
    key: 'nordic',
    noun: { fi: 'sauvakävely', sv: 'stavgång', en: 'Nordic walking' },
    themes: ['exercise', 'nature'],
    targets: ['elderly', 'working-age', 'everyone'],
    places: ['kuntoradan parkkipaikka', 'urheilukenttä'],
    intros: [
      'Sauvakävelyssä koko keho tekee töitä, ja ensimmäisellä kerralla ohjaaja neuvoo oikean tekniikan ja sauvojen pituuden.',
      'Ohjattu sauvakävelylenkki kulkee metsäisillä kuntopoluilla kahdessa tasoryhmässä.',
    ],
  },
  {
    key: 'memory',
    time: 'day',
    noun: { fi: 'muistikahvila', sv: 'minneskafé', en: 'memory café' },
    themes: ['peer-support', 'loneliness-community'],
    targets: ['elderly', 'family-carers'],
    places: ['kirjasto', 'palvelukeskus', 'järjestötalo'],
    intros: [
      'Muistikahvila on avoin kohtaamispaikka muistisairaille, heidän läheisilleen ja kaikille muistiasioista kiinnostuneille.',
      'Muistikahvilassa kuullaan lyhyt alustus muistin tukemisesta arjessa, muistellaan yhdessä ja juodaan kahvit.',
    ],
  },
  {
    key: 'peer',
    noun: { fi: 'vertaisryhmä', sv: 'kamratstödsgrupp', en: 'peer support group' },
    themes: ['peer-support'],
    targets: ['family-carers', 'people-with-diabetes', 'unemployed', 'working-age'],
    places: ['järjestötalo', 'seurakuntakeskus', 'kirjaston kokoustila'],
    intros: [
      'Vertaisryhmässä jaetaan kokemuksia ja arjen vinkkejä ihmisten kanssa, jotka tietävät, miltä samanlainen tilanne tuntuu.',
      'Koulutetun vertaisohjaajan vetämässä ryhmässä saa puhua omaan tahtiin, eikä mitään ole pakko sanoa.',
      'Ryhmä kokoontuu säännöllisesti, ja välillä vieraana on asiantuntija kertomassa ajankohtaisista asioista.',
    ],
  },
  {
    key: 'grief',
    noun: { fi: 'sururyhmä', sv: 'sorgegrupp', en: 'grief group' },
    themes: ['peer-support', 'mental-wellbeing', 'spiritual'],
    targets: ['working-age', 'elderly'],
    places: ['seurakuntatalo', 'seurakuntakeskus'],
    dated: true,
    intros: [
      'Sururyhmä on tarkoitettu aikuisille, joiden läheinen on kuollut, ja sitä ohjaavat diakoniatyöntekijä ja koulutettu vapaaehtoinen.',
      'Suljetussa sururyhmässä käsitellään surua turvallisesti keskustellen ja erilaisten harjoitusten avulla.',
    ],
  },
  {
    key: 'lunch',
    time: 'day',
    noun: { fi: 'lounasklubi', sv: 'lunchklubb', en: 'lunch club' },
    themes: ['nutrition', 'loneliness-community'],
    targets: ['elderly', 'unemployed', 'everyone'],
    places: ['palvelukeskus', 'seurakuntatalo', 'kylätalo'],
    intros: ['Lounasklubissa syödään yhdessä lämmin kotiruoka ja jäädään kahville juttelemaan.', 'Yhteinen ateria tuo rytmiä viikkoon, ja lounasklubissa uudet tulijat otetaan lämpimästi vastaan.'],
  },
  {
    key: 'molkky',
    time: 'day',
    noun: { fi: 'mölkky', sv: 'mölkky', en: 'mölkky games' },
    themes: ['exercise', 'loneliness-community'],
    targets: ['elderly', 'everyone', 'families'],
    places: ['urheilukenttä', 'rantapuisto'],
    season: { from: '2027-05-10', until: '2027-09-10', note: 'Pelikausi toukokuusta syyskuuhun.' },
    intros: [
      'Mölkky on helppo heittopeli, jonka säännöt oppii minuutissa, ja joukkueet arvotaan paikan päällä.',
      'Kesän mölkkyvuoroilla pelataan leppoisassa seurassa, ja pelivälineet tulevat järjestäjältä.',
    ],
  },
  {
    key: 'choir',
    noun: { fi: 'kuoro', sv: 'kör', en: 'choir' },
    themes: ['culture', 'loneliness-community'],
    targets: ['elderly', 'everyone'],
    places: ['seurakuntatalo', 'musiikkiopisto', 'palvelukeskus'],
    intros: [
      'Kuorossa lauletaan kansanlauluja, virsiä ja tuttuja iskelmiä, eikä nuotinlukutaitoa tarvita.',
      'Yhteislaulu piristää mieltä ja kohottaa kuntoa, ja uudet laulajat ovat tervetulleita kesken kauden.',
    ],
  },
  {
    key: 'craft',
    noun: { fi: 'käsityöpiiri', sv: 'handarbetscirkel', en: 'craft circle' },
    themes: ['learning', 'loneliness-community'],
    targets: ['elderly', 'everyone', 'immigrants'],
    places: ['kirjasto', 'kylätalo', 'seurakuntatalo'],
    intros: [
      'Käsityöpiirissä neulotaan, virkataan ja korjataan vaatteita yhdessä, ja kokeneemmat neuvovat aloittelijoita.',
      'Oman käsityön voi tuoda mukaan tai aloittaa uuden, ja lankoja saa omakustannushintaan.',
    ],
  },
  {
    key: 'nature',
    time: 'day',
    noun: { fi: 'luontoretki', sv: 'naturutflykt', en: 'nature trip' },
    themes: ['nature', 'exercise', 'mental-wellbeing'],
    targets: ['families', 'elderly', 'everyone', 'immigrants'],
    places: ['luontopolun lähtöpiste', 'laavu'],
    dated: true,
    intros: [
      'Opastetulla luontoretkellä kuljetaan rauhallisesti lähimetsän polkuja ja pysähdytään nuotiolle.',
      'Luonnossa liikkuminen vähentää stressiä ja parantaa unta, ja retkellä tutustutaan samalla lähiseudun luontokohteisiin.',
    ],
  },
  {
    key: 'berries',
    time: 'day',
    noun: { fi: 'marjaretki', sv: 'bärplockningsutflykt', en: 'berry-picking trip' },
    themes: ['nature', 'nutrition'],
    targets: ['elderly', 'families', 'immigrants', 'everyone'],
    places: ['kirkonkylän tori', 'kylätalo'],
    season: { from: '2027-08-02', until: '2027-09-24', note: 'Retkiä marjasesonkina elo–syyskuussa.' },
    intros: [
      'Marjaretkellä lähdetään yhteiskyydillä mustikka- ja puolukkamaille, ja kokeneet poimijat näyttävät hyvät paikat.',
      'Yhteisellä marjaretkellä poimitaan talven vitamiinit ja keitetään nuotiokahvit metsässä.',
    ],
  },
  {
    key: 'ice-swim',
    noun: { fi: 'avantouinti', sv: 'vinterbad', en: 'ice swimming' },
    themes: ['exercise', 'nature', 'mental-wellbeing'],
    targets: ['working-age', 'everyone', 'elderly'],
    places: ['uimarannan avanto ja sauna', 'rantasauna'],
    intros: [
      'Avantouintivuoroilla uusille näytetään turvallinen tapa mennä veteen, ja paikalla on aina kokenut avantouimari.',
      'Avanto ja lämmin sauna virkistävät mieltä, ja saunan lauteilla syntyy helposti juttua.',
    ],
  },
  {
    key: 'sauna',
    time: 'evening',
    noun: { fi: 'saunailta', sv: 'bastukväll', en: 'sauna evening' },
    themes: ['loneliness-community', 'mental-wellbeing'],
    targets: ['everyone', 'elderly', 'immigrants', 'unemployed'],
    places: ['rantasauna', 'kylätalon sauna'],
    intros: [
      'Yhteisessä saunaillassa lämmitetään puusauna, paistetaan makkaraa ja jutellaan rauhassa.',
      'Saunailta on rento tapa tutustua uusiin ihmisiin, ja pyyhkeet ja juotavat tarjoaa järjestäjä.',
    ],
  },
  {
    key: 'reading',
    time: 'evening',
    noun: { fi: 'lukupiiri', sv: 'läsecirkel', en: 'reading circle' },
    themes: ['culture', 'learning'],
    targets: ['everyone', 'elderly', 'working-age'],
    places: ['kirjasto'],
    intros: [
      'Lukupiirissä keskustellaan yhdessä luetusta kirjasta, ja kirjasto varaa osallistujille lainattavat kappaleet.',
      'Kirjat valitaan yhdessä, ja mukaan voi tulla, vaikka kirja olisi jäänyt kesken.',
    ],
  },
  {
    key: 'digital',
    noun: { fi: 'digiopastus', sv: 'digihandledning', en: 'digital help' },
    themes: ['learning'],
    targets: ['elderly', 'immigrants', 'unemployed'],
    places: ['kirjasto', 'palvelukeskus'],
    intros: [
      'Digiopastuksessa vapaaehtoiset neuvovat puhelimen, tabletin ja tietokoneen käytössä, esimerkiksi verkkopankissa ja Omakannassa.',
      'Tuo oma laite mukaan, niin harjoittelemme yhdessä videopuhelut, sähköisen asioinnin ja kuvien tallentamisen.',
    ],
  },
  {
    key: 'meeting',
    noun: { fi: 'kohtaamispaikka', sv: 'mötesplats', en: 'meeting place' },
    themes: ['loneliness-community', 'employment'],
    targets: ['unemployed', 'working-age', 'everyone'],
    places: ['järjestötalo', 'kauppakeskuksen aula'],
    intros: [
      'Kohtaamispaikkaan voi tulla ilman ajanvarausta juomaan kahvit, lukemaan lehtiä tai juttelemaan ohjaajan kanssa työnhausta.',
      'Matalan kynnyksen kohtaamispaikassa on tarjolla aamupuuro, tietokoneet ja apua lomakkeiden kanssa.',
    ],
  },
  {
    key: 'youth',
    time: 'evening',
    noun: { fi: 'iltakerho', sv: 'kvällsklubb', en: 'evening club' },
    themes: ['substance-free', 'loneliness-community'],
    targets: ['young-people'],
    places: ['nuorisotila', 'nuorisotalo'],
    intros: [
      'Päihteettömässä iltakerhossa pelataan, kokkaillaan ja kuunnellaan musiikkia nuoriso-ohjaajan kanssa.',
      'Illan ohjelmasta päätetään yhdessä, ja paikalle voi tulla yksin tai kaverin kanssa.',
    ],
  },
  {
    key: 'language',
    noun: { fi: 'kielikahvila', sv: 'språkkafé', en: 'language café' },
    themes: ['learning', 'loneliness-community'],
    targets: ['immigrants', 'everyone'],
    places: ['kirjasto', 'järjestötalo'],
    intros: [
      'Kielikahvilassa suomea opettelevat ja paikalliset kohtaavat kahvikupin äärellä ja puhuvat arkisista asioista.',
      'Kielikahvilassa harjoitellaan suomea pienissä pöytäryhmissä kuvien ja selkokielen avulla.',
    ],
  },
  {
    key: 'family-cafe',
    time: 'day',
    noun: { fi: 'perhekahvila', sv: 'familjecafé', en: 'family café' },
    themes: ['loneliness-community', 'peer-support'],
    targets: ['families', 'children'],
    places: ['seurakuntatalo', 'perhekeskus', 'kirjasto'],
    intros: ['Perhekahvilassa lapset leikkivät ja aikuiset vaihtavat kuulumisia kahvin äärellä.', 'Perhekahvila on kohtaamispaikka vauva- ja leikki-ikäisten lasten vanhemmille ja isovanhemmille.'],
  },
  {
    key: 'cooking',
    time: 'evening',
    noun: { fi: 'ruokakurssi', sv: 'matlagningskurs', en: 'cooking course' },
    themes: ['nutrition', 'learning'],
    targets: ['people-with-diabetes', 'young-people', 'unemployed', 'elderly', 'families'],
    places: ['koulun opetuskeittiö', 'työväenopisto'],
    dated: true,
    intros: [
      'Ruokakurssilla valmistetaan edullisia ja terveellisiä arkiruokia, jotka syödään lopuksi yhdessä.',
      'Kurssilla opitaan suunnittelemaan viikon ateriat, hyödyntämään tähteet ja kokkaamaan pienellä budjetilla.',
    ],
  },
  {
    key: 'dance',
    noun: { fi: 'tanssiryhmä', sv: 'dansgrupp', en: 'dance group' },
    themes: ['exercise', 'culture'],
    targets: ['elderly', 'everyone', 'people-with-disabilities'],
    places: ['seuratalo', 'palvelukeskus'],
    intros: ['Tanssiryhmässä opetellaan lavatanssien perusaskeleet, eikä omaa paria tarvita.', 'Tanssi on hauskaa aivojumppaa, ja ryhmässä tanssitaan omalla tavalla, tarvittaessa istuen.'],
  },
  {
    key: 'balance',
    time: 'day',
    noun: { fi: 'tasapainoryhmä', sv: 'balansgrupp', en: 'balance training group' },
    themes: ['exercise'],
    targets: ['elderly'],
    places: ['terveysaseman kuntosali', 'palvelukeskus'],
    intros: [
      'Fysioterapeutin ohjaamassa ryhmässä harjoitellaan tasapainoa ja alaraajojen voimaa kaatumisten ehkäisemiseksi.',
      'Ryhmässä opetellaan turvallista liikkumista kotona ja liukkailla keleillä, ja jokainen saa mukaansa kotiohjelman.',
    ],
  },
  {
    key: 'volunteer',
    noun: { fi: 'vapaaehtoiskoulutus', sv: 'frivilligutbildning', en: 'volunteer training' },
    themes: ['volunteering', 'learning'],
    targets: ['everyone', 'working-age', 'elderly'],
    places: ['järjestötalo', 'kunnantalo'],
    dated: true,
    intros: [
      'Koulutus antaa valmiudet toimia vapaaehtoisena, esimerkiksi ulkoiluystävänä tai ryhmänohjaajana.',
      'Koulutuksessa käsitellään kohtaamista, vaitiolovelvollisuutta ja omaa jaksamista vapaaehtoistyössä.',
    ],
  },
  {
    key: 'coffee',
    time: 'day',
    noun: { fi: 'kahvihetki', sv: 'kaffestund', en: 'coffee morning' },
    themes: ['loneliness-community', 'spiritual'],
    targets: ['elderly', 'everyone'],
    places: ['seurakuntatalo', 'seurakuntakeskus'],
    intros: [
      'Kahvihetkessä on lyhyt hartaus, yhteislaulua ja aikaa jutella, ja diakoniatyöntekijä on paikalla.',
      'Viikoittainen kahvihetki on avoin kaikille, jotka kaipaavat seuraa keskelle viikkoa.',
    ],
  },
  {
    key: 'kids-sport',
    time: 'afternoon',
    noun: { fi: 'liikuntakerho', sv: 'idrottsklubb', en: 'sports club' },
    themes: ['exercise'],
    targets: ['children', 'families'],
    places: ['koulun liikuntasali', 'liikuntahalli'],
    intros: ['Liikuntakerhossa lapset temppuilevat, pelaavat ja leikkivät ohjaajan kanssa.', 'Kerhossa kokeillaan monipuolisesti eri lajeja, ja tärkeintä on liikkumisen ilo.'],
  },
  {
    key: 'info',
    time: 'evening',
    noun: { fi: 'tietoilta', sv: 'informationskväll', en: 'information evening' },
    themes: ['learning'],
    targets: ['people-with-diabetes', 'family-carers', 'elderly', 'families'],
    places: ['kirjasto', 'kunnantalo'],
    dated: true,
    intros: [
      'Tietoillassa asiantuntija kertoo ajankohtaisista aiheista, ja lopuksi on aikaa kysymyksille.',
      'Illan aikana kuullaan käytännön vinkkejä arkeen ja vaihdetaan kokemuksia muiden osallistujien kanssa.',
    ],
  },
  {
    key: 'ski',
    time: 'day',
    noun: { fi: 'hiihtoretki', sv: 'skidutflykt', en: 'ski outing' },
    themes: ['exercise', 'nature'],
    targets: ['families', 'everyone', 'working-age'],
    places: ['latukeskus', 'hiihtomaja'],
    dated: true,
    intros: ['Hiihtoretkellä kierretään lyhyitä latuja omaan tahtiin ja pidetään nuotiotauko kodalla.', 'Retkellä voi lainata suksia, ja ohjaaja antaa vinkkejä hiihtotekniikkaan.'],
  },
  {
    key: 'ice-fishing',
    time: 'day',
    noun: { fi: 'pilkkipäivä', sv: 'pimpeldag', en: 'ice-fishing day' },
    themes: ['nature', 'loneliness-community'],
    targets: ['families', 'elderly', 'everyone'],
    places: ['venerannan parkkipaikka', 'uimaranta'],
    dated: true,
    intros: ['Pilkkipäivänä kokeillaan onnea jäällä, ja kairoja voi lainata paikan päällä.', 'Perinteisessä pilkkitapahtumassa on kuumaa mehua, makkaranpaistoa ja leikkimielisiä kilpasarjoja.'],
  },
  {
    key: 'singing',
    time: 'day',
    noun: { fi: 'lauluhetki', sv: 'allsångsstund', en: 'sing-along' },
    themes: ['culture', 'loneliness-community'],
    targets: ['elderly', 'family-carers', 'everyone'],
    places: ['palvelukeskus', 'kirjasto', 'seurakuntatalo'],
    intros: ['Lauluhetkessä lauletaan tuttuja lauluja pianon säestyksellä, ja laulujen sanat näkyvät isolta näytöltä.', 'Yhteislaulu herättää muistoja, ja mukaan voi tulla vaikka vain kuuntelemaan.'],
  },
];

const templateByKey = new Map(activityTemplates.map((template) => [template.key, template]));

interface OrganisationTemplate {
  key: string;
  kind: OrganisationKind;
  name: (place: MunicipalityPlace) => string;
  activities: ActivityKey[];
  businessId: boolean;
}

const organisationTemplates: OrganisationTemplate[] = [
  {
    key: 'kunta',
    kind: 'municipality',
    name: (p) => `${p.genitive} ${p.town ? 'kaupunki' : 'kunta'}`,
    activities: ['aqua', 'gym', 'walk', 'reading', 'digital', 'meeting', 'youth', 'language', 'kids-sport', 'ski', 'nature'],
    businessId: true,
  },
  { key: 'seurakunta', kind: 'parish', name: (p) => `${p.genitive} seurakunta`, activities: ['grief', 'coffee', 'lunch', 'craft', 'family-cafe', 'singing', 'choir', 'youth'], businessId: true },
  { key: 'elakelaiset', kind: 'association', name: (p) => `${p.genitive} Eläkeläiset ry`, activities: ['chair', 'choir', 'molkky', 'dance', 'digital', 'lunch', 'berries', 'craft'], businessId: true },
  { key: 'muisti', kind: 'association', name: (p) => `${p.genitive} Muistiyhdistys ry`, activities: ['memory', 'peer', 'singing', 'chair', 'info'], businessId: true },
  { key: 'diabetes', kind: 'association', name: (p) => `${p.genitive} Diabetesyhdistys ry`, activities: ['walk', 'peer', 'cooking', 'info', 'gym', 'nordic'], businessId: true },
  { key: 'martat', kind: 'association', name: (p) => `${p.genitive} Martat ry`, activities: ['cooking', 'craft', 'berries', 'info'], businessId: true },
  { key: 'spr', kind: 'association', name: (p) => `Suomen Punaisen Ristin ${p.genitive} osasto`, activities: ['volunteer', 'language', 'meeting', 'peer'], businessId: false },
  { key: 'mll', kind: 'association', name: (p) => `MLL:n ${p.genitive} paikallisyhdistys ry`, activities: ['family-cafe', 'kids-sport', 'volunteer'], businessId: true },
  { key: 'latu', kind: 'association', name: (p) => `${p.genitive} Latu ry`, activities: ['ski', 'nordic', 'nature', 'ice-swim', 'walk'], businessId: true },
  { key: 'urheilu', kind: 'association', name: (p) => `${p.genitive} Kunto-Veikot ry`, activities: ['gym', 'kids-sport', 'ice-swim', 'walk', 'molkky'], businessId: true },
  { key: '4h', kind: 'association', name: (p) => `${p.genitive} 4H-yhdistys ry`, activities: ['youth', 'nature', 'cooking', 'kids-sport'], businessId: true },
  { key: 'tyottomat', kind: 'association', name: (p) => `${p.genitive} Työttömät ry`, activities: ['meeting', 'lunch', 'sauna', 'walk'], businessId: true },
  { key: 'omaishoitajat', kind: 'association', name: (p) => `${p.genitive} seudun Omaishoitajat ry`, activities: ['peer', 'info', 'singing', 'sauna'], businessId: true },
  {
    key: 'kyla',
    kind: 'association',
    name: (p) => (p.town ? `${p.genitive} Keskustan asukasyhdistys ry` : `${p.genitive} Kirkonkylän kyläyhdistys ry`),
    activities: ['chair', 'sauna', 'ice-fishing', 'berries', 'lunch'],
    businessId: true,
  },
];

const countyActivities: ActivityKey[] = ['balance', 'peer', 'memory', 'volunteer', 'info', 'digital', 'nature', 'walk'];

interface TargetWords {
  fi: string[];
  en: string;
  sv: string;
  sentences: string[];
  theme?: ThemeCode;
}

const targetWords: Record<TargetGroupCode, TargetWords> = {
  elderly: {
    fi: ['Ikäihmisten', 'Senioreiden', 'Eläkeläisten'],
    en: 'for older people',
    sv: 'för äldre',
    sentences: [
      'Toiminta on suunniteltu ikäihmisille, ja tahti sovitetaan osallistujien mukaan.',
      'Mukaan ovat tervetulleita kaikki eläkeikäiset, myös ne, jotka eivät ole aiemmin osallistuneet ryhmiin.',
    ],
  },
  'working-age': {
    fi: ['Työikäisten', 'Aikuisten'],
    en: 'for adults',
    sv: 'för vuxna',
    sentences: ['Ryhmä on helppo sovittaa työn ja perhe-elämän lomaan.', 'Ryhmä on tarkoitettu työikäisille, jotka haluavat pitää huolta omasta jaksamisestaan.'],
  },
  'young-people': {
    fi: ['Nuorten'],
    en: 'for young people',
    sv: 'för unga',
    sentences: ['Toiminta on tarkoitettu 13–29-vuotiaille nuorille.', 'Nuoret saavat itse vaikuttaa siihen, mitä yhdessä tehdään.'],
  },
  children: {
    fi: ['Lasten'],
    en: 'for children',
    sv: 'för barn',
    sentences: ['Toiminta on suunnattu alakouluikäisille lapsille.', 'Alle kouluikäiset lapset tulevat aikuisen kanssa.'],
  },
  families: {
    fi: ['Perheiden', 'Koko perheen'],
    en: 'for families',
    sv: 'för familjer',
    sentences: ['Mukaan ovat tervetulleita vanhemmat, isovanhemmat ja lapset.', 'Perheet voivat osallistua kerran tai säännöllisesti, ilmoittautumista ei tarvita.'],
  },
  'family-carers': {
    fi: ['Omaishoitajien'],
    en: 'for family carers',
    sv: 'för närståendevårdare',
    theme: 'family-carers',
    sentences: [
      'Omaishoitajat saavat hetken aikaa itselleen, ja hoidettavalle voidaan sopia seuraa tapaamisen ajaksi.',
      'Toiminta on tarkoitettu läheistään hoitaville, oli hoitosopimus tehty tai ei.',
    ],
  },
  unemployed: {
    fi: ['Työnhakijoiden', 'Työttömien'],
    en: 'for jobseekers',
    sv: 'för arbetssökande',
    theme: 'employment',
    sentences: ['Toiminta on tarkoitettu työttömille ja työnhakijoille, ja se tuo arkeen rytmiä ja seuraa.', 'Ohjaajan kanssa voi halutessaan jutella myös työnhausta ja koulutusvaihtoehdoista.'],
  },
  immigrants: {
    fi: ['Maahanmuuttajien', 'Maahanmuuttajanaisten'],
    en: 'for immigrants',
    sv: 'för invandrare',
    sentences: ['Ohjaajat käyttävät selkokieltä ja tarvittaessa kuvia, joten suomea ei tarvitse osata hyvin.', 'Toiminta tukee kotoutumista ja tutustumista uusiin ihmisiin.'],
  },
  'people-with-diabetes': {
    fi: ['Diabeetikoiden', 'Diabetesta sairastavien'],
    en: 'for people with diabetes',
    sv: 'för personer med diabetes',
    theme: 'diabetes',
    sentences: [
      'Toiminta sopii sekä tyypin 1 että tyypin 2 diabetesta sairastaville ja heidän läheisilleen.',
      'Vertaisohjaaja antaa vinkkejä verensokerin hallintaan liikunnan ja ruokailun yhteydessä.',
    ],
  },
  'people-with-disabilities': {
    fi: ['Esteetön', 'Soveltava'],
    en: 'for people with disabilities',
    sv: 'för personer med funktionsnedsättning',
    sentences: ['Tilat ovat esteettömät, ja ohjaaja soveltaa toimintaa jokaisen osallistujan mukaan.', 'Avustaja tai omainen voi osallistua maksutta.'],
  },
  everyone: {
    fi: ['Kaikille avoin', 'Yhteinen'],
    en: 'open to all',
    sv: 'för alla',
    sentences: ['Toiminta on avoin kaikille iästä ja kunnosta riippumatta.', 'Tervetuloa mukaan yksin tai seurassa, ennakkotietoja ei tarvita.'],
  },
};

const weekdayGenitives = ['maanantain', 'tiistain', 'keskiviikon', 'torstain', 'perjantain', 'lauantain', 'sunnuntain'];

const practicalSentences = [
  'Kokoonnumme paikassa {place}, ja paikalle pääsee hyvin myös linja-autolla.',
  'Paikka on {place}, jonne on opasteet pääovelta.',
  'Ota mukaan juomapullo ja mukavat vaatteet.',
  'Tarjolla on kahvia ja teetä, ja omaa evästä saa tuoda.',
  'Ensimmäisellä kerralla ohjaaja kertoo käytännön asioista ja toiminnan tavoitteista.',
  'Toimintaa vetävät koulutetut vapaaehtoiset yhdessä työntekijän kanssa.',
  'Osallistua voi kerran kokeilemaan ennen kuin sitoutuu pidemmäksi aikaa.',
  'Voit tulla mukaan tukihenkilön tai läheisen kanssa.',
  'Lisätietoja saa järjestäjältä puhelimitse tai sähköpostilla.',
];

const feeDescriptions = ['2 € / kerta', '3 € / kerta', '5 € / kerta', 'Kahvimaksu 1 €', '15 € / kausi', '25 € / kausi', 'Jäsenmaksu 15 € / vuosi', 'Osallistumismaksu 10 €, sisältää materiaalit'];
const streets = ['Kirkkotie', 'Koulutie', 'Keskustie', 'Asematie', 'Rantatie', 'Torikatu', 'Kauppakatu', 'Urheilutie', 'Puistotie', 'Myllytie', 'Sairaalantie', 'Kansakoulutie'];
const startsByTime = {
  day: ['09:00', '09:30', '10:00', '10:30', '11:00', '12:00', '13:00'],
  afternoon: ['14:00', '14:30', '15:00', '15:30', '16:00'],
  evening: ['16:30', '17:00', '17:30', '18:00', '18:30'],
};
const allStarts = [...startsByTime.day, ...startsByTime.afternoon, ...startsByTime.evening];
const durations = [45, 60, 90, 120];
const longDurations = [90, 120, 150, 180];
const allAccessibility: AccessibilityCode[] = ['step-free', 'accessible-toilet', 'induction-loop', 'sign-language', 'plain-language', 'seating', 'public-transport', 'remote'];

const addMinutes = (time: string, minutes: number) => {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = Math.min(hours * 60 + mins + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

const firstEventDay = Date.UTC(2026, 11, 1);
const eventDays = 211; // 2026-12-01 .. 2027-06-30
const holidays = new Set(['12-06', '12-24', '12-25', '12-26', '12-31', '01-01', '01-06']);
const isoDay = (offset: number) => new Date(firstEventDay + offset * 86_400_000).toISOString().slice(0, 10);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface GeneratedOrganisation {
  organisation: DemoOrganisation;
  activities: ActivityKey[];
  home: string;
}

const buildOrganisations = (tenant: string, prefix: string, municipalities: readonly string[], random: Random): GeneratedOrganisation[] => {
  const county = wellbeingCounties.find((entry) => entry.slug === tenant);
  const countyName = county?.name ?? { fi: `Hyvinvointialue ${tenant}`, sv: `Välfärdsområde ${tenant}`, en: `Wellbeing services county ${tenant}` };
  const countyDomain = `${slugify(tenant)}-hyvinvointialue.example`;
  const organisations: GeneratedOrganisation[] = [
    {
      home: municipalities[0] ?? tenant,
      activities: countyActivities,
      organisation: {
        id: `${prefix}-gen-hyvinvointialue`,
        kind: 'wellbeing-county',
        name: { ...countyName },
        businessId: businessIdFor(random),
        contact: { email: `hyte@${countyDomain}`, phone: phoneFor(random) },
        municipalities: [...municipalities],
        editors: [`editor-${prefix}-gen-hva`],
      },
    },
  ];
  // Towns first, so the larger places get the local organisations when there are many municipalities.
  const ordered = [...municipalities].sort((a, b) => Number(municipalityPlaces[b]?.town ?? false) - Number(municipalityPlaces[a]?.town ?? false));
  const templates = random.sample(organisationTemplates, organisationTemplates.length);
  const seen = new Set<string>();
  for (let index = 0; organisations.length < 20 && index < 200; index += 1) {
    const municipality = ordered[index % ordered.length];
    const template = templates[(index * 5 + Math.floor(index / templates.length)) % templates.length];
    if (!municipality || !template) break;
    const place = placeOf(municipality, random);
    const name = template.name(place);
    if (seen.has(name)) continue;
    seen.add(name);
    const slug = slugify(`${template.key}-${municipality}`);
    const domain = `${slugify(name.replace(/ ry$/, ''))}.example`;
    const organisation: DemoOrganisation = {
      id: `${prefix}-gen-${organisations.length}-${slug}`.slice(0, 64).replace(/-+$/, ''),
      kind: template.kind,
      name: { fi: name },
      description: { fi: `${name} järjestää hyvinvointia ja terveyttä edistävää toimintaa ${place.locative.startsWith('–') ? `kunnassa ${municipality}` : place.locative}.` },
      contact: { email: `info@${domain}`, phone: phoneFor(random) },
      municipalities: [municipality],
      editors: [`editor-${prefix}-${slug}`.slice(0, 120)],
    };
    if (template.businessId) organisation.businessId = businessIdFor(random);
    organisations.push({ organisation, activities: template.activities, home: municipality });
  }
  return organisations;
};

const municipalityWeight = (municipality: string, index: number) => {
  const place = municipalityPlaces[municipality];
  if (['Kuopio', 'Kokkola', 'Rovaniemi'].includes(municipality) || (!place && index === 0)) return 6;
  return place?.town ? 2 : 1;
};

const buildActivity = (random: Random, owner: GeneratedOrganisation, municipality: string): ActivityContent => {
  const templateKey = random.pick(owner.activities);
  const template = templateByKey.get(templateKey) ?? activityTemplates[0];
  if (!template) throw new Error('no activity templates');
  const place = placeOf(municipality, random);
  const targets = random.sample(template.targets, random.int(1, Math.min(3, template.targets.length)));
  const primary = targets[0] ?? 'everyone';
  const words = targetWords[primary];
  const themes = [...new Set<ThemeCode>([...template.themes, ...(words.theme ? [words.theme] : [])])].slice(0, 3);

  const schedule: ActivityContent['schedule'] = { weekly: [], dates: [] };
  const start = random.pick(template.time ? startsByTime[template.time] : allStarts);
  const end = addMinutes(start, random.pick(template.dated ? longDurations : durations));
  if (template.dated || random.chance(0.2)) {
    const first = random.int(0, eventDays - 60);
    const count = random.int(1, 5);
    const step = random.pick([7, 14, 28]);
    for (let index = 0; index < 20 && (index < count || schedule.dates.length === 0); index += 1) {
      const offset = first + index * step;
      const date = isoDay(offset);
      if (offset < eventDays && !holidays.has(date.slice(5))) schedule.dates.push({ date, start, end });
    }
  } else {
    const days = random.sample([1, 2, 3, 4, 5, 6, 7], random.chance(0.75) ? 1 : 2).sort((a, b) => a - b);
    schedule.weekly = days.map((weekday) => ({ weekday, start, end }));
  }
  const timeWord = start < '12:00' ? 'aamupäivän' : start < '16:30' ? 'iltapäivän' : 'illan';
  const singleDay = schedule.weekly.length === 1 ? weekdayGenitives[(schedule.weekly[0]?.weekday ?? 1) - 1] : undefined;
  const modifiers = [
    'rauhallinen',
    'ohjattu',
    'leppoisa',
    ...(template.noun.fi.includes('ilta') ? [] : [timeWord]),
    ...(schedule.weekly.length > 0 ? ['viikoittainen'] : []),
    ...(singleDay ? [singleDay, singleDay] : []),
  ];
  const prefixWord = primary === 'everyone' && place.town && random.chance(0.5) ? 'Koko kaupungin' : primary === 'everyone' && random.chance(0.5) ? 'Koko kylän' : random.pick(words.fi);
  const modifier = random.chance(0.45) ? `${random.pick(modifiers)} ` : '';
  const titleFi = `${prefixWord} ${modifier}${template.noun.fi} ${place.locative}`;
  const svName = place.sv ?? municipality;

  const placeNoun = random.pick(template.places);
  const placeName = `${place.genitive} ${placeNoun}`;
  const practical = random.sample(practicalSentences, random.int(1, 2)).map((sentence) => sentence.replace('{place}', placeName));
  const description = [random.pick(template.intros), random.pick(words.sentences), ...practical].slice(0, random.int(2, 3)).join(' ');

  const free = random.chance(0.6);
  const languages = new Set<ActivityLanguage>(['fi']);
  if (random.chance(0.15) || place.sv === 'Karleby') languages.add('sv');
  if (random.chance(0.1)) languages.add('en');
  if (['Inari', 'Utsjoki', 'Enontekiö'].includes(municipality) && random.chance(0.3)) languages.add('se');
  if (targets.includes('immigrants')) {
    languages.add('fi-selko');
    for (const language of random.sample<ActivityLanguage>(['ar', 'uk', 'so', 'ru', 'en'], random.int(1, 3))) languages.add(language);
  }
  const title: ActivityContent['title'] = { fi: capitalise(titleFi) };
  const text: ActivityContent['description'] = { fi: description };
  if (languages.has('sv')) {
    title.sv = capitalise(`${template.noun.sv} ${words.sv} i ${svName}`);
    text.sv = `${capitalise(template.noun.sv)} ${words.sv}. Verksamheten är öppen och man kan komma med utan förhandskunskaper.`;
  }
  if (languages.has('en') || random.chance(0.2)) {
    title.en = capitalise(`${template.noun.en} ${words.en} in ${municipality}`);
    text.en = `${capitalise(template.noun.en)} ${words.en} in ${municipality}. No previous experience is needed; contact the organiser for details.`;
  }

  if (template.season) schedule.note = { fi: template.season.note };
  else if (random.chance(0.15)) schedule.note = { fi: random.pick(['Joulutauko joulukuun puolivälistä tammikuun alkuun.', 'Kesätauko kesä–elokuussa.', 'Ei kokoontumisia koulujen lomien aikana.']) };

  const registrationRequired = template.dated ? random.chance(0.6) : random.chance(0.2);
  const content: ActivityContent = {
    organisationId: owner.organisation.id,
    title,
    description: text,
    themes,
    targetGroups: targets,
    municipality,
    location: {
      name: capitalise(placeName),
      address: `${random.pick(streets)} ${random.int(1, 60)}`,
      postalCode: place.postalCode,
      city: municipality,
      coordinates: {
        lat: Math.round((place.lat + (random.next() - 0.5) * 0.03) * 10000) / 10000,
        lon: Math.round((place.lon + (random.next() - 0.5) * 0.06) * 10000) / 10000,
      },
    },
    schedule,
    cost: free ? { free: true } : { free: false, description: { fi: random.pick(feeDescriptions) } },
    languages: [...languages],
    accessibility: random.sample(allAccessibility, random.int(0, 4)),
    accompanimentWelcome: random.chance(0.5),
    registrationRequired,
    contact: { ...owner.organisation.contact },
  };
  if (registrationRequired) {
    content.registrationInfo = {
      fi: random.pick([
        'Ilmoittaudu järjestäjälle puhelimitse tai sähköpostilla viikkoa ennen alkua.',
        'Ryhmään mahtuu 12 osallistujaa, ilmoittautumiset saapumisjärjestyksessä.',
        'Ilmoittautuminen järjestäjän verkkosivuilla tai puhelimitse arkisin.',
      ]),
    };
  }
  if (template.season) {
    content.validFrom = template.season.from;
    content.validUntil = template.season.until;
  } else if (random.chance(0.15)) {
    content.validFrom = isoDay(random.int(0, 60));
    content.validUntil = isoDay(random.int(120, eventDays - 1));
  }
  return content;
};

/**
 * A large, deterministic catalog for benchmarks: about twenty organisations and `count` published
 * listings spread over the given municipalities. The same arguments always give the same catalog.
 */
export function generateCatalog(tenant: string, municipalities: readonly string[], count: number, seed = 1): DemoCatalog {
  if (municipalities.length === 0) throw new Error('generateCatalog needs at least one municipality');
  const random = createRandom(hashString(`${tenant}:${seed}`));
  const prefix = tenantPrefix(tenant);
  const organisations = buildOrganisations(tenant, prefix, municipalities, random);
  const county = organisations[0];
  if (!county) throw new Error('the county organisation is missing');

  const weights = municipalities.map((municipality, index) => municipalityWeight(municipality, index));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const pickMunicipality = (): string => {
    let roll = random.next() * totalWeight;
    for (const [index, municipality] of municipalities.entries()) {
      roll -= weights[index] ?? 0;
      if (roll < 0) return municipality;
    }
    return municipalities[municipalities.length - 1] as string;
  };

  const activities: DemoActivity[] = [];
  const width = String(count).length;
  for (let index = 0; index < count; index += 1) {
    const municipality = pickMunicipality();
    const local = organisations.filter((entry) => entry.home === municipality && entry !== county);
    const owner = local.length > 0 && random.chance(0.75) ? random.pick(local) : county;
    const id = `${prefix}-gen-${String(index + 1).padStart(width, '0')}`;
    const content = buildActivity(random, owner, municipality);
    activities.push({ id: `${id}-${slugify(content.title.fi).slice(0, 40)}`.replace(/-+$/, ''), content, status: 'published', lastVerifiedDaysAgo: random.int(10, 200) });
  }
  return { tenant, organisations: organisations.map((entry) => entry.organisation), activities };
}
