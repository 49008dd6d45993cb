import * as z from 'zod';
import { tenantIdSchema } from '../tenants/tenant.schema';
import { userIdSchema } from '../identity/identity.schema';
import { nationalRegion, networkTagIds, practiceStages } from './network-vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const networkTagSchema = z.enum(networkTagIds);
/** A county slug, or `national` for platform-wide authors. */
export const networkRegionSchema = z.union([z.literal(nationalRegion), tenantIdSchema]);
export type NetworkRegion = z.infer<typeof networkRegionSchema>;

/** A member across the network: `<region>/<userId>`; user ids are unique only within a county. */
export const memberRefSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9-]+\/[A-Za-z0-9._@-]+$/, 'must be <region>/<userId>');
export type MemberRef = z.infer<typeof memberRefSchema>;
export const memberRefOf = (region: string, userId: string): MemberRef => `${region}/${userId}`;

const linkSchema = z.object({ label: text(200), url: z.url({ protocol: /^https?$/ }).max(1000) }).strict();

const common = {
  title: text(200),
  body: text(5000),
  tags: z
    .array(networkTagSchema)
    .min(1)
    .max(6)
    .refine((tags) => new Set(tags).size === tags.length, 'must not repeat a tag'),
};

/** The Innokylä shape of a practice description. */
export const practiceFieldsSchema = z
  .object({
    summary: text(2000),
    operatingEnvironment: text(4000),
    startingPoint: text(4000),
    targetGroup: text(2000),
    intendedChange: text(4000),
    measurement: text(4000),
    implementation: text(4000),
    results: optionalText(4000),
    /** The models and tools the practice describes (shown in the participation toolkit). */
    tools: z.array(text(200)).max(20).default([]),
    links: z.array(linkSchema).max(10).default([]),
    contact: text(300),
    stage: z.enum(practiceStages),
    coAuthors: z.array(memberRefSchema).max(10).default([]),
  })
  .strict();

export const eventFieldsSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    place: optionalText(300),
    onlineUrl: z
      .url({ protocol: /^https?$/ })
      .max(1000)
      .optional(),
  })
  .strict()
  .refine((event) => event.place !== undefined || event.onlineUrl !== undefined, { message: 'give a place or an online link', path: ['place'] });

export const postContentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('update'), ...common }).strict(),
  z.object({ kind: z.literal('question'), ...common }).strict(),
  z.object({ kind: z.literal('event'), ...common, event: eventFieldsSchema }).strict(),
  z.object({ kind: z.literal('practice'), ...common, practice: practiceFieldsSchema }).strict(),
]);
export type PostContent = z.infer<typeof postContentSchema>;
export type PracticeFields = z.infer<typeof practiceFieldsSchema>;

/** Who wrote a post, copied at write time: nothing else of the author's county travels with it. */
export const postAuthorSchema = z.object({
  userId: userIdSchema,
  displayName: z.string().min(1).max(200),
  organisation: z.string().max(200).optional(),
  region: networkRegionSchema,
  regionName: z.string().min(1).max(200),
});
export type PostAuthor = z.infer<typeof postAuthorSchema>;

export const commentBodySchema = text(2000);
export const moderationReasonSchema = z.string().trim().min(3).max(1000);
