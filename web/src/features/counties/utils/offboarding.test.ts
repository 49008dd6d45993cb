import { describe, expect, it } from 'vitest';
import { awaitsOffboardingJob, deletionStateOf, exportNoteOf, formatDate, formatMoment, type Offboarding, removedByKind } from './offboarding';

const made = { key: 'counties/lappi/linkki-lappi-2026-12-03.zip', at: '2026-12-03T10:05:00.000Z', items: 5120, bytes: 150_895 };
const leaving = (change: Partial<Offboarding> = {}): Offboarding => ({ startedAt: '2026-12-03T10:00:00.000Z', startedBy: 'Linkki-ylläpito', deleteFrom: '2027-01-02T10:00:00.000Z', ...change });
const before = new Date('2027-01-02T09:59:59.999Z');
const after = new Date('2027-01-02T10:00:00.000Z');

describe('a county leaving the platform', () => {
  it('may have its deletion confirmed only from the end of its grace period and once its export is made', () => {
    expect(deletionStateOf(leaving(), before)).toBe('waitsForBoth');
    expect(deletionStateOf(leaving({ export: made }), before)).toBe('waitsForGracePeriod');
    expect(deletionStateOf(leaving(), after)).toBe('waitsForExport');
    expect(deletionStateOf(leaving({ export: made }), after)).toBe('confirmable');
    expect(deletionStateOf(leaving({ export: made, deletionConfirmedAt: after.toISOString() }), after)).toBe('confirmed');
  });

  it('keeps the list reading again while the job has its export or its deletion to do', () => {
    expect(awaitsOffboardingJob({ status: 'offboarding', offboarding: leaving() })).toBe(true);
    expect(awaitsOffboardingJob({ status: 'offboarding', offboarding: leaving({ export: made }) })).toBe(false);
    expect(awaitsOffboardingJob({ status: 'offboarding', offboarding: leaving({ export: made, deletionConfirmedAt: after.toISOString() }) })).toBe(true);
    // The job marks the county offboarded before it deletes, and records its report after.
    expect(awaitsOffboardingJob({ status: 'offboarded', offboarding: leaving({ export: made, deletionConfirmedAt: after.toISOString() }) })).toBe(true);
    expect(
      awaitsOffboardingJob({
        status: 'offboarded',
        offboarding: leaving({ export: made, deletionConfirmedAt: after.toISOString(), deletion: { at: after.toISOString(), removed: 3, byEntity: { user: 3 } } }),
      }),
    ).toBe(false);
    expect(awaitsOffboardingJob({ status: 'active', offboarding: undefined })).toBe(false);
  });

  it('says the export is being prepared, or was still when asked for, until it is made', () => {
    expect(exportNoteOf(leaving(), false)).toEqual({ kind: 'preparing' });
    expect(exportNoteOf(leaving(), true)).toEqual({ kind: 'notReadyYet' });
    expect(exportNoteOf(leaving({ export: made }), true)).toEqual({ kind: 'ready', made });
  });

  it('reports the removed items by kind, most first', () => {
    expect(removedByKind({ user: 12, activity: 340, organisation: 12 })).toEqual([
      ['activity', 340],
      ['organisation', 12],
      ['user', 12],
    ]);
  });

  it('gives the moments in Finnish time', () => {
    expect(formatMoment('2027-01-02T10:00:00.000Z', 'fi')).toBe('2.1.2027 klo 12.00');
    expect(formatDate('2027-01-01T22:30:00.000Z', 'fi')).toBe('2.1.2027');
    expect(formatDate('2027-01-02T10:00:00.000Z', 'en')).toBe('02/01/2027');
  });
});
