import type { Notification } from '@linkki/db';
import type { Language, SubmissionLimits, SubmissionScope, Tenant } from '@linkki/domain';

interface AlertTexts {
  kinds: Record<SubmissionScope, string>;
  subject: (county: string, kind: string) => string;
  body: (county: string, kind: string, limits: SubmissionLimits, hour: string) => string[];
}

const texts: Record<Language, AlertTexts> = {
  fi: {
    kinds: { contactRequest: 'yhteydenottopyyntöjä', pathwayFeedback: 'palautteita hyvinvointipoluista', associationRegistration: 'yhdistysten ilmoittautumisia' },
    subject: (county, kind) => `Linkki (${county}): poikkeuksellisen paljon ${kind}`,
    body: (county, kind, limits, hour) => [
      `Linkkiin (${county}) on tullut tunnin ${hour}.00 UTC aikana ainakin ${limits.countyTripPerHour} ${kind}, mikä on poikkeuksellisen paljon.`,
      `Loppuajan tunnista uudet yhteydet voivat lähettää vain yhden ${limits.newAddressSpacingMinutes} minuutin välein. Aiemmin palvelua käyttäneitä tämä ei koske, eikä ketään estetä kokonaan.`,
      'Jos tämä toistuu tai viesteissä on häirintää, ota yhteys Linkin ylläpitoon.',
    ],
  },
  sv: {
    kinds: { contactRequest: 'kontaktförfrågningar', pathwayFeedback: 'respons om välmåendestigar', associationRegistration: 'anmälningar av föreningar' },
    subject: (county, kind) => `Linkki (${county}): ovanligt många ${kind}`,
    body: (county, kind, limits, hour) => [
      `Linkki (${county}) har under timmen ${hour}.00 UTC tagit emot minst ${limits.countyTripPerHour} ${kind}, vilket är ovanligt många.`,
      `Under resten av timmen kan nya anslutningar skicka bara en var ${limits.newAddressSpacingMinutes}:e minut. Det gäller inte dem som använt tjänsten tidigare, och ingen stängs ute helt.`,
      'Om det upprepas eller meddelandena är trakasserier, kontakta Linkkis drift.',
    ],
  },
  en: {
    kinds: { contactRequest: 'contact requests', pathwayFeedback: 'pathway feedback submissions', associationRegistration: 'association registrations' },
    subject: (county, kind) => `Linkki (${county}): unusually many ${kind}`,
    body: (county, kind, limits, hour) => [
      `Linkki (${county}) has received at least ${limits.countyTripPerHour} ${kind} in the hour from ${hour}.00 UTC, which is unusually many.`,
      `For the rest of the hour, new connections can send only one every ${limits.newAddressSpacingMinutes} minutes. People who have used the service before are not affected, and no one is shut out entirely.`,
      "If this happens again or the messages are harassment, contact Linkki's operator.",
    ],
  },
};

const alertLanguages: readonly Language[] = ['fi', 'sv', 'en'];

/**
 * The coordinators' alert of a tripped breaker. Coordinators have no language of their own in
 * their membership, so it is written in all three; it names the kind, the hour and the limits,
 * never an address, a hash or anything a resident sent.
 */
export const countyBusyAlertOf = ({ tenant, scope, limits, hour, to }: { tenant: Tenant; scope: SubmissionScope; limits: SubmissionLimits; hour: string; to: string[] }): Notification | null => {
  if (to.length === 0) return null;
  const clock = hour.replace('T', ' ');
  return {
    id: `county-busy-${scope}-${hour}`,
    topic: 'countyBusy',
    to,
    subject: texts.fi.subject(tenant.name.fi, texts.fi.kinds[scope]),
    body: [
      ...alertLanguages.flatMap((language) => {
        const { kinds, subject, body } = texts[language];
        const county = tenant.name[language] ?? tenant.name.fi;
        return [subject(county, kinds[scope]), '', ...body(county, kinds[scope], limits, clock).flatMap((paragraph) => [paragraph, '']), ''];
      }),
      `Linkki – ${tenant.name.fi}`,
    ].join('\n'),
  };
};
