import * as z from 'zod';

/** Finnish and international numbers as people type them: digits, spaces, +, - and parentheses. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, 'is not a phone number');

export const contactSchema = z.object({
  name: z.string().trim().max(120).optional(),
  email: z.email().max(200).optional(),
  phone: phoneSchema.optional(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
});
export type Contact = z.infer<typeof contactSchema>;
