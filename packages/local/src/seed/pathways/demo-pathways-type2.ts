import type { PathwayContent } from '@linkki/domain';
import { county, diabetesliitto, item, pathway, stage } from './demo-pathway-builders';

const title = ['Tyypin 2 diabetes: oma polku hoitoon ja hyvinvointiin', 'Typ 2-diabetes: din stig till vård och välbefinnande', 'Type 2 diabetes: your pathway to care and wellbeing'] as const;
const introduction = [
  'Tyypin 2 diabetes on yleinen, ja siihen voi vaikuttaa paljon omilla valinnoilla. Polku kertoo, mitä kussakin vaiheessa kannattaa tietää ja mitä tukea on tarjolla.',
  'Typ 2-diabetes är vanlig och du kan påverka den mycket genom egna val. Stigen berättar vad som är bra att veta i varje skede och vilket stöd som finns.',
  'Type 2 diabetes is common, and your own choices can do a lot. The pathway tells what is worth knowing at each stage and what support is available.',
] as const;

const diagnosis = stage(
  'diagnoosi',
  ['Kun diabetes todetaan', 'När diabetes konstateras', 'When diabetes is diagnosed'],
  [
    'Mitä diagnoosi tarkoittaa, miten hoito alkaa ja mitä voit tehdä heti.',
    'Vad diagnosen innebär, hur vården börjar och vad du kan göra genast.',
    'What the diagnosis means, how treatment begins and what you can do right away.',
  ],
  [
    item({
      id: 'perustieto',
      kind: 'information',
      provider: diabetesliitto,
      title: ['Tyypin 2 diabetes lyhyesti', 'Typ 2-diabetes i korthet', 'Type 2 diabetes in brief'],
      description: 'Perustieto sairaudesta, lääkityksestä ja seurannasta selkokielellä.',
      url: 'https://www.diabetes.fi',
      languages: ['fi', 'sv', 'en', 'fi-selko'],
    }),
    item({
      id: 'hoitosuunnitelma',
      kind: 'service',
      provider: county,
      title: ['Hoitosuunnitelma diabeteshoitajan kanssa', 'Vårdplan med diabetesskötaren', 'Care plan with the diabetes nurse'],
      description: 'Ensikäynnillä sovitaan tavoitteet ja seurannan aikataulu.',
    }),
  ],
);

const lifestyle = (withApp: boolean) =>
  stage(
    'elintavat',
    ['Ensimmäiset kuukaudet ja elintavat', 'De första månaderna och levnadsvanor', 'The first months and lifestyle'],
    [
      'Ruoka, liikunta, uni ja paino: pienet muutokset, joilla on iso vaikutus.',
      'Mat, motion, sömn och vikt: små förändringar med stor effekt.',
      'Food, exercise, sleep and weight: small changes with a big effect.',
    ],
    [
      item({
        id: 'ruokavalmennus',
        kind: 'onlineCourse',
        provider: diabetesliitto,
        title: ['Ruokavalion verkkovalmennus', 'Webbträning i kost', 'Online diet coaching'],
        description: 'Kahdeksan viikon valmennus lautasmallista ja ateriarytmistä.',
        languages: ['fi'],
      }),
      item({
        id: 'liikuntaneuvonta',
        kind: 'service',
        provider: county,
        title: ['Liikuntaneuvonta', 'Motionsrådgivning', 'Exercise counselling'],
        description: 'Fysioterapeutin kanssa laaditaan itselle sopiva liikuntasuunnitelma.',
      }),
      ...(withApp
        ? [
            item({
              id: 'omahoitosovellus',
              kind: 'digitalTool' as const,
              provider: ['private', 'Terveysteknologiayritys'] as ['private', string],
              title: ['Omahoitosovellus verensokerin seurantaan', 'App för egenvård', 'Self-care app for blood glucose'] as const,
              description: 'Mittaukset, ateriat ja liikunta samassa näkymässä.',
              languages: ['fi', 'sv', 'en'],
              fee: 'Perusversio maksuton, laajennettu 5 €/kk.',
            }),
          ]
        : []),
    ],
  );

const groupCoaching = stage(
  'ryhmavalmennus',
  ['Ryhmävalmennus', 'Gruppträning', 'Group coaching'],
  ['Terveyskeskuksen ryhmä, jossa opitaan omahoitoa yhdessä.', 'Hälsocentralens grupp där man lär sig egenvård tillsammans.', 'A health centre group for learning self-care together.'],
  [
    item({
      id: 'ryhma-terveyskeskus',
      kind: 'peerGroup',
      provider: county,
      title: ['Tyypin 2 diabeteksen ryhmävalmennus', 'Gruppträning för typ 2-diabetes', 'Type 2 diabetes group coaching'],
      description: 'Neljä tapaamista hoitajan ja ravitsemusterapeutin kanssa.',
    }),
  ],
);

