import type { LocalizedText } from '../shared/localized-text.schema';

/**
 * The controlled vocabulary of network tags: members pick from these, so that following a tag
 * finds everything on the topic regardless of how each region phrases it.
 */
export const networkTags = {
  diabetes: { fi: 'Diabetes', sv: 'Diabetes', en: 'Diabetes' },
  hyvinvointilahete: { fi: 'Hyvinvointilähete', sv: 'Välmåenderemiss', en: 'Wellbeing referral' },
  osallisuus: { fi: 'Osallisuus', sv: 'Delaktighet', en: 'Participation' },
  'digitaalinen-alusta': { fi: 'Digitaalinen alusta', sv: 'Digital plattform', en: 'Digital platform' },
  hyte: { fi: 'Hyvinvoinnin ja terveyden edistäminen', sv: 'Främjande av välfärd och hälsa', en: 'Health and wellbeing promotion' },
  jarjestoyhteistyo: { fi: 'Järjestöyhteistyö', sv: 'Samarbete med organisationer', en: 'NGO collaboration' },
  liikunta: { fi: 'Liikunta', sv: 'Motion', en: 'Physical activity' },
  mielenterveys: { fi: 'Mielenterveys', sv: 'Psykisk hälsa', en: 'Mental health' },
  palveluohjaus: { fi: 'Palveluohjaus', sv: 'Servicehandledning', en: 'Service guidance' },
  vapaaehtoistoiminta: { fi: 'Vapaaehtoistoiminta', sv: 'Frivilligverksamhet', en: 'Volunteering' },
  omahoito: { fi: 'Omahoito', sv: 'Egenvård', en: 'Self-care' },
  ikaihmiset: { fi: 'Ikäihmiset', sv: 'Äldre', en: 'Older people' },
} as const satisfies Record<string, LocalizedText>;

export type NetworkTag = keyof typeof networkTags;
export const networkTagIds = Object.keys(networkTags) as [NetworkTag, ...NetworkTag[]];

/** The tag whose practices make up the participation toolkit. */
export const toolkitTag: NetworkTag = 'osallisuus';

export const postKinds = ['update', 'question', 'event', 'practice'] as const;
export type PostKind = (typeof postKinds)[number];

/** Innokylä's stages of a practice. */
export const practiceStages = ['inDevelopment', 'piloted', 'established'] as const;
export type PracticeStage = (typeof practiceStages)[number];

/** The region of platform-wide authors (national publisher, operators), who have no county. */
export const nationalRegion = 'national';
export const nationalRegionName: LocalizedText = { fi: 'Valtakunnallinen', sv: 'Riksomfattande', en: 'National' };
