import * as z from 'zod';
import { networkRegionSchema, networkTagSchema } from './network-post.schema';

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** What a member follows and whether they want the weekly digest of it. */
export const networkSettingsSchema = z
  .object({
    followedTags: z.array(networkTagSchema).max(12).refine(unique, 'must not repeat a tag'),
    followedRegions: z.array(networkRegionSchema).max(30).refine(unique, 'must not repeat a region'),
    weeklyDigest: z.boolean(),
  })
  .strict();
export type NetworkSettings = z.infer<typeof networkSettingsSchema>;

export const defaultNetworkSettings: NetworkSettings = { followedTags: [], followedRegions: [], weeklyDigest: false };

export const networkFeedFilterSchema = z
  .object({
    tags: z.array(networkTagSchema).max(12).optional(),
    regions: z.array(networkRegionSchema).max(30).optional(),
    kind: z.enum(['update', 'question', 'event', 'practice']).optional(),
    followed: z.boolean().optional(),
  })
  .strict();
export type NetworkFeedFilter = z.infer<typeof networkFeedFilterSchema>;
