import * as z from 'zod';

/** Listing content in the three languages: Finnish is required, Swedish and English when the organiser writes them. */
export const listingTextSchema = (maxLength: number) =>
  z.object({
    fi: z.string().trim().min(1, 'Finnish text is required').max(maxLength),
    sv: z.string().trim().max(maxLength).optional(),
    en: z.string().trim().max(maxLength).optional(),
  });
export type ListingText = z.infer<ReturnType<typeof listingTextSchema>>;
