import * as z from 'zod';
import { activityLanguages, codesOf, targetGroups, themes } from './vocabularies';

const many = <T extends z.ZodType>(item: T) => z.array(item).max(30).optional();

/** What a resident or professional may ask the catalog. */
export const catalogSearchInputSchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    municipalities: many(z.string().trim().min(1).max(60)),
    themes: many(z.enum(codesOf(themes))),
    targetGroups: many(z.enum(codesOf(targetGroups))),
    languages: many(z.enum(codesOf(activityLanguages))),
    weekdays: many(z.number().int().min(1).max(7)),
    free: z.boolean().optional(),
    accessible: z.boolean().optional(),
    accompanimentWelcome: z.boolean().optional(),
    order: z.enum(['relevance', 'upcoming']).default('relevance'),
    limit: z.number().int().min(1).max(50).default(20),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type CatalogSearchInput = z.infer<typeof catalogSearchInputSchema>;
