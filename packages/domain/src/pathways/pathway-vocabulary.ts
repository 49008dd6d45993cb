import * as z from 'zod';
import { activityLanguages, codesOf } from '../catalog/vocabularies';

/** Who a pathway is written for; more groups can be added here without touching stored items. */
export const pathwayTargetGroups = ['type1Diagnosed', 'type2Diagnosed', 'type2Risk', 'closeOnes'] as const;
export const pathwayTargetGroupSchema = z.enum(pathwayTargetGroups);
export type PathwayTargetGroup = z.infer<typeof pathwayTargetGroupSchema>;

export const stageItemKinds = ['information', 'digitalTool', 'onlineCourse', 'peerGroup', 'service'] as const;
export const stageItemKindSchema = z.enum(stageItemKinds);
export type StageItemKind = z.infer<typeof stageItemKindSchema>;

export const providerKinds = ['diabetesliitto', 'otherNgo', 'public', 'private'] as const;
export const providerKindSchema = z.enum(providerKinds);
export type ProviderKind = z.infer<typeof providerKindSchema>;

/** Items use the catalog's language codes, so a resident filters both the same way. */
export const stageItemLanguageSchema = z.enum(codesOf(activityLanguages));

/** The codes the editor and the resident pages offer; labels live in the web message files. */
export const pathwayVocabulary = () => ({
  targetGroups: [...pathwayTargetGroups],
  itemKinds: [...stageItemKinds],
  providerKinds: [...providerKinds],
  languages: codesOf(activityLanguages).slice(),
});
