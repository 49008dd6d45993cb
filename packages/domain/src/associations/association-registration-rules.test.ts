import { describe, expect, it } from 'vitest';
import { nameSimilarity, nameTokensOf, requireDecidable, RegistrationStatusError, similarNameThreshold } from './association-registration-rules';

describe('association names', () => {
  it('leaves out the legal form and punctuation', () => {
    expect(nameTokensOf('Kuopion Muistiyhdistys r.y.')).toEqual(['kuopion', 'muistiyhdistys']);
    expect(nameTokensOf('Siilinjärven Eläkkeensaajat ry')).toEqual(['siilinjärven', 'eläkkeensaajat']);
  });

  it('finds the same association however it is written', () => {
    expect(nameSimilarity('Kuopion Muistiyhdistys ry', 'KUOPION MUISTIYHDISTYS R.Y.')).toBe(1);
    expect(nameSimilarity('Kuopion Muistiyhdistys ry', 'Kuopion muisti-yhdistys')).toBeGreaterThanOrEqual(similarNameThreshold);
  });

  it('keeps different associations of the same town apart', () => {
    expect(nameSimilarity('Kuopion Muistiyhdistys ry', 'Kuopion Latu ry')).toBeLessThan(similarNameThreshold);
    expect(nameSimilarity('ry', 'rf')).toBe(0);
  });
});

describe('deciding a registration', () => {
  it('is possible only while it waits in the queue', () => {
    expect(() => requireDecidable('pending')).not.toThrow();
    for (const status of ['unverified', 'approved', 'rejected'] as const) expect(() => requireDecidable(status)).toThrow(RegistrationStatusError);
  });
});
