import * as z from 'zod';

export const languages = ['fi', 'sv', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** Text in the platform's three languages; Finnish is the one every record must have. */
export const localizedTextSchema = z.object({
  fi: z.string().trim().min(1),
  sv: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
