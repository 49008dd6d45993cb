import * as z from 'zod';
import { contactSchema } from './contact.schema';
import { listingTextSchema } from './listing-text.schema';
import { entityIdSchema } from './organisation.schema';
import { accessibilityFeatures, activityLanguages, codesOf, targetGroups, themes } from './vocabularies';

const isoDate = z.iso.date();
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:30');

const weeklySlotSchema = z
  .object({ weekday: z.number().int().min(1).max(7), start: clockTime, end: clockTime })
  .refine((slot) => slot.start < slot.end, { message: 'must end after it starts', path: ['end'] });

const datedSlotSchema = z
  .object({ date: isoDate, start: clockTime.optional(), end: clockTime.optional() })
  .refine((slot) => !slot.start || !slot.end || slot.start < slot.end, { message: 'must end after it starts', path: ['end'] });

/** When it happens: weekly recurrence, one-off dates, or both; a note for anything else ("kesätauko heinäkuussa"). */
export const scheduleSchema = z.object({
  weekly: z.array(weeklySlotSchema).max(14).default([]),
  dates: z.array(datedSlotSchema).max(100).default([]),
  note: listingTextSchema(300).optional(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const coordinatesSchema = z.object({
  lat: z.number().min(59).max(70.2),
  lon: z.number().min(19).max(31.7),
});

export const locationSchema = z.object({
  name: z.string().trim().max(200).optional(),
  address: z.string().trim().max(200).optional(),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, 'must be five digits')
    .optional(),
  city: z.string().trim().max(100).optional(),
  coordinates: coordinatesSchema.optional(),
});

/** Everything an editor writes about an activity. */
export const activityContentSchema = z
  .object({
    organisationId: entityIdSchema,
    title: listingTextSchema(140),
    description: listingTextSchema(4000),
    themes: z
      .array(z.enum(codesOf(themes)))
      .min(1)
      .max(6),
    targetGroups: z
      .array(z.enum(codesOf(targetGroups)))
      .min(1)
      .max(6),
    municipality: z.string().trim().min(1),
    location: locationSchema.optional(),
    schedule: scheduleSchema,
    cost: z.object({ free: z.boolean(), description: listingTextSchema(300).optional() }),
    languages: z.array(z.enum(codesOf(activityLanguages))).min(1),
    accessibility: z.array(z.enum(codesOf(accessibilityFeatures))).default([]),
    /** "Voit tulla tukihenkilön kanssa": a companion or link worker may come along. */
    accompanimentWelcome: z.boolean(),
    registrationRequired: z.boolean(),
    registrationInfo: listingTextSchema(500).optional(),
    contact: contactSchema,
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
  })
  .refine((content) => !content.validFrom || !content.validUntil || content.validFrom <= content.validUntil, {
    message: 'must not be before validFrom',
    path: ['validUntil'],
  })
  .refine((content) => content.cost.free || content.cost.description, { message: 'describe the fee when it is not free', path: ['cost', 'description'] });
export type ActivityContent = z.infer<typeof activityContentSchema>;
