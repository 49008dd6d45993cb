import { describe, expect, it } from 'vitest';
import { CountyDeletionNotAllowedError, requireDeletionConfirmable } from './county-offboarding';
import type { CountyOffboarding } from './tenant.schema';

describe('a deletion confirmed during the grace period', () => {
  it('is refused, naming the last day of the grace period as it is in Helsinki', () => {
    // The grace period ends at 00:30 on 15 January in Helsinki, still 14 January in UTC.
    const offboarding: CountyOffboarding = {
      startedAt: '2026-12-15T22:30:00.000Z',
      startedBy: 'Operaattori',
      deleteFrom: '2027-01-14T22:30:00.000Z',
      export: { key: 'k', at: '2026-12-16T00:00:00.000Z', items: 1, bytes: 1 },
    };
    const confirm = () => requireDeletionConfirmable(offboarding, new Date('2027-01-10T12:00:00Z'));
    expect(confirm).toThrow(CountyDeletionNotAllowedError);
    expect(confirm).toThrow('The grace period runs until 2027-01-15.');
  });
});
