import * as z from 'zod';
import { listingTextSchema } from '../catalog/listing-text.schema';
import { entityIdSchema } from '../catalog/organisation.schema';
import { pathwayIdSchema, pathwayRefSchema, stageIdSchema } from './pathway.schema';

const expectedVersion = z.number().int().positive();

/** A county's own catalog activity attached to a national stage. */
export const localAdditionSchema = z.object({
  id: z.string().regex(/^[a-f0-9]{20}$/),
  pathwayId: pathwayIdSchema,
  stageId: stageIdSchema,
  activityId: entityIdSchema,
  note: listingTextSchema(300).optional(),
  addedBy: z.string(),
});
export type LocalAddition = z.infer<typeof localAdditionSchema>;

export const additionIdSchema = z.string().regex(/^[a-f0-9]{20}$/, 'is not an addition id');

export const addLocalActivityInputSchema = z
  .object({ requestId: z.uuid(), pathwayId: pathwayIdSchema, stageId: stageIdSchema, activityId: entityIdSchema, note: listingTextSchema(300).optional() })
  .strict();
export type AddLocalActivityInput = z.infer<typeof addLocalActivityInputSchema>;
export const moveLocalActivityInputSchema = pathwayRefSchema.extend({ additionId: additionIdSchema, expectedVersion, stageId: stageIdSchema }).strict();
export const removeLocalActivityInputSchema = pathwayRefSchema.extend({ additionId: additionIdSchema, expectedVersion }).strict();

/**
 * Additions grouped under the stages of the newest version, in stage order; those whose stage
 * the version no longer has wait for the coordinator to move or remove them, never vanish.
 */
export const placeLocalAdditions = <A extends { stageId: string }>(stageIds: readonly string[], additions: readonly A[]) => {
  const byStage = new Map<string, A[]>(stageIds.map((id) => [id, []]));
  const needsRehoming: A[] = [];
  for (const addition of additions) {
    const stage = byStage.get(addition.stageId);
    if (stage) stage.push(addition);
    else needsRehoming.push(addition);
  }
  return { byStage, needsRehoming };
};
