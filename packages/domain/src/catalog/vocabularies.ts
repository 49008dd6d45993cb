import type { LocalizedText } from '../shared/localized-text.schema';

/** A controlled-vocabulary term: a stable code and its label in the three languages. */
export interface VocabularyTerm<Code extends string = string> {
  code: Code;
  label: LocalizedText;
}

const term = <Code extends string>(code: Code, fi: string, sv: string, en: string): VocabularyTerm<Code> => ({ code, label: { fi, sv, en } });

/** What an activity is about. The catalog's theme filter and the HSDS taxonomy both use these codes. */
export const themes = [
  term('exercise', 'Liikunta', 'Motion', 'Exercise'),
  term('culture', 'Kulttuuri', 'Kultur', 'Culture'),
  term('nature', 'Luonto ja ulkoilu', 'Natur och friluftsliv', 'Nature and outdoors'),
  term('peer-support', 'Vertaistuki', 'Kamratstöd', 'Peer support'),
  term('loneliness-community', 'Yksinäisyys ja yhteisöllisyys', 'Ensamhet och gemenskap', 'Loneliness and community'),
  term('mental-wellbeing', 'Mielen hyvinvointi', 'Psykiskt välbefinnande', 'Mental wellbeing'),
  term('nutrition', 'Ravitsemus', 'Kost', 'Nutrition'),
  term('substance-free', 'Päihteettömyys', 'Drogfrihet', 'Substance-free'),
  term('diabetes', 'Diabetes', 'Diabetes', 'Diabetes'),
  term('family-carers', 'Omaishoito', 'Närståendevård', 'Family carers'),
  term('employment', 'Työllisyys ja osaaminen', 'Sysselsättning och kompetens', 'Employment and skills'),
  term('volunteering', 'Vapaaehtoistoiminta', 'Frivilligverksamhet', 'Volunteering'),
  term('spiritual', 'Hengellinen toiminta', 'Andlig verksamhet', 'Spiritual activities'),
  term('learning', 'Oppiminen ja harrastukset', 'Lärande och hobbyer', 'Learning and hobbies'),
] as const;

/** Whom an activity is for. */
export const targetGroups = [
  term('elderly', 'Ikäihmiset', 'Äldre', 'Older people'),
  term('working-age', 'Työikäiset', 'Personer i arbetsför ålder', 'Working-age adults'),
  term('young-people', 'Nuoret', 'Unga', 'Young people'),
  term('children', 'Lapset', 'Barn', 'Children'),
  term('families', 'Perheet', 'Familjer', 'Families'),
  term('family-carers', 'Omaishoitajat', 'Närståendevårdare', 'Family carers'),
  term('unemployed', 'Työttömät', 'Arbetslösa', 'Unemployed people'),
  term('immigrants', 'Maahanmuuttajat', 'Invandrare', 'Immigrants'),
  term('people-with-diabetes', 'Diabetesta sairastavat', 'Personer med diabetes', 'People with diabetes'),
  term('people-with-disabilities', 'Vammaiset henkilöt', 'Personer med funktionsnedsättning', 'People with disabilities'),
  term('everyone', 'Kaikille avoin', 'Öppen för alla', 'Open to everyone'),
] as const;

/** Accessibility features a listing can state. */
export const accessibilityFeatures = [
  term('step-free', 'Esteetön kulku', 'Tillgänglig entré', 'Step-free access'),
  term('accessible-toilet', 'Esteetön WC', 'Tillgänglig toalett', 'Accessible toilet'),
  term('induction-loop', 'Induktiosilmukka', 'Hörslinga', 'Induction loop'),
  term('sign-language', 'Viittomakielinen tulkkaus', 'Teckenspråkstolkning', 'Sign language interpretation'),
  term('plain-language', 'Selkokieli', 'Lättläst språk', 'Plain language'),
  term('seating', 'Istumapaikkoja ja lepotaukoja', 'Sittplatser och pauser', 'Seating and rest breaks'),
  term('public-transport', 'Julkisen liikenteen lähellä', 'Nära kollektivtrafik', 'Near public transport'),
  term('remote', 'Osallistuminen etänä', 'Deltagande på distans', 'Remote participation'),
] as const;

/** Kinds of organisation that run activities. */
export const organisationKinds = [
  term('municipality', 'Kunta', 'Kommun', 'Municipality'),
  term('parish', 'Seurakunta', 'Församling', 'Parish'),
  term('association', 'Järjestö tai yhdistys', 'Organisation eller förening', 'NGO or association'),
  term('wellbeing-county', 'Hyvinvointialue', 'Välfärdsområde', 'Wellbeing services county'),
  term('private', 'Yksityinen', 'Privat', 'Private'),
  term('national-organisation', 'Valtakunnallinen järjestö', 'Riksorganisation', 'National organisation'),
] as const;

/** Languages an activity can be attended in (ISO 639-1, Sámi as `se`). */
export const activityLanguages = [
  term('fi', 'suomi', 'finska', 'Finnish'),
  term('sv', 'ruotsi', 'svenska', 'Swedish'),
  term('en', 'englanti', 'engelska', 'English'),
  term('se', 'saame', 'samiska', 'Sámi'),
  term('ru', 'venäjä', 'ryska', 'Russian'),
  term('ar', 'arabia', 'arabiska', 'Arabic'),
  term('uk', 'ukraina', 'ukrainska', 'Ukrainian'),
  term('so', 'somali', 'somaliska', 'Somali'),
  term('fi-selko', 'selkosuomi', 'lättläst finska', 'Plain Finnish'),
] as const;

type CodeOf<Terms extends readonly VocabularyTerm[]> = Terms[number]['code'];
export type ThemeCode = CodeOf<typeof themes>;
export type TargetGroupCode = CodeOf<typeof targetGroups>;
export type AccessibilityCode = CodeOf<typeof accessibilityFeatures>;
export type OrganisationKind = CodeOf<typeof organisationKinds>;
export type ActivityLanguage = CodeOf<typeof activityLanguages>;

export const codesOf = <Terms extends readonly VocabularyTerm[]>(terms: Terms) => terms.map((entry) => entry.code) as unknown as [CodeOf<Terms>, ...CodeOf<Terms>[]];
