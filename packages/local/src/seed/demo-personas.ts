import type { LocalizedText, Role } from '@linkki/domain';

/** A demo user a person can sign in as on the local platform. */
export interface DemoPersona {
  tenant: string | null;
  user: string;
  role: Role;
  displayName: string;
  title: string;
  organisation: string;
  description: LocalizedText;
}

interface CountyCast {
  tenant: string;
  nurse: [string, string];
  linkWorker: [string, string];
  editor: [string, string, string];
  coordinator: string;
  developer: string;
}

const casts: CountyCast[] = [
  {
    tenant: 'keski-pohjanmaa',
    nurse: ['Hanna Kallio', 'Sairaanhoitaja, omaishoitajien terveystarkastukset'],
    linkWorker: ['Mikael Byskata', 'Linkkityöntekijä'],
    editor: ['Leena Rauma', 'Vapaaehtoistyön koordinaattori', 'Kokkolan Seudun Muistiyhdistys ry'],
    coordinator: 'Jukka Niemelä',
    developer: 'Sari Hietala',
  },
  {
    tenant: 'pohjois-savo',
    nurse: ['Anni Räsänen', 'Sairaanhoitaja, seniorineuvola'],
    linkWorker: ['Petri Kinnunen', 'Hyvinvointiohjaaja'],
    editor: ['Marja Hyvönen', 'Toiminnanjohtaja', 'Kuopion Eläkeläiset ry'],
    coordinator: 'Tiina Karvonen',
    developer: 'Ville Tuovinen',
  },
  {
    tenant: 'lappi',
    nurse: ['Eija Lehtola', 'Terveydenhoitaja, työttömien terveystarkastukset'],
    linkWorker: ['Aino Magga', 'Vapaaehtoinen hyvinvointilähetti'],
    editor: ['Pekka Kumpula', 'Kirkkoherra', 'Sodankylän seurakunta'],
    coordinator: 'Riikka Aikio',
    developer: 'Olli Kangas',
  },
];

const countyOrganisation = 'Hyvinvointialue';

const personasOf = (cast: CountyCast): DemoPersona[] => [
  {
    tenant: cast.tenant,
    user: 'demo-nurse',
    role: 'professional',
    displayName: cast.nurse[0],
    title: cast.nurse[1],
    organisation: countyOrganisation,
    description: { fi: 'Ammattilainen, joka kirjoittaa hyvinvointilähetteitä', sv: 'Yrkesperson som skriver välmåenderemisser', en: 'Professional who writes wellbeing referrals' },
  },
  {
    tenant: cast.tenant,
    user: 'demo-linkworker',
    role: 'linkWorker',
    displayName: cast.linkWorker[0],
    title: cast.linkWorker[1],
    organisation: countyOrganisation,
    description: { fi: 'Linkkityöntekijä, joka tapaa asiakkaat', sv: 'Länkarbetare som träffar klienterna', en: 'Link worker who meets the clients' },
  },
  {
    tenant: cast.tenant,
    user: 'demo-editor',
    role: 'orgEditor',
    displayName: cast.editor[0],
    title: cast.editor[1],
    organisation: cast.editor[2],
    description: { fi: 'Järjestön toimintojen ylläpitäjä', sv: 'Redaktör för en förenings verksamhet', en: "Editor of an organisation's activities" },
  },
  {
    tenant: cast.tenant,
    user: 'demo-coordinator',
    role: 'coordinator',
    displayName: cast.coordinator,
    title: 'Hyte-koordinaattori',
    organisation: countyOrganisation,
    description: { fi: 'Hyvinvointialueen koordinaattori', sv: 'Välfärdsområdets koordinator', en: "The county's coordinator" },
  },
  {
    tenant: cast.tenant,
    user: 'demo-developer',
    role: 'networkMember',
    displayName: cast.developer,
    title: 'Kehittämissuunnittelija',
    organisation: countyOrganisation,
    description: { fi: 'Alueellinen kehittäjä verkostossa', sv: 'Regional utvecklare i nätverket', en: 'Regional developer in the network' },
  },
];

export const demoPersonas: readonly DemoPersona[] = [
  ...casts.flatMap(personasOf),
  {
    tenant: null,
    user: 'demo-publisher',
    role: 'nationalPublisher',
    displayName: 'Kaisa Laine',
    title: 'Asiantuntija, hyvinvointipolut',
    organisation: 'Diabetesliitto',
    description: { fi: 'Diabetesliiton valtakunnallinen julkaisija', sv: 'Diabetesförbundets nationella utgivare', en: "Diabetesliitto's national publisher" },
  },
  {
    tenant: null,
    user: 'demo-operator',
    role: 'platformAdmin',
    displayName: 'Linkki-ylläpito',
    title: 'Alustan ylläpitäjä',
    organisation: 'Linkki',
    description: { fi: 'Alustan ylläpitäjä', sv: 'Plattformens operatör', en: 'Platform operator' },
  },
];
