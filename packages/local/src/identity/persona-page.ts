import type { ServerResponse } from 'node:http';
import type { LocalizedText, Tenant } from '@linkki/domain';
import { html, SafeHtml, sendPage } from '../html';

/** Someone the development identity provider offers to sign in as. */
export interface SignInChoice {
  tenantId: string | null;
  userId: string;
  displayName: string;
  title?: string;
  organisation?: string;
  description?: LocalizedText;
}

export type PageLanguage = keyof LocalizedText;

const texts = {
  fi: {
    title: 'Linkki – kehityskirjautuminen',
    heading: 'Kirjaudu sisään',
    intro: 'Tämä on paikallisen kehitysympäristön tunnistuspalvelu. Valitse, kenenä kirjaudut. Pilvessä henkilöstö kirjautuu hyvinvointialueen omalla tunnistuspalvelulla tai Linkin kutsutunnuksella.',
    signInAs: (name: string) => `Kirjaudu käyttäjänä ${name}`,
    platform: 'Valtakunnalliset ja ylläpito',
    cancel: 'Peruuta kirjautuminen',
    refused: 'Kirjautuminen ei onnistunut: tunnus on poistettu käytöstä tai sitä ei ole.',
    signingOut: 'Kirjaudutaan ulos',
    signOut: 'Kirjaudu ulos',
    signedOut: 'Olet kirjautunut ulos.',
  },
  sv: {
    title: 'Linkki – inloggning för utveckling',
    heading: 'Logga in',
    intro:
      'Det här är den lokala utvecklingsmiljöns identifieringstjänst. Välj vem du loggar in som. I molnet loggar personalen in med välfärdsområdets egen identifieringstjänst eller med ett inbjudningskonto i Linkki.',
    signInAs: (name: string) => `Logga in som ${name}`,
    platform: 'Nationella och drift',
    cancel: 'Avbryt inloggningen',
    refused: 'Inloggningen misslyckades: kontot har inaktiverats eller finns inte.',
    signingOut: 'Loggar ut',
    signOut: 'Logga ut',
    signedOut: 'Du har loggat ut.',
  },
  en: {
    title: 'Linkki – development sign-in',
    heading: 'Sign in',
    intro:
      "This is the local development environment's identity provider. Choose who you sign in as. In the cloud, staff sign in with their county's own identity service or with a Linkki invitation account.",
    signInAs: (name: string) => `Sign in as ${name}`,
    platform: 'National and operations',
    cancel: 'Cancel sign-in',
    refused: 'Sign-in failed: the account is deactivated or does not exist.',
    signingOut: 'Signing out',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
  },
} satisfies Record<PageLanguage, unknown>;

/** The first of the OIDC `ui_locales` the pages speak, Finnish by default. */
export const pageLanguageOf = (uiLocales: unknown): PageLanguage => {
  const requested = typeof uiLocales === 'string' ? uiLocales.split(/\s+/).map((tag) => tag.slice(0, 2).toLowerCase()) : [];
  return requested.find((tag): tag is PageLanguage => tag in texts) ?? 'fi';
};

const choiceItem = (choice: SignInChoice, lang: PageLanguage, action: string): SafeHtml => {
  const details = [choice.title, choice.organisation].filter(Boolean).join(', ');
  return html`<li><div><strong>${choice.displayName}</strong><p class="meta">${details}${choice.description ? ` – ${choice.description[lang]}` : ''}</p></div>
<form method="post" action="${action}"><input type="hidden" name="tenant" value="${choice.tenantId ?? ''}"><input type="hidden" name="user" value="${choice.userId}">
<button type="submit">${texts[lang].signInAs(choice.displayName)}</button></form></li>`;
};

const group = (id: string, heading: string, choices: SignInChoice[], lang: PageLanguage, action: string): SafeHtml =>
  html`<section aria-labelledby="group-${id}"><h2 id="group-${id}">${heading}</h2><ul>${choices.map((choice) => choiceItem(choice, lang, action))}</ul></section>`;

export interface PersonaPageInput {
  lang: PageLanguage;
  /** Where a chosen person is posted. */
  loginAction: string;
  abortAction: string;
  choices: readonly SignInChoice[];
  tenants: readonly Tenant[];
  refused?: boolean;
}

/** The development identity provider's sign-in page: one button per person, grouped by county. */
export const sendPersonaPage = (response: ServerResponse, { lang, loginAction, abortAction, choices, tenants, refused = false }: PersonaPageInput): void => {
  const t = texts[lang];
  const counties = tenants
    .map((tenant) => ({ tenant, choices: choices.filter((choice) => choice.tenantId === tenant.slug) }))
    .filter((county) => county.choices.length > 0)
    .map((county) => group(county.tenant.slug, county.tenant.name[lang], county.choices, lang, loginAction));
  const platform = choices.filter((choice) => choice.tenantId === null);
  sendPage(response, {
    lang,
    title: t.title,
    status: refused ? 403 : 200,
    body: html`<main><h1>${t.heading}</h1>${refused ? html`<p class="alert" role="alert">${t.refused}</p>` : ''}<p>${t.intro}</p>
${counties}${platform.length > 0 ? group('platform', t.platform, platform, lang, loginAction) : ''}
<form method="post" action="${abortAction}"><button type="submit" class="secondary">${t.cancel}</button></form></main>`,
  });
};

/**
 * The end-session confirmation. The provider's form carries its own anti-forgery value; the page
 * submits it at once, so signing out of the app also signs out here, as Cognito's `/logout` does.
 */
export const logoutPageSource = (lang: PageLanguage, form: string): SafeHtml => {
  const t = texts[lang];
  return html`<main><h1>${t.signingOut}</h1>${new SafeHtml(form)}
<p><button type="submit" form="op.logoutForm" value="yes" name="logout">${t.signOut}</button></p>
<script>document.querySelector('button[name=logout]').click()</script></main>`;
};

export const signedOutPageSource = (lang: PageLanguage): SafeHtml => html`<main><h1>${texts[lang].signedOut}</h1></main>`;

export const pageTitleOf = (lang: PageLanguage): string => texts[lang].title;
