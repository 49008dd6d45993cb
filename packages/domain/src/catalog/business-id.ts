import * as z from 'zod';

const weights = [7, 9, 10, 5, 8, 4, 2] as const;

/**
 * The Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit computed with
 * weights 7 9 10 5 8 4 2 modulo 11 (remainder 1 is never issued).
 */
export const isValidBusinessId = (value: string): boolean => {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match?.[1] || !match[2]) return false;
  const sum = [...match[1]].reduce((total, digit, index) => total + Number(digit) * (weights[index] ?? 0), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder);
};

export const businessIdSchema = z.string().trim().refine(isValidBusinessId, { message: 'is not a valid Finnish business id (Y-tunnus), e.g. 0201256-6' });
