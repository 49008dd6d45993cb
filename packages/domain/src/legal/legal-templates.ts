import type { LocalizedText } from '../shared/localized-text.schema';
import type { AccessibilityStatement, PrivacyNotice, PrivacyRegister } from './legal-document.schema';

type Template = (county: LocalizedText) => LocalizedText;

/** The county's name in each language, set into a text per language. */
const texts =
  (fi: (county: string) => string, sv: (county: string) => string, en: (county: string) => string): Template =>
  (county) => ({ fi: fi(county.fi), sv: sv(county.sv), en: en(county.en) });

const scope = texts(
  (c) =>
    `Tämä saavutettavuusseloste koskee Linkki-palvelua, jonka tarjoaa ${c}: asukkaiden toiminta- ja palveluhakua, yhteydenottolomakkeita sekä henkilöstön hyvinvointilähete- ja koordinointisivuja. Saavutettavuus on arvioitu palveluntarjoajan tekemänä itsearviointina sekä automaattisilla testeillä (axe) suomeksi, ruotsiksi ja englanniksi.`,
  (c) =>
    `Detta tillgänglighetsutlåtande gäller tjänsten Linkki i ${c}: invånarnas sökning av verksamheter och tjänster, kontaktformulären samt personalens sidor för välfärdsremisser och koordinering. Tillgängligheten har bedömts genom tjänsteleverantörens självutvärdering och automatiska tester (axe) på finska, svenska och engelska.`,
  (c) =>
    `This accessibility statement covers the Linkki service of ${c}: residents' search for activities and services, the contact forms, and the staff pages for wellbeing referrals and coordination. Accessibility was assessed by the service provider's self-assessment and by automated tests (axe) in Finnish, Swedish and English.`,
);

const knownGaps = texts(
  () =>
    'Palvelussa ei tällä hetkellä tiedetä olevan saavutettavuuspuutteita. Järjestöjen itse kirjoittamat toimintakuvaukset voivat olla vain yhdellä kielellä (WCAG 3.1.2). Jos huomaat puutteen, kerro siitä alla olevalla lomakkeella.',
  () =>
    'För närvarande känner vi inte till några brister i tjänstens tillgänglighet. Beskrivningar som organisationerna själva skriver kan finnas på endast ett språk (WCAG 3.1.2). Om du upptäcker en brist, berätta om den med formuläret nedan.',
  () =>
    'No accessibility gaps are currently known in the service. Descriptions that organisations write themselves may be in one language only (WCAG 3.1.2). If you notice a problem, please tell us with the form below.',
);

/** The statement a county starts from, prepared on `today`: partial conformance until the county has assessed its own content. */
export const accessibilityStatementTemplate = (county: LocalizedText, today: string): AccessibilityStatement => ({
  conformance: 'partial',
  preparedOn: today,
  scope: scope(county),
  knownGaps: knownGaps(county),
});

const retentionOf = (fi: string, sv: string, en: string): Template =>
  texts(
    () => fi,
    () => sv,
    () => en,
  );

