import { county, diabetesliitto, item, pathway, stage } from './demo-pathway-builders';

export const riskPathway = pathway(
  'type2Risk',
  ['Kohonnut riski sairastua tyypin 2 diabetekseen', 'Förhöjd risk för typ 2-diabetes', 'Raised risk of type 2 diabetes'],
  [
    'Suurin osa tyypin 2 diabeteksesta on ehkäistävissä. Polku auttaa tunnistamaan oman riskin ja löytämään tukea muutokseen, joka tuntuu omalta.',
    'Det mesta av typ 2-diabetes går att förebygga. Stigen hjälper dig att känna igen din risk och hitta stöd för en förändring som känns rätt.',
    'Most type 2 diabetes can be prevented. The pathway helps you recognise your risk and find support for a change that feels your own.',
  ],
  [
    stage(
      'tunnista-riski',
      ['Tunnista riskisi', 'Känn igen din risk', 'Recognise your risk'],
      [
        'Riskitesti vie pari minuuttia ja kertoo, kannattaako verensokeri mitata.',
        'Risktestet tar ett par minuter och visar om du borde mäta blodsockret.',
        'The risk test takes a couple of minutes and tells whether to have your blood glucose checked.',
      ],
      [
        item({
          id: 'riskitesti',
          kind: 'digitalTool',
          provider: diabetesliitto,
          title: ['Tyypin 2 diabeteksen riskitesti', 'Risktest för typ 2-diabetes', 'Type 2 diabetes risk test'],
          description: 'Kahdeksan kysymystä; tulos ja ohjeet heti.',
          url: 'https://www.diabetes.fi',
          languages: ['fi', 'sv', 'en', 'ru', 'ar', 'so'],
        }),
        item({
          id: 'terveystarkastus',
          kind: 'service',
          provider: county,
          title: ['Terveystarkastus ja sokerirasitus', 'Hälsokontroll och glukosbelastning', 'Health check and glucose tolerance test'],
          description: 'Varaa aika, jos riskitestin tulos on korkea.',
        }),
      ],
    ),
    stage(
      'muutoksen-alku',
      ['Muutoksen alku', 'Förändringen börjar', 'Starting the change'],
      ['Yksi muutos kerrallaan: ruoka, liikunta, uni tai tupakka.', 'En förändring i taget: mat, motion, sömn eller tobak.', 'One change at a time: food, exercise, sleep or tobacco.'],
      [
        item({
          id: 'elintapavalmennus',
          kind: 'onlineCourse',
          provider: diabetesliitto,
          title: ['Elintapojen verkkovalmennus', 'Webbträning i levnadsvanor', 'Online lifestyle coaching'],
          description: 'Viikoittaiset tehtävät ja muistutukset puhelimeen.',
          languages: ['fi', 'sv'],
        }),
        item({
          id: 'tupakasta-eroon',
          kind: 'service',
          provider: ['otherNgo', 'Hengitysliitto'],
          title: ['Tupakasta eroon -neuvonta', 'Rådgivning för rökstopp', 'Quit smoking counselling'],
          description: 'Maksuton puhelin- ja chat-neuvonta.',
        }),
      ],
    ),
    stage(
      'tuki-ja-ryhmat',
      ['Tuki ja ryhmät', 'Stöd och grupper', 'Support and groups'],
      [
        'Ryhmässä muutos pysyy paremmin: löydä liikunta- ja ruokaryhmiä läheltä.',
        'I grupp håller förändringen bättre: hitta motions- och matgrupper nära dig.',
        'Change lasts better in a group: find exercise and food groups near you.',
      ],
      [
        item({ id: 'elintaparyhma', kind: 'peerGroup', provider: county, title: ['Elintaparyhmä', 'Levnadsvanegrupp', 'Lifestyle group'], description: 'Kuuden kerran ryhmä terveyskeskuksessa.' }),
        item({
          id: 'kuntosaliohjaus',
          kind: 'service',
          provider: ['private', 'Liikuntakeskukset'],
          title: ['Ohjattu kuntosalijakso', 'Handledd gymperiod', 'Guided gym period'],
          description: 'Aloittelijoille sopiva ohjattu jakso.',
          fee: 'Noin 40–80 € / 10 kertaa.',
        }),
      ],
    ),
    stage(
      'pysyva-muutos',
      ['Pysyvä muutos', 'Bestående förändring', 'Lasting change'],
      ['Repsahdukset kuuluvat asiaan. Näin pidät kiinni saavutetusta.', 'Bakslag hör till. Så håller du fast vid det du nått.', 'Setbacks are part of it. This is how to keep what you have achieved.'],
      [
        item({
          id: 'seurantamittaus',
          kind: 'service',
          provider: county,
          title: ['Vuosittainen seurantamittaus', 'Årlig uppföljning', 'Yearly follow-up test'],
          description: 'Verensokerin tarkistus kerran vuodessa.',
        }),
        item({ id: 'motivaatiovinkit', kind: 'information', provider: diabetesliitto, title: ['Motivaatio ja repsahdukset', 'Motivation och bakslag', 'Motivation and setbacks'], languages: ['fi'] }),
      ],
    ),
  ],
);

