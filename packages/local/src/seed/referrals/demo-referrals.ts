import type { ClientLanguage, LinkWorkerProfile, ReferralNeed, TrainingRecord } from '@linkki/domain';

/** Where each county's demo link worker works; the demo referrals live in these municipalities. */
export const demoLinkWorkers: Record<string, { profile: LinkWorkerProfile; training: TrainingRecord }> = {
  'keski-pohjanmaa': {
    profile: { displayName: 'Mikael Byskata', kind: 'staff', municipalities: ['Kokkola', 'Kannus'], languages: ['fi', 'sv'], capacity: 10 },
    training: {
      courses: [
        { title: 'Hyvinvointilähetin peruskoulutus', provider: 'Keski-Pohjanmaan hyvinvointialue', completedOn: '2025-09-12', hours: 16 },
        { title: 'Puheeksiotto ja motivoiva haastattelu', provider: 'Kokkolan kaupunki', completedOn: '2026-02-03', hours: 6 },
      ],
      mentoring: [
        { heldOn: '2026-03-10', mentor: 'Jukka Niemelä', topic: 'Yksinäisten ikäihmisten tavoittaminen' },
        { heldOn: '2026-06-02', mentor: 'Jukka Niemelä', topic: 'Saattaen vaihtaminen järjestön toimintaan' },
      ],
    },
  },
  'pohjois-savo': {
    profile: { displayName: 'Petri Kinnunen', kind: 'staff', municipalities: ['Kuopio', 'Siilinjärvi'], languages: ['fi', 'en'], capacity: 10 },
    training: {
      courses: [{ title: 'Hyvinvointilähetin peruskoulutus', provider: 'Pohjois-Savon hyvinvointialue', completedOn: '2025-10-20', hours: 16 }],
      mentoring: [{ heldOn: '2026-04-14', mentor: 'Tiina Karvonen', topic: 'Omaishoitajan jaksamisen tukeminen' }],
    },
  },
  lappi: {
    profile: { displayName: 'Aino Magga', kind: 'volunteer', municipalities: ['Rovaniemi', 'Sodankylä'], languages: ['fi', 'other'], capacity: 8 },
    training: {
      courses: [{ title: 'Vapaaehtoisen hyvinvointilähetin koulutus', provider: 'Lapin hyvinvointialue', completedOn: '2026-01-25', hours: 12 }],
      mentoring: [
        { heldOn: '2026-03-05', mentor: 'Riikka Aikio', topic: 'Oman jaksamisen rajat vapaaehtoisena' },
        { heldOn: '2026-05-07', mentor: 'Riikka Aikio', topic: 'Etäyhteydet harvaan asutulla alueella' },
      ],
    },
  },
};

/** How far a demo referral has come; each step is taken through the same services as the API. */
export type DemoReferralStage = 'draft' | 'requested' | 'cancelled' | 'accepted' | 'in-progress' | 'completed';

export interface DemoReferral {
  stage: DemoReferralStage;
  name: string;
  birthYear: number;
  /** 0 or 1: which of the link worker's municipalities. */
  place: 0 | 1;
  language: ClientLanguage;
  unitId: 'senior-clinic' | 'family-carer-check' | 'unemployed-check';
  needs: ReferralNeed[];
  note: string;
  daysAgo: number;
  /** SWEMWBS answers at start and end, and participation answers; the end ones only when completed. */
  swemwbs?: [number[], number[]];
  participation?: [number[], number[]];
  whatChanged?: string;
}

const improving = (base: number): [number[], number[]] => [Array<number>(7).fill(base), Array<number>(7).fill(Math.min(5, base + 1))];
const participating = (base: number): [number[], number[]] => [Array<number>(10).fill(base), Array<number>(10).fill(Math.min(5, base + 1))];