const privacyTemplates: Record<PrivacyRegister, Record<keyof PrivacyNotice, Template>> = {
  referrals: {
    purpose: texts(
      (c) =>
        `${c} käsittelee hyvinvointilähetteiden tietoja ohjatakseen asukkaan hänen hyvinvointiaan tukevaan toimintaan (sosiaalinen lähettäminen) ja seuratakseen ohjauksen toteutumista ja vaikuttavuutta.`,
      (c) =>
        `${c} behandlar uppgifter i välfärdsremisser för att hänvisa invånaren till verksamhet som stöder hens välbefinnande (social förskrivning) och för att följa upp hänvisningen och dess effekt.`,
      (c) => `${c} processes the data in wellbeing referrals to guide residents to activities that support their wellbeing (social prescribing) and to follow up the guidance and its effect.`,
    ),
    legalBasis: texts(
      () =>
        'Lakisääteisen tehtävän hoitaminen ja julkisen vallan käyttö (EU:n tietosuoja-asetus 6 artiklan 1 kohdan c ja e alakohta); terveystietojen osalta 9 artiklan 2 kohdan h alakohta. Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) ja laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023).',
      () =>
        'Fullgörande av en lagstadgad uppgift och myndighetsutövning (EU:s dataskyddsförordning artikel 6.1 c och e); för hälsouppgifter artikel 9.2 h. Lagen om ordnande av social- och hälsovård (612/2021) och lagen om behandling av klientuppgifter inom social- och hälsovården (703/2023).',
      () =>
        'Compliance with a legal obligation and the exercise of official authority (EU General Data Protection Regulation Art. 6(1)(c) and (e)); for health data Art. 9(2)(h). The Act on Organising Healthcare and Social Welfare Services (612/2021) and the Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023).',
    ),
    data: texts(
      () =>
        'Asiakkaan nimi ja yhteystiedot, lähetteen syy ja tavoitteet, lähettävä yksikkö ja ammattilainen, linkkityöntekijän kirjaamat tapaamiset ja mittarit sekä lokitiedot tietojen käsittelystä. Tiedot saadaan asiakkaalta itseltään ja häntä hoitavilta ammattilaisilta.',
      () =>
        'Klientens namn och kontaktuppgifter, orsaken till och målen för remissen, remitterande enhet och yrkesperson, länkarbetarens anteckningar om möten och mätare samt loggar över behandlingen. Uppgifterna fås av klienten själv och av de yrkespersoner som vårdar hen.',
      () =>
        "The client's name and contact details, the reason for and goals of the referral, the referring unit and professional, the link worker's notes of meetings and measures, and logs of the processing. The data comes from the client and from the professionals caring for them.",
    ),
    recipients: texts(
      () =>
        'Tietoja näkevät vain lähettänyt ammattilainen, asiakkaalle osoitettu linkkityöntekijä ja hyvinvointialueen koordinaattorit. Tietoja ei luovuteta ulkopuolisille eikä siirretä EU:n tai ETA:n ulkopuolelle. Palvelun ylläpitäjä käsittelee tietoja henkilötietojen käsittelijänä hyvinvointialueen lukuun.',
      () =>
        'Uppgifterna ses endast av den remitterande yrkespersonen, den länkarbetare som tilldelats klienten och välfärdsområdets koordinatorer. Uppgifterna lämnas inte ut till utomstående och överförs inte utanför EU eller EES. Tjänstens leverantör behandlar uppgifterna som personuppgiftsbiträde för välfärdsområdets räkning.',
      () =>
        "Only the referring professional, the link worker assigned to the client and the county's coordinators see the data. It is not disclosed to others or transferred outside the EU/EEA. The service provider processes the data as a processor on behalf of the county.",
    ),
    retention: retentionOf(
      'Lähetteen tiedot poistetaan hyvinvointialueen asettaman säilytysajan kuluttua lähetteen päättymisestä. Lokitiedot säilytetään lain edellyttämän ajan.',
      'Remissens uppgifter raderas efter den lagringstid som välfärdsområdet har fastställt räknat från att remissen avslutats. Loggar bevaras den tid lagen kräver.',
      "A referral's data is deleted when the retention period the county has set has passed since the referral ended. Logs are kept for the time the law requires.",
    ),
  },
  'contact-requests': {
    purpose: texts(
      (c) => `${c} välittää asukkaan yhteydenottopyynnön toiminnan järjestäjälle, jotta järjestäjä voi ottaa asukkaaseen yhteyttä.`,
      (c) => `${c} förmedlar invånarens kontaktbegäran till den som ordnar verksamheten, så att arrangören kan kontakta invånaren.`,
      (c) => `${c} passes a resident's contact request to the organiser of an activity so that the organiser can contact the resident.`,
    ),
    legalBasis: texts(
      () => 'Asukkaan suostumus (EU:n tietosuoja-asetus 6 artiklan 1 kohdan a alakohta). Suostumuksen voi perua milloin tahansa ottamalla yhteyttä hyvinvointialueeseen.',
      () => 'Invånarens samtycke (EU:s dataskyddsförordning artikel 6.1 a). Samtycket kan återkallas när som helst genom att kontakta välfärdsområdet.',
      () => "The resident's consent (EU General Data Protection Regulation Art. 6(1)(a)). Consent can be withdrawn at any time by contacting the county.",
    ),
    data: texts(
      () => 'Asukkaan nimi, puhelinnumero tai sähköpostiosoite ja viesti sekä tieto siitä, mihin toimintaan pyyntö liittyy. Tiedot saadaan asukkaalta itseltään.',
      () => 'Invånarens namn, telefonnummer eller e-postadress och meddelande samt uppgift om vilken verksamhet begäran gäller. Uppgifterna fås av invånaren själv.',
      () => "The resident's name, phone number or email address and message, and the activity the request is about. The data comes from the resident.",
    ),
    recipients: texts(
      () =>
        'Pyynnön näkevät toiminnan järjestävän organisaation nimetyt ylläpitäjät. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Palvelun ylläpitäjä käsittelee tietoja henkilötietojen käsittelijänä.',
      () =>
        'Begäran ses av de utsedda redaktörerna för den organisation som ordnar verksamheten. Uppgifterna överförs inte utanför EU eller EES. Tjänstens leverantör behandlar uppgifterna som personuppgiftsbiträde.',
      () => 'The named editors of the organisation running the activity see the request. The data is not transferred outside the EU/EEA. The service provider processes the data as a processor.',
    ),
    retention: retentionOf(
      'Pyyntö poistetaan automaattisesti hyvinvointialueen asettaman säilytysajan kuluttua; säilytysaika kerrotaan lomakkeella.',
      'Begäran raderas automatiskt efter den lagringstid som välfärdsområdet har fastställt; lagringstiden anges i formuläret.',
      'The request is deleted automatically after the retention period the county has set; the period is shown on the form.',
    ),
  },
  'staff-accounts': {
    purpose: texts(
      (c) => `${c} ylläpitää henkilöstön ja yhteistyöjärjestöjen käyttäjätunnuksia palveluun kirjautumista, käyttöoikeuksien hallintaa ja tietojen käsittelyn valvontaa varten.`,
      (c) => `${c} upprätthåller användarkonton för personalen och samarbetsorganisationerna för inloggning, hantering av behörigheter och tillsyn över behandlingen av uppgifter.`,
      (c) => `${c} keeps the user accounts of its staff and partner organisations for signing in, managing access rights and supervising the processing of data.`,
    ),
    legalBasis: texts(
      () => 'Lakisääteisen velvoitteen noudattaminen (EU:n tietosuoja-asetus 6 artiklan 1 kohdan c alakohta): käyttöoikeuksien hallinta ja lokivalvonta (laki 703/2023) sekä työsuhde.',
      () => 'Fullgörande av en rättslig förpliktelse (EU:s dataskyddsförordning artikel 6.1 c): hantering av behörigheter och loggtillsyn (lag 703/2023) samt anställningsförhållandet.',
      () => 'Compliance with a legal obligation (EU General Data Protection Regulation Art. 6(1)(c)): access management and log supervision (Act 703/2023), and the employment relationship.',
    ),
    data: texts(
      () =>
        'Nimi, työsähköpostiosoite, organisaatio, roolit ja käyttöoikeudet, kirjautumis- ja käyttölokit. Tiedot saadaan käyttäjältä itseltään, hyvinvointialueen koordinaattoreilta ja hyvinvointialueen tunnistuspalvelusta.',
      () =>
        'Namn, e-postadress i arbetet, organisation, roller och behörigheter, inloggnings- och användningsloggar. Uppgifterna fås av användaren själv, av välfärdsområdets koordinatorer och från välfärdsområdets identifieringstjänst.',
      () =>
        "Name, work email address, organisation, roles and access rights, sign-in and usage logs. The data comes from the user, from the county's coordinators and from the county's identity service.",
    ),
    recipients: texts(
      () =>
        'Tietoja näkevät hyvinvointialueen koordinaattorit ja palvelun ylläpitäjä henkilötietojen käsittelijänä. Kirjautumispalvelu toimii EU:n alueella; tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.',
      () =>
        'Uppgifterna ses av välfärdsområdets koordinatorer och av tjänstens leverantör som personuppgiftsbiträde. Inloggningstjänsten finns inom EU; uppgifterna överförs inte utanför EU eller EES.',
      () => "The county's coordinators and the service provider, as a processor, see the data. The sign-in service runs in the EU; the data is not transferred outside the EU/EEA.",
    ),
    retention: retentionOf(
      'Käyttäjätunnus poistetaan, kun käyttöoikeus on päättynyt eikä sitä enää tarvita lokitietojen selvittämiseen. Lokitiedot säilytetään lain edellyttämän ajan.',
      'Användarkontot raderas när behörigheten har upphört och kontot inte längre behövs för att utreda loggar. Loggar bevaras den tid lagen kräver.',
      'An account is deleted when its access has ended and it is no longer needed to look into the logs. Logs are kept for the time the law requires.',
    ),
  },
  'developer-network': {
    purpose: texts(
      (c) => `${c} ylläpitää kehittäjäverkostoa, jossa hyvinvointialueiden, järjestöjen ja kuntien kehittäjät jakavat kokemuksia ja tiedottavat toisilleen.`,
      (c) => `${c} upprätthåller ett utvecklarnätverk där utvecklare från välfärdsområden, organisationer och kommuner delar erfarenheter och informerar varandra.`,
      (c) => `${c} keeps a developer network where developers from wellbeing services counties, organisations and municipalities share experiences and news.`,
    ),
    legalBasis: texts(
      () => 'Yleinen etu ja julkisen vallan käyttö (EU:n tietosuoja-asetus 6 artiklan 1 kohdan e alakohta): hyvinvoinnin ja terveyden edistäminen (laki 612/2021, 6 §).',
      () => 'Allmänt intresse och myndighetsutövning (EU:s dataskyddsförordning artikel 6.1 e): främjande av välfärd och hälsa (lag 612/2021, 6 §).',
      () => 'A task in the public interest and the exercise of official authority (EU General Data Protection Regulation Art. 6(1)(e)): promoting wellbeing and health (Act 612/2021, section 6).',
    ),
    data: texts(
      () => 'Jäsenen nimi, organisaatio, tehtävänimike, verkostoon kirjoitetut viestit ja kommentit sekä ilmoitusasetukset. Tiedot saadaan jäseneltä itseltään.',
      () => 'Medlemmens namn, organisation, befattning, inlägg och kommentarer i nätverket samt aviseringsinställningar. Uppgifterna fås av medlemmen själv.',
      () => "The member's name, organisation, job title, the posts and comments they write in the network and their notification settings. The data comes from the member.",
    ),
    recipients: texts(
      () =>
        'Viestit näkyvät verkoston muille jäsenille kaikilla palvelua käyttävillä hyvinvointialueilla. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Palvelun ylläpitäjä käsittelee tietoja henkilötietojen käsittelijänä.',
      () =>
        'Inläggen syns för nätverkets övriga medlemmar i alla välfärdsområden som använder tjänsten. Uppgifterna överförs inte utanför EU eller EES. Tjänstens leverantör behandlar uppgifterna som personuppgiftsbiträde.',
      () =>
        'Posts are visible to the other members of the network in every county using the service. The data is not transferred outside the EU/EEA. The service provider processes the data as a processor.',
    ),
    retention: retentionOf(
      'Jäsenyys ja jäsenen tiedot poistetaan, kun jäsen eroaa verkostosta tai hänen käyttöoikeutensa päättyy; viestit voidaan säilyttää nimettöminä.',
      'Medlemskapet och medlemmens uppgifter raderas när medlemmen lämnar nätverket eller hens behörighet upphör; inlägg kan bevaras utan namn.',
      "The membership and the member's data are deleted when the member leaves the network or their access ends; posts may be kept without a name.",
    ),
  },
};

/** The privacy notice a county starts from for `register`, naming the county as the controller. */
export const privacyNoticeTemplate = (register: PrivacyRegister, county: LocalizedText): PrivacyNotice => {
  const template = privacyTemplates[register];
  return {
    purpose: template.purpose(county),
    legalBasis: template.legalBasis(county),
    data: template.data(county),
    recipients: template.recipients(county),
    retention: template.retention(county),
  };
};
