import type { Language } from '../shared/localized-text.schema';
import type { ClientLanguage, ReferralNeed } from './referral.schema';

/** The printed summary speaks the client's language; a language the platform lacks gets Finnish. */
export const summaryLanguageOf = (language: ClientLanguage): Language => (language === 'other' ? 'fi' : language);

interface SummaryTexts {
  title: string;
  intro: string;
  needsHeading: string;
  activitiesHeading: string;
  noActivities: string;
  linkWorkerHeading: string;
  linkWorkerWillCall: string;
  noLinkWorker: string;
  referrerHeading: string;
  privacy: string;
  needs: Record<ReferralNeed, string>;
}

export const clientSummaryTexts: Record<Language, SummaryTexts> = {
  fi: {
    title: 'Hyvinvointilähete – yhteenveto sinulle',
    intro: 'Sait hyvinvointilähetteen. Tähän on koottu, mistä sovimme ja mitä seuraavaksi tapahtuu.',
    needsHeading: 'Mistä puhuimme',
    activitiesHeading: 'Ehdotetut toiminnat',
    noActivities: 'Toimintaa etsitään yhdessä hyvinvointilähetin kanssa.',
    linkWorkerHeading: 'Hyvinvointilähetti',
    linkWorkerWillCall: 'Hyvinvointilähetti ottaa sinuun yhteyttä puhelimitse. Hän voi tarvittaessa lähteä mukaan ensimmäiselle kerralle.',
    noLinkWorker: 'Voit ottaa yhteyttä toiminnan järjestäjään itse.',
    referrerHeading: 'Lähetteen laati',
    privacy: 'Tietojasi käsitellään vain lähetteen hoitamiseksi. Henkilötiedot poistetaan, kun lähete on päättynyt ja säilytysaika kulunut.',
    needs: {
      loneliness: 'Yksinäisyys',
      'physical-activity': 'Liikkuminen',
      'lifestyle-change': 'Elintapamuutos',
      grief: 'Suru',
      'caregiving-burden': 'Omaishoidon kuormitus',
      unemployment: 'Työttömyys',
      other: 'Muu',
    },
  },
  sv: {
    title: 'Välfärdsremiss – sammanfattning för dig',
    intro: 'Du har fått en välfärdsremiss. Här finns det vi kom överens om och vad som händer härnäst.',
    needsHeading: 'Vad vi talade om',
    activitiesHeading: 'Föreslagna aktiviteter',
    noActivities: 'Ni söker en lämplig aktivitet tillsammans med välfärdslotsen.',
    linkWorkerHeading: 'Välfärdslots',
    linkWorkerWillCall: 'Välfärdslotsen kontaktar dig per telefon och kan vid behov följa med dig första gången.',
    noLinkWorker: 'Du kan själv kontakta arrangören av aktiviteten.',
    referrerHeading: 'Remissen skrevs av',
    privacy: 'Dina uppgifter behandlas endast för remissen. Personuppgifterna raderas när remissen har avslutats och lagringstiden gått ut.',
    needs: {
      loneliness: 'Ensamhet',
      'physical-activity': 'Motion',
      'lifestyle-change': 'Förändring av levnadsvanor',
      grief: 'Sorg',
      'caregiving-burden': 'Belastning som närståendevårdare',
      unemployment: 'Arbetslöshet',
      other: 'Annat',
    },
  },
  en: {
    title: 'Wellbeing referral – your summary',
    intro: 'You have received a wellbeing referral. This sheet sums up what we agreed and what happens next.',
    needsHeading: 'What we talked about',
    activitiesHeading: 'Suggested activities',
    noActivities: 'You will look for a suitable activity together with the link worker.',
    linkWorkerHeading: 'Link worker',
    linkWorkerWillCall: 'A link worker will phone you and can come along the first time if you wish.',
    noLinkWorker: 'You can contact the organiser of the activity yourself.',
    referrerHeading: 'Referral written by',
    privacy: 'Your details are used only for this referral. Personal data is removed once the referral has closed and the retention period has passed.',
    needs: {
      loneliness: 'Loneliness',
      'physical-activity': 'Physical activity',
      'lifestyle-change': 'Lifestyle change',
      grief: 'Grief',
      'caregiving-burden': 'Caregiving burden',
      unemployment: 'Unemployment',
      other: 'Other',
    },
  },
};
