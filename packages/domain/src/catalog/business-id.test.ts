import { describe, expect, it } from 'vitest';
import { isValidBusinessId } from './business-id';

describe('Finnish business id (Y-tunnus)', () => {
  it.each(['0201256-6', '0245437-2', '1572860-0', '0116297-6'])('accepts %s', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each(['0201256-5', '201256-6', '02012566', '0201256-X', '', '1234567-2'])('refuses %j', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });
});