const everyday = stage(
  'arki',
  ['Arki ja vertaistuki', 'Vardag och kamratstöd', 'Everyday life and peer support'],
  [
    'Vertaistuki, paikalliset ryhmät ja liikunta yhdessä muiden kanssa.',
    'Kamratstöd, lokala grupper och motion tillsammans med andra.',
    'Peer support, local groups and exercise together with others.',
  ],
  [
    item({
      id: 'vertaisryhmat',
      kind: 'peerGroup',
      provider: ['otherNgo', 'Paikalliset diabetesyhdistykset'],
      title: ['Diabetesyhdistysten vertaisryhmät', 'Diabetesföreningarnas kamratgrupper', 'Peer groups of diabetes associations'],
      description: 'Tapaamisia, kävelyryhmiä ja luentoja omalla paikkakunnalla.',
    }),
    item({
      id: 'verkkovertaiset',
      kind: 'peerGroup',
      provider: diabetesliitto,
      title: ['Verkon vertaisryhmä', 'Kamratgrupp på nätet', 'Online peer group'],
      description: 'Keskusteluryhmä, johon voi osallistua kotoa käsin.',
      languages: ['fi'],
    }),
  ],
);

const complications = stage(
  'lisasairaudet',
  ['Kun lisäsairauksia tulee', 'När följdsjukdomar kommer', 'When complications come'],
  [
    'Silmänpohjakuvaukset, munuaisarvot ja jalkojen hoito: säännöllinen seuranta suojaa.',
    'Ögonbottenfotografering, njurvärden och fotvård: regelbunden uppföljning skyddar.',
    'Eye screening, kidney tests and foot care: regular follow-up protects.',
  ],
  [
    item({
      id: 'seurantakalenteri',
      kind: 'digitalTool',
      provider: diabetesliitto,
      title: ['Seurantakäyntien muistilista', 'Checklista för kontroller', 'Check-up checklist'],
      description: 'Tulostettava lista vuosittaisista tutkimuksista.',
      languages: ['fi', 'sv'],
    }),
    item({
      id: 'jalkaterapia',
      kind: 'service',
      provider: county,
      title: ['Jalkaterapeutin vastaanotto', 'Fotterapeutens mottagning', 'Podiatrist appointment'],
      description: 'Lähetteellä diabeteshoitajalta tai lääkäriltä.',
      fee: 'Terveyskeskusmaksu.',
    }),
  ],
);

const rehabilitation = stage(
  'kuntoutus',
  ['Kuntoutus ja jaksaminen', 'Rehabilitering och ork', 'Rehabilitation and coping'],
  [
    'Kuntoutuskurssit ja tuki, kun sairauden kanssa eläminen käy raskaaksi.',
    'Rehabiliteringskurser och stöd när livet med sjukdomen blir tungt.',
    'Rehabilitation courses and support when living with the illness gets heavy.',
  ],
  [
    item({
      id: 'kelan-kurssit',
      kind: 'service',
      provider: ['public', 'Kela'],
      title: ['Kelan kuntoutuskurssit', 'FPA:s rehabiliteringskurser', 'Kela rehabilitation courses'],
      description: 'Haku lääkärin B-lausunnolla.',
      url: 'https://www.kela.fi',
      languages: ['fi', 'sv'],
    }),
  ],
);

/** Version 1, and version 2 in which the group coaching moved into the county's own services and rehabilitation was added. */
export const type2PathwayVersions: readonly { content: PathwayContent; changeSummary: readonly [string, string, string] }[] = [
  {
    content: pathway('type2Diagnosed', title, introduction, [diagnosis, lifestyle(false), groupCoaching, complications]),
    changeSummary: ['Ensimmäinen julkaisu.', 'Första publiceringen.', 'First publication.'],
  },
  {
    content: pathway('type2Diagnosed', title, introduction, [diagnosis, lifestyle(true), everyday, complications, rehabilitation]),
    changeSummary: [
      'Ryhmävalmennus poistettiin omana vaiheenaan, uudet vaiheet arjesta ja kuntoutuksesta, omahoitosovellus lisättiin.',
      'Gruppträningen togs bort som eget skede, nya skeden om vardag och rehabilitering, en egenvårdsapp lades till.',
      'Group coaching removed as its own stage, new stages on everyday life and rehabilitation, a self-care app added.',
    ],
  },
];
