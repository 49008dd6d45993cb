import type { Activity } from '@linkki/db';
import type { Organisation } from '@linkki/domain';
import { describe, expect, it } from 'vitest';
import { monthStartOf, verificationReminderOf } from './verification-reminders';

const organisation = { id: 'la-yhdistys', name: { fi: 'Testiyhdistys ry' } } as Organisation;
/** Only what the reminder reads of a listing. */
const listingVerifiedAt = (lastVerifiedAt: string) => ({ id: 'a-1', content: { title: { fi: 'Liikuntaryhmä' } }, lastVerifiedAt }) as Activity;

describe('verification reminders and the Helsinki calendar', () => {
  it('count the month from the Helsinki day: 00:30 on 1 February is February', () => {
    expect(monthStartOf(new Date('2027-01-31T22:30:00Z'))).toBe('2027-02-01T00:00:00.000Z');
    expect(monthStartOf(new Date('2027-07-31T21:30:00Z'))).toBe('2027-08-01T00:00:00.000Z');
  });

  it('name the day a listing was last checked as it was in Helsinki', () => {
    const reminder = verificationReminderOf('https://linkki.example.fi', 'lappi', organisation, [listingVerifiedAt('2025-03-09T22:30:00.000Z')], '2026-04-01T00:00:00.000Z', ['a@example.fi']);
    expect(reminder.body).toContain('Liikuntaryhmä (2025-03-10)');
  });
});
