import * as z from 'zod';
import { listingTextSchema } from '../catalog/listing-text.schema';
import { pathwayTargetGroupSchema, providerKindSchema, stageItemKindSchema, stageItemLanguageSchema } from './pathway-vocabulary';

/** Pathway, stage and item ids: lower-case, safe in keys and URLs. Stage and item ids never change once given. */
export const pathwayIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be a lower-case id');
export const stageIdSchema = pathwayIdSchema;
export const stageItemIdSchema = pathwayIdSchema;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).max(500);

export const stageItemSchema = z
  .object({
    id: stageItemIdSchema,
    kind: stageItemKindSchema,
    title: listingTextSchema(140),
    description: listingTextSchema(1000).optional(),
    providerKind: providerKindSchema,
    providerName: z.string().trim().min(1).max(120),
    url: httpsUrl.optional(),
    languages: z.array(stageItemLanguageSchema).min(1).max(9),
    cost: z.object({ free: z.boolean(), description: listingTextSchema(300).optional() }).strict(),
  })
  .strict();
export type StageItem = z.infer<typeof stageItemSchema>;

const uniqueIds = (entries: readonly { id: string }[], context: z.RefinementCtx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) context.addIssue({ code: 'custom', message: 'is used twice', path: [index, 'id'] });
    seen.add(entry.id);
  });
};

export const pathwayStageSchema = z
  .object({
    id: stageIdSchema,
    title: listingTextSchema(140),
    description: listingTextSchema(2000),
    items: z.array(stageItemSchema).max(12).superRefine(uniqueIds),
  })
  .strict();
export type PathwayStage = z.infer<typeof pathwayStageSchema>;

/** What Diabetesliitto writes: a draft holds it freely, a published version keeps a frozen copy. */
export const pathwayContentSchema = z
  .object({
    targetGroup: pathwayTargetGroupSchema,
    title: listingTextSchema(140),
    introduction: listingTextSchema(3000),
    stages: z.array(pathwayStageSchema).min(1).max(12).superRefine(uniqueIds),
  })
  .strict();
export type PathwayContent = z.infer<typeof pathwayContentSchema>;

export const changeSummarySchema = listingTextSchema(500);

export const versionNumberSchema = z.number().int().positive();
const expectedVersion = z.number().int().positive();
const cursor = z.string().max(4000).optional();

export const pathwayRefSchema = z.object({ pathwayId: pathwayIdSchema }).strict();
export const pathwayListInputSchema = z.object({ targetGroup: pathwayTargetGroupSchema.optional() }).strict().optional();
export const pathwayVersionsInputSchema = pathwayRefSchema.extend({ cursor }).strict();
export const pathwayVersionInputSchema = pathwayRefSchema.extend({ number: versionNumberSchema }).strict();
export const pathwayDiffInputSchema = pathwayRefSchema.extend({ from: z.number().int().nonnegative(), to: versionNumberSchema }).strict();

export const createPathwayDraftInputSchema = z.object({ requestId: z.uuid(), content: pathwayContentSchema }).strict();
export type CreatePathwayDraftInput = z.infer<typeof createPathwayDraftInputSchema>;
export const savePathwayDraftInputSchema = pathwayRefSchema.extend({ expectedVersion, content: pathwayContentSchema }).strict();
export type SavePathwayDraftInput = z.infer<typeof savePathwayDraftInputSchema>;
export const publishPathwayInputSchema = pathwayRefSchema.extend({ requestId: z.uuid(), expectedVersion, changeSummary: changeSummarySchema }).strict();
export type PublishPathwayInput = z.infer<typeof publishPathwayInputSchema>;

/** A stage of one pathway, as a referral suggestion or a feedback target names it. */
export const pathwayStageRefSchema = z.object({ pathwayId: pathwayIdSchema, stageId: stageIdSchema }).strict();
export type PathwayStageRef = z.infer<typeof pathwayStageRefSchema>;
