import type { Notification } from '@linkki/db';
import type { ApplicantLanguage, AssociationRegistration, Tenant } from '@linkki/domain';

/** The parts of an email to an applicant, in each language they can choose. */
interface EmailTexts {
  greeting: (name: string) => string;
  verifySubject: (county: string) => string;
  verifyBody: (association: string, county: string, link: string, hours: number) => string[];
  approvedSubject: (association: string) => string;
  approvedBody: (association: string, county: string, signIn: string, newAccount: boolean) => string[];
  rejectedSubject: (association: string) => string;
  rejectedBody: (association: string, county: string, reason: string, form: string) => string[];
  ignore: string;
}

const texts: Record<ApplicantLanguage, EmailTexts> = {
  fi: {
    greeting: (name) => `Hei ${name},`,
    verifySubject: (county) => `Vahvista yhdistyksen ilmoitus Linkkiin – ${county}`,
    verifyBody: (association, county, link, hours) => [
      `yhdistys ${association} on ilmoitettu Linkkiin (${county}) ja sinut sen yhteyshenkilöksi.`,
      `Vahvista sähköpostiosoitteesi ${hours} tunnin kuluessa tästä linkistä: ${link}`,
      'Sen jälkeen hyvinvointialueen koordinaattori käsittelee ilmoituksen.',
    ],
    approvedSubject: (association) => `${association} on hyväksytty Linkkiin`,
    approvedBody: (association, county, signIn, newAccount) => [
      `${county} on hyväksynyt yhdistyksen ${association} Linkkiin, ja sinusta on tehty sen toimintojen ylläpitäjä.`,
      newAccount
        ? `Saat erillisen viestin, jossa on käyttäjätunnuksesi ja tilapäinen salasana. Kirjaudu osoitteessa ${signIn} ja lisää yhdistyksenne toiminnot.`
        : `Kirjaudu nykyisillä Linkki-tunnuksillasi osoitteessa ${signIn} ja lisää yhdistyksenne toiminnot.`,
    ],
    rejectedSubject: (association) => `Yhdistyksen ${association} ilmoitusta Linkkiin ei hyväksytty`,
    rejectedBody: (association, county, reason, form) => [
      `${county} ei hyväksynyt yhdistyksen ${association} ilmoitusta Linkkiin. Perustelu:`,
      reason,
      `Voit tehdä uuden ilmoituksen, kun asia on korjattu: ${form}`,
    ],
    ignore: 'Jos et tehnyt tätä ilmoitusta, voit jättää viestin huomiotta.',
  },
  sv: {
    greeting: (name) => `Hej ${name},`,
    verifySubject: (county) => `Bekräfta föreningens anmälan till Linkki – ${county}`,
    verifyBody: (association, county, link, hours) => [
      `föreningen ${association} har anmälts till Linkki (${county}) med dig som kontaktperson.`,
      `Bekräfta din e-postadress inom ${hours} timmar via denna länk: ${link}`,
      'Därefter behandlar välfärdsområdets koordinator anmälan.',
    ],
    approvedSubject: (association) => `${association} har godkänts i Linkki`,
    approvedBody: (association, county, signIn, newAccount) => [
      `${county} har godkänt föreningen ${association} i Linkki, och du har gjorts till redaktör för dess verksamheter.`,
      newAccount
        ? `Du får ett separat meddelande med ditt användarnamn och ett tillfälligt lösenord. Logga in på ${signIn} och lägg till föreningens verksamheter.`
        : `Logga in med ditt befintliga Linkki-konto på ${signIn} och lägg till föreningens verksamheter.`,
    ],
    rejectedSubject: (association) => `Anmälan av ${association} till Linkki godkändes inte`,
    rejectedBody: (association, county, reason, form) => [
      `${county} godkände inte anmälan av föreningen ${association} till Linkki. Motivering:`,
      reason,
      `Du kan göra en ny anmälan när saken är åtgärdad: ${form}`,
    ],
    ignore: 'Om du inte gjorde denna anmälan kan du lämna meddelandet utan åtgärd.',
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    verifySubject: (county) => `Confirm your association's registration in Linkki – ${county}`,
    verifyBody: (association, county, link, hours) => [
      `the association ${association} has been registered in Linkki (${county}) with you as its contact person.`,
      `Confirm your email address within ${hours} hours with this link: ${link}`,
      "After that, the county's coordinator reviews the registration.",
    ],
    approvedSubject: (association) => `${association} has been approved in Linkki`,
    approvedBody: (association, county, signIn, newAccount) => [
      `${county} has approved the association ${association} in Linkki, and you are now the editor of its activities.`,
      newAccount
        ? `You will receive a separate message with your username and a temporary password. Sign in at ${signIn} and add your association's activities.`
        : `Sign in with your existing Linkki account at ${signIn} and add your association's activities.`,
    ],
    rejectedSubject: (association) => `The registration of ${association} in Linkki was not approved`,
    rejectedBody: (association, county, reason, form) => [
      `${county} did not approve the registration of the association ${association} in Linkki. The reason:`,
      reason,
      `You can register again once this is put right: ${form}`,
    ],
    ignore: 'If you did not make this registration, you can ignore this message.',
  },
};

