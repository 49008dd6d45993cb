import * as z from 'zod';
import { pathwayIdSchema, pathwayRefSchema, stageIdSchema } from './pathway.schema';

/** Anonymous by design: no name, no contact, only the answer and a short optional comment. */
export const stageFeedbackInputSchema = z
  .object({
    requestId: z.uuid(),
    pathwayId: pathwayIdSchema,
    stageId: stageIdSchema,
    helpful: z.boolean(),
    comment: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type StageFeedbackInput = z.infer<typeof stageFeedbackInputSchema>;

export const stageViewInputSchema = z.object({ pathwayId: pathwayIdSchema, stageId: stageIdSchema }).strict();
export const pathwayFeedbackInputSchema = pathwayRefSchema.extend({ cursor: z.string().max(4000).optional() }).strict();

export const feedbackCountsSchema = z.object({
  helpful: z.number().int().nonnegative(),
  notHelpful: z.number().int().nonnegative(),
  views: z.number().int().nonnegative(),
});
export type FeedbackCounts = z.infer<typeof feedbackCountsSchema>;

export const noCounts = (): FeedbackCounts => ({ helpful: 0, notHelpful: 0, views: 0 });

export const addCounts = (a: FeedbackCounts, b: FeedbackCounts): FeedbackCounts => ({
  helpful: a.helpful + b.helpful,
  notHelpful: a.notHelpful + b.notHelpful,
  views: a.views + b.views,
});

/** Views counted per hashed client address in an hour; feedback itself has the submission limits (`defaultSubmissionLimits`). */
export const pathwayViewsPerAddressPerHour = 300;
