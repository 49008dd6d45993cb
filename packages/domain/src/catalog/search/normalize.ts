/** Combining marks belong to the word they modify, so they are kept inside tokens. */
const separator = /[^\p{L}\p{N}\p{M}]+/u;
const combiningMarks = /\p{M}+/gu;
const ascii = /^\p{ASCII}*$/u;

/** Letters that carry no combining mark after decomposition but are still typed as their base letter. */
const baseLetters: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss', ı: 'i' };
const baseLetterPattern = new RegExp(`[${Object.keys(baseLetters).join('')}]`, 'g');

/** Lower-cased NFKC words of `text`; anything that is not a letter, digit or combining mark separates them. */
export const tokenize = (text: string): string[] => {
  const tokens = text.normalize('NFKC').toLowerCase().split(separator);
  return tokens.filter((token) => token.length > 0);
};

/**
 * The form a token has when typed without diacritics: ä → a, ö → o, å → a, é → e, š → s, ø → o …
 * Phones and foreign keyboards often lose them, so lookups also go through this form.
 */
export const fold = (token: string): string => {
  if (ascii.test(token)) return token;
  const stripped = token.normalize('NFD').replace(combiningMarks, '').normalize('NFC');
  return stripped.replace(baseLetterPattern, (letter) => baseLetters[letter] ?? letter);
};