type Applicant = Pick<AssociationRegistration, 'id' | 'name' | 'contactName' | 'contactEmail' | 'language'>;

const emailOf = (applicant: Applicant, tenant: Tenant, topic: string, id: string, subject: string, paragraphs: string[], ignorable: boolean): Notification => {
  const language = texts[applicant.language];
  return {
    id,
    topic,
    to: [applicant.contactEmail],
    subject,
    body: [
      language.greeting(applicant.contactName),
      '',
      ...paragraphs.flatMap((paragraph) => [paragraph, '']),
      ...(ignorable ? [language.ignore, ''] : []),
      `Linkki – ${tenant.name[applicant.language]}`,
    ].join('\n'),
  };
};

const associationName = ({ name, language }: Applicant): string => (language === 'sv' && name.sv ? name.sv : name.fi);

/** The one-time link that proves the contact person reads the address they gave. */
export const verificationEmailOf = ({ applicant, tenant, link, hours }: { applicant: Applicant; tenant: Tenant; link: string; hours: number }): Notification => {
  const language = texts[applicant.language];
  const county = tenant.name[applicant.language];
  return emailOf(
    applicant,
    tenant,
    'associationVerification',
    `association-verify-${applicant.id}`,
    language.verifySubject(county),
    language.verifyBody(associationName(applicant), county, link, hours),
    true,
  );
};

/** Tells the contact person the association is in and how they sign in to add its activities. */
export const approvalEmailOf = ({ applicant, tenant, appUrl, newAccount }: { applicant: Applicant; tenant: Tenant; appUrl: string; newAccount: boolean }): Notification => {
  const language = texts[applicant.language];
  const name = associationName(applicant);
  return emailOf(
    applicant,
    tenant,
    'associationApproved',
    `association-approved-${applicant.id}`,
    language.approvedSubject(name),
    language.approvedBody(name, tenant.name[applicant.language], `${appUrl}/${tenant.slug}/sign-in`, newAccount),
    false,
  );
};

/** Tells the applicant why the association was not taken in, and where to register again. */
export const rejectionEmailOf = ({ applicant, tenant, appUrl, reason }: { applicant: Applicant; tenant: Tenant; appUrl: string; reason: string }): Notification => {
  const language = texts[applicant.language];
  const name = associationName(applicant);
  return emailOf(
    applicant,
    tenant,
    'associationRejected',
    `association-rejected-${applicant.id}`,
    language.rejectedSubject(name),
    language.rejectedBody(name, tenant.name[applicant.language], reason, `${appUrl}/${tenant.slug}/associations/register`),
    false,
  );
};
