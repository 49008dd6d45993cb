import { diabetesliitto, county, item, pathway, stage } from './demo-pathway-builders';

export const type1Pathway = pathway(
  'type1Diagnosed',
  ['Tyypin 1 diabetes: polku diagnoosista arkeen', 'Typ 1-diabetes: från diagnos till vardag', 'Type 1 diabetes: from diagnosis to everyday life'],
  [
    'Kun tyypin 1 diabetes todetaan, tietoa tulee paljon kerralla. Tämä polku kokoaa vaihe vaiheelta sen, mistä on apua juuri nyt, ja kertoo, mistä löydät vertaistukea omalta alueeltasi.',
    'När typ 1-diabetes konstateras kommer mycket information på en gång. Stigen samlar steg för steg det som hjälper just nu och berättar var du hittar kamratstöd i din region.',
    'When type 1 diabetes is diagnosed, a lot of information arrives at once. This pathway gathers, step by step, what helps right now and where to find peer support in your region.',
  ],
  [
    stage(
      'diagnoosi',
      ['Diagnoosin hetki', 'Vid diagnosen', 'At diagnosis'],
      [
        'Ensimmäiset päivät: mitä insuliinihoito tarkoittaa ja kehen voi ottaa yhteyttä.',
        'De första dagarna: vad insulinbehandling innebär och vem du kan kontakta.',
        'The first days: what insulin treatment means and whom to contact.',
      ],
      [
        item({
          id: 'ensitieto',
          kind: 'information',
          provider: diabetesliitto,
          title: ['Ensitieto tyypin 1 diabeteksesta', 'Första information om typ 1-diabetes', 'First facts about type 1 diabetes'],
          description: 'Selkeä perustieto sairaudesta, insuliinista ja verensokerin seurannasta.',
          url: 'https://www.diabetes.fi',
          languages: ['fi', 'sv', 'en'],
        }),
        item({
          id: 'hoitajan-puhelin',
          kind: 'service',
          provider: county,
          title: ['Diabeteshoitajan puhelinaika', 'Diabetesskötarens telefontid', 'Diabetes nurse phone hours'],
          description: 'Oman hyvinvointialueen diabeteshoitaja vastaa arkipäivisin hoitoon liittyviin kysymyksiin.',
        }),
        item({
          id: 'neuvontapuhelin',
          kind: 'service',
          provider: diabetesliitto,
          title: ['Diabetesliiton neuvontapuhelin', 'Diabetesförbundets rådgivning', 'Diabetes Association helpline'],
          description: 'Maksuton neuvonta sairastuneelle ja läheisille.',
        }),
      ],
    ),
    stage(
      'ensimmaiset-kuukaudet',
      ['Ensimmäiset kuukaudet', 'De första månaderna', 'The first months'],
      [
        'Hiilihydraattien arviointi, liikunta ja insuliinin annostelu alkavat sujua harjoittelemalla.',
        'Att uppskatta kolhydrater, motion och dosering av insulin blir lättare med övning.',
        'Counting carbohydrates, exercise and insulin dosing get easier with practice.',
      ],
      [
        item({
          id: 'hiilarikoulu',
          kind: 'onlineCourse',
          provider: diabetesliitto,
          title: ['Hiilihydraattien arvioinnin verkkokurssi', 'Webbkurs i kolhydraträkning', 'Online course in carbohydrate counting'],
          description: 'Itseopiskeltava kurssi, jossa harjoitellaan annoskokojen arviointia kuvien avulla.',
          languages: ['fi'],
        }),
        item({
          id: 'sensorisovellus',
          kind: 'digitalTool',
          provider: ['private', 'Sensorivalmistajat'],
          title: ['Glukoosisensorin sovellus', 'App för glukossensor', 'Glucose sensor app'],
          description: 'Sensorin mittaukset puhelimeen ja hoitotiimin nähtäväksi.',
          languages: ['fi', 'sv', 'en'],
        }),
        item({
          id: 'ensitietokurssi',
          kind: 'peerGroup',
          provider: diabetesliitto,
          title: ['Ensitietokurssi aikuisille', 'Kurs för nyinsjuknade vuxna', 'Course for newly diagnosed adults'],
          description: 'Viikonloppukurssi, jossa tapaa muita äskettäin sairastuneita.',
          fee: 'Omavastuu 60 €, sisältää ruokailut.',
        }),
      ],
    ),
    stage(
      'arki',
      ['Arki diabeteksen kanssa', 'Vardag med diabetes', 'Everyday life with diabetes'],
      [
        'Työ, opiskelu, matkat ja liikunta: omahoito osaksi tavallista elämää.',
        'Arbete, studier, resor och motion: egenvården som en del av vardagen.',
        'Work, studies, travel and exercise: self-care as part of ordinary life.',
      ],
      [
        item({
          id: 'vertaisryhmat',
          kind: 'peerGroup',
          provider: ['otherNgo', 'Paikalliset diabetesyhdistykset'],
          title: ['Diabetesyhdistysten vertaisryhmät', 'Diabetesföreningarnas kamratgrupper', 'Peer groups of local diabetes associations'],
          description: 'Yhdistykset järjestävät tapaamisia, liikuntaa ja luentoja ympäri Suomen.',
        }),
        item({
          id: 'liikunta-ja-insuliini',
          kind: 'information',
          provider: diabetesliitto,
          title: ['Liikunta ja insuliinihoito', 'Motion och insulinbehandling', 'Exercise and insulin treatment'],
          description: 'Miten verensokeria seurataan ja insuliinia säädetään ennen liikuntaa ja sen jälkeen.',
          url: 'https://www.diabetes.fi',
          languages: ['fi', 'sv'],
        }),
      ],
    ),
    stage(
      'lisasairaudet',
      ['Kun lisäsairauksia tulee', 'När följdsjukdomar kommer', 'When complications come'],
      [
        'Silmien, munuaisten ja jalkojen seuranta sekä tuki, kun hoito muuttuu.',
        'Uppföljning av ögon, njurar och fötter samt stöd när vården förändras.',
        'Follow-up of eyes, kidneys and feet, and support when treatment changes.',
      ],
      [
        item({
          id: 'jalkojen-omahoito',
          kind: 'information',
          provider: diabetesliitto,
          title: ['Jalkojen omahoito', 'Egenvård av fötterna', 'Foot self-care'],
          description: 'Päivittäinen tarkastus, jalkineet ja milloin hakeutua jalkaterapeutille.',
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
    ),
    stage(
      'kuntoutus',
      ['Kuntoutus ja jaksaminen', 'Rehabilitering och ork', 'Rehabilitation and coping'],
      [
        'Kun omahoito väsyttää: kuntoutuskurssit ja mielen hyvinvoinnin tuki.',
        'När egenvården tröttar: rehabiliteringskurser och stöd för det psykiska välbefinnandet.',
        'When self-care wears you down: rehabilitation courses and mental wellbeing support.',
      ],
      [
        item({
          id: 'kelan-kurssit',
          kind: 'service',
          provider: ['public', 'Kela'],
          title: ['Kelan kuntoutuskurssit diabetesta sairastaville', 'FPA:s rehabiliteringskurser', 'Kela rehabilitation courses'],
          description: 'Haku lääkärin B-lausunnolla.',
          url: 'https://www.kela.fi',
          languages: ['fi', 'sv'],
        }),
        item({
          id: 'diabetesuupumus',
          kind: 'onlineCourse',
          provider: diabetesliitto,
          title: ['Kun diabetes uuvuttaa', 'När diabetesen tröttar', 'Diabetes distress'],
          description: 'Verkkovalmennus omahoidon uupumuksen tunnistamiseen.',
          languages: ['fi'],
        }),
      ],
    ),
  ],
);
