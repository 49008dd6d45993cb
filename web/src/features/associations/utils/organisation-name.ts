/** An organisation's name as the catalog keeps it: Finnish always, Swedish and English where given. */
export interface OrganisationName {
  fi: string;
  sv?: string | undefined;
  en?: string | undefined;
}

/** The name in the UI language where the organisation gave one, else in Finnish, with the language it is in. */
export const organisationNameIn = (name: OrganisationName, language: 'fi' | 'sv' | 'en'): { text: string; lang: string } => {
  const text = name[language];
  return text ? { text, lang: language } : { text: name.fi, lang: 'fi' };
};
