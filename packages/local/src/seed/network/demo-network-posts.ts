import type { DemoAuthor, DemoNetworkPost } from './demo-network.types';
import { demoPractices } from './demo-network-practices';

const developer = (tenant: string): DemoAuthor => ({ tenant, user: 'demo-developer' });
const coordinator = (tenant: string): DemoAuthor => ({ tenant, user: 'demo-coordinator' });
const publisher: DemoAuthor = { tenant: null, user: 'demo-publisher' };

/** Updates, a question and an event around the practices, with comments from all three demo counties. */
const conversation: DemoNetworkPost[] = [
  {
    key: 'lappi-lahettikoulutus',
    author: coordinator('lappi'),
    daysAgo: 12,
    content: {
      kind: 'update',
      title: 'Hyvinvointilähettien jatkokoulutus käynnistyy',
      body: 'Lähetit toivoivat lisää tukea vaikeisiin asiakastilanteisiin. Aloitamme kuukausittaiset jatkokoulutukset ja työnohjauksen etäyhteydellä, jotta myös kaukana asuvat pääsevät mukaan.',
      tags: ['hyvinvointilahete', 'vapaaehtoistoiminta'],
    },
    comments: [
      { author: developer('pohjois-savo'), body: 'Hyvä ratkaisu! Meillä vertaisohjaajat ovat hyötyneet samasta. Voimme jakaa koulutusrunkomme.' },
      { author: developer('keski-pohjanmaa'), body: 'Kiinnostaisi kuulla, miten etäkoulutukset toimivat käytännössä.' },
    ],
    usefulFrom: [developer('pohjois-savo'), developer('keski-pohjanmaa')],
  },
  {
    key: 'keski-pohjanmaa-kysymys-mittarit',
    author: developer('keski-pohjanmaa'),
    daysAgo: 9,
    content: {
      kind: 'question',
      title: 'Millä mittaatte hyvinvointilähetteen vaikutuksia?',
      body: 'Pilottimme lähestyy loppuaan. Millä mittareilla muut alueet ovat arvioineet, muuttuuko asiakkaan tilanne lähetteen jälkeen?',
      tags: ['hyvinvointilahete', 'hyte'],
    },
    comments: [
      { author: developer('lappi'), body: 'Käytämme THL:n osallisuusindikaattoria ja positiivisen mielenterveyden mittaria alussa ja lopussa.' },
      { author: coordinator('pohjois-savo'), body: 'Meillä asiakasraati kommentoi mittareiden kysymykset ennen käyttöönottoa – kannatti.' },
    ],
    usefulFrom: [developer('lappi')],
  },
  {
    key: 'diabetesliitto-webinaari',
    author: publisher,
    daysAgo: 6,
    content: {
      kind: 'event',
      title: 'Verkostotapaaminen: diabeteksen hoitopolut alueilla',
      body: 'Kerromme hyvinvointipolkujen käyttöönotosta ja kuulemme alueiden kokemuksia. Tapaaminen on avoin kaikille verkoston jäsenille.',
      tags: ['diabetes', 'omahoito'],
      event: { startsAt: '2027-02-10T13:00:00+02:00', onlineUrl: 'https://www.diabetes.fi/' },
    },
    comments: [{ author: developer('lappi'), body: 'Tulemme mukaan, ja voimme kertoa Sodankylän kokemuksista.' }],
  },
  {
    key: 'pohjois-savo-tyokalupakki',
    author: coordinator('pohjois-savo'),
    daysAgo: 3,
    content: {
      kind: 'update',
      title: 'Osallisuuden työkalupakki on nyt kaikkien alueiden käytössä',
      body: 'Julkaisimme työkalupakin menetelmäkuvaukset verkostossa. Löydät ne osallisuuden työkalupakista, ja palaute on tervetullutta.',
      tags: ['osallisuus'],
    },
    usefulFrom: [developer('lappi'), developer('keski-pohjanmaa'), publisher],
  },
];

export const demoNetworkPosts: DemoNetworkPost[] = [...demoPractices, ...conversation];

/** Demo members' follows; the digest goes to a made-up address of the example domain. */
export const demoNetworkMembers: { author: DemoAuthor; followedTags: DemoNetworkPost['content']['tags']; email: string }[] = [
  { author: developer('lappi'), followedTags: ['hyvinvointilahete', 'osallisuus', 'mielenterveys'], email: 'olli.kangas@lappi.example' },
  { author: developer('pohjois-savo'), followedTags: ['osallisuus', 'jarjestoyhteistyo', 'palveluohjaus'], email: 'ville.tuovinen@pohjois-savo.example' },
  { author: developer('keski-pohjanmaa'), followedTags: ['hyte', 'digitaalinen-alusta', 'hyvinvointilahete', 'diabetes', 'liikunta'], email: 'sari.hietala@keski-pohjanmaa.example' },
];