export const closeOnesPathway = pathway(
  'closeOnes',
  ['Läheisenä diabetesta sairastavan rinnalla', 'Som närstående till någon med diabetes', 'Alongside someone with diabetes'],
  [
    'Diabetes koskettaa koko perhettä. Polku kokoaa tietoa ja tukea puolisoille, vanhemmille, isovanhemmille ja ystäville.',
    'Diabetes berör hela familjen. Stigen samlar information och stöd för partner, föräldrar, mor- och farföräldrar och vänner.',
    'Diabetes touches the whole family. The pathway gathers information and support for partners, parents, grandparents and friends.',
  ],
  [
    stage(
      'kun-laheinen-sairastuu',
      ['Kun läheinen sairastuu', 'När en närstående insjuknar', 'When someone close is diagnosed'],
      [
        'Tunteet ovat sallittuja. Tieto auttaa ymmärtämään, mitä sairastunut käy läpi.',
        'Alla känslor är tillåtna. Kunskap hjälper dig förstå vad den insjuknade går igenom.',
        'All feelings are allowed. Knowing more helps you understand what they are going through.',
      ],
      [
        item({
          id: 'laheisen-opas',
          kind: 'information',
          provider: diabetesliitto,
          title: ['Opas läheiselle', 'Guide för närstående', 'Guide for close ones'],
          description: 'Miten tukea ilman, että hoidosta tulee kontrollia.',
          languages: ['fi', 'sv', 'en'],
        }),
        item({
          id: 'hypoglykemia',
          kind: 'information',
          provider: diabetesliitto,
          title: ['Matalan verensokerin ensiapu', 'Första hjälpen vid lågt blodsocker', 'First aid for low blood glucose'],
          description: 'Tunnista oireet ja toimi oikein.',
          languages: ['fi', 'sv', 'en', 'ar', 'uk'],
        }),
      ],
    ),
    stage(
      'arjen-tuki',
      ['Arjen tukena', 'Stöd i vardagen', 'Support in everyday life'],
      [
        'Yhteiset ateriat, liikunta ja juhlat sujuvat pienellä suunnittelulla.',
        'Gemensamma måltider, motion och fester går bra med lite planering.',
        'Shared meals, exercise and celebrations go well with a little planning.',
      ],
      [
        item({
          id: 'perheen-ruokakurssi',
          kind: 'onlineCourse',
          provider: diabetesliitto,
          title: ['Koko perheen ruokakurssi', 'Matkurs för hela familjen', 'Food course for the whole family'],
          languages: ['fi'],
        }),
        item({ id: 'laheisten-ilta', kind: 'peerGroup', provider: ['otherNgo', 'Paikalliset diabetesyhdistykset'], title: ['Läheisten illat', 'Kvällar för närstående', 'Evenings for close ones'] }),
      ],
    ),
    stage(
      'lapsi-ja-nuori',
      ['Kun sairastunut on lapsi tai nuori', 'När den insjuknade är ett barn eller en ungdom', 'When the one diagnosed is a child or young person'],
      ['Päiväkoti, koulu ja harrastukset: yhteistyö aikuisten kesken.', 'Daghem, skola och hobbyer: samarbete mellan de vuxna.', 'Day care, school and hobbies: the adults working together.'],
      [
        item({
          id: 'koulun-opas',
          kind: 'information',
          provider: diabetesliitto,
          title: ['Diabetes koulussa ja päiväkodissa', 'Diabetes i skolan och på daghemmet', 'Diabetes at school and day care'],
          languages: ['fi', 'sv'],
        }),
        item({ id: 'perheleiri', kind: 'peerGroup', provider: diabetesliitto, title: ['Perheleirit', 'Familjeläger', 'Family camps'], fee: 'Omavastuu perheen koon mukaan.' }),
      ],
    ),
    stage(
      'oma-jaksaminen',
      ['Oma jaksaminen', 'Din egen ork', 'Your own wellbeing'],
      ['Läheinenkin tarvitsee lepoa ja tukea.', 'Också den närstående behöver vila och stöd.', 'Close ones need rest and support too.'],
      [
        item({ id: 'omaisneuvonta', kind: 'service', provider: ['otherNgo', 'Omaishoitajaliitto'], title: ['Omaisten neuvonta', 'Rådgivning för anhöriga', 'Advice for family carers'] }),
        item({ id: 'mielen-tuki', kind: 'service', provider: county, title: ['Mielenterveyden matalan kynnyksen tuki', 'Lågtröskelstöd för psykisk hälsa', 'Low-threshold mental health support'] }),
      ],
    ),
  ],
);

/** A pathway Diabetesliitto is still writing: Finnish only, never published. */
export const gestationalDraft = pathway(
  'type2Risk',
  ['Raskausdiabeteksen jälkeen', 'Efter graviditetsdiabetes', 'After gestational diabetes'],
  ['Raskausdiabetes lisää myöhempää tyypin 2 diabeteksen riskiä. Luonnos: tekstit tarkistetaan vielä.', '', ''],
  [
    stage(
      'synnytyksen-jalkeen',
      ['Synnytyksen jälkeen', '', ''],
      ['Sokerirasitus 1–3 vuoden kuluttua ja vinkit arkeen vauvan kanssa.', '', ''],
      [item({ id: 'neuvola', kind: 'service', provider: county, title: ['Neuvolan seuranta', '', ''], languages: ['fi'] })],
    ),
  ],
);