/** One county's demo caseload: enough completed referrals that the reports pass the small-group rule. */
export const demoReferrals: readonly DemoReferral[] = [
  {
    stage: 'completed',
    name: 'Eino Mäkelä',
    birthYear: 1948,
    place: 0,
    language: 'fi',
    unitId: 'senior-clinic',
    needs: ['loneliness'],
    note: 'Leskeksi jäänyt, kaipaa seuraa arkeen.',
    daysAgo: 150,
    swemwbs: improving(2),
    participation: participating(2),
    whatChanged: 'Käy viikoittain muistikahvilassa ja on löytänyt sieltä kahvitteluseuraa.',
  },
  {
    stage: 'completed',
    name: 'Sirkka Laitinen',
    birthYear: 1955,
    place: 0,
    language: 'fi',
    unitId: 'family-carer-check',
    needs: ['caregiving-burden', 'physical-activity'],
    note: 'Hoitaa puolisoaan kotona, oma liikunta jäänyt.',
    daysAgo: 120,
    swemwbs: improving(3),
    participation: participating(3),
    whatChanged: 'Osallistuu vesijumppaan sillä aikaa, kun puoliso on päivätoiminnassa.',
  },
  {
    stage: 'completed',
    name: 'Gunnel Forsström',
    birthYear: 1951,
    place: 1,
    language: 'sv',
    unitId: 'senior-clinic',
    needs: ['grief'],
    note: 'Sorg efter makens bortgång i våras.',
    daysAgo: 100,
    swemwbs: improving(2),
    participation: participating(3),
    whatChanged: 'Deltar i sorggruppen och har fått nya vänner.',
  },
  {
    stage: 'completed',
    name: 'Jari Hakala',
    birthYear: 1979,
    place: 0,
    language: 'fi',
    unitId: 'unemployed-check',
    needs: ['unemployment', 'lifestyle-change'],
    note: 'Pitkään työttömänä, haluaa rytmiä päiviin.',
    daysAgo: 80,
    swemwbs: improving(3),
    participation: participating(2),
    whatChanged: 'Käy kuntosalivuorolla kahdesti viikossa ja on mukana yhdistyksen talkoissa.',
  },
  {
    stage: 'completed',
    name: 'Maija Peltola',
    birthYear: 1946,
    place: 1,
    language: 'fi',
    unitId: 'senior-clinic',
    needs: ['loneliness', 'physical-activity'],
    note: 'Asuu yksin, liikkuminen vähentynyt.',
    daysAgo: 60,
    swemwbs: improving(2),
    participation: participating(2),
    whatChanged: 'Lähtee naapurin kanssa tuolijumppaan ja soittaa ystävälle viikoittain.',
  },
  {
    stage: 'in-progress',
    name: 'Pentti Rautio',
    birthYear: 1950,
    place: 0,
    language: 'fi',
    unitId: 'senior-clinic',
    needs: ['loneliness'],
    note: 'Toivoo miesten porukkaa.',
    daysAgo: 25,
    swemwbs: improving(3),
  },
  {
    stage: 'in-progress',
    name: 'Anna Backman',
    birthYear: 1962,
    place: 1,
    language: 'sv',
    unitId: 'family-carer-check',
    needs: ['caregiving-burden'],
    note: 'Behöver avlastning och egen tid.',
    daysAgo: 18,
    swemwbs: improving(2),
  },
  { stage: 'accepted', name: 'Kalle Niskanen', birthYear: 1985, place: 0, language: 'fi', unitId: 'unemployed-check', needs: ['unemployment'], note: 'Kiinnostunut vapaaehtoistyöstä.', daysAgo: 9 },
  {
    stage: 'requested',
    name: 'Liisa Honkanen',
    birthYear: 1944,
    place: 0,
    language: 'fi',
    unitId: 'senior-clinic',
    needs: ['loneliness', 'grief'],
    note: 'Puoliso kuollut keväällä, toivoo juttuseuraa.',
    daysAgo: 3,
  },
  {
    stage: 'requested',
    name: 'Omar Hassan',
    birthYear: 1990,
    place: 1,
    language: 'en',
    unitId: 'unemployed-check',
    needs: ['unemployment', 'physical-activity'],
    note: 'Prefers English; interested in team sports.',
    daysAgo: 2,
  },
  { stage: 'cancelled', name: 'Raimo Koskela', birthYear: 1953, place: 0, language: 'fi', unitId: 'senior-clinic', needs: ['physical-activity'], note: 'Harkitsee vielä.', daysAgo: 40 },
  {
    stage: 'draft',
    name: 'Helmi Salo',
    birthYear: 1958,
    place: 1,
    language: 'fi',
    unitId: 'family-carer-check',
    needs: ['caregiving-burden'],
    note: 'Luonnos: kysy suostumus seuraavalla käynnillä.',
    daysAgo: 1,
  },
];
