import { describe, expect, it } from 'vitest';
import { openFirst } from './caseload';
import { buildContactInput, emptyContactForm, localDateTimeValue } from './contact-input';
import { buildMeasureInput, emptyMeasureForm, measureItems, missingMeasureFields } from './measure-input';
import { profileErrors, profileFormOf, profileOf, toggled } from './profile-form';
import { emptyCourse, trainingErrors, trainingFormOf, trainingRecordOf } from './training-form';
import { buildTransitionInput, emptyTransitionForm, isImmediateTransition, missingTransitionFields } from './transition-input';

const referral = { id: 'r1', version: 4 };

describe('transition input', () => {
  it('makes accept and start at once, and asks for details for the others', () => {
    expect(isImmediateTransition('accepted')).toBe(true);
    expect(isImmediateTransition('in-progress')).toBe(true);
    expect(['on-hold', 'completed', 'rejected', 'cancelled', 'failed', 'entered-in-error'].some((to) => isImmediateTransition(to as 'failed'))).toBe(false);
  });

  it('requires a reason code and a reason of 3 characters for a rejection', () => {
    expect(missingTransitionFields('rejected', emptyTransitionForm)).toEqual(['reasonCode', 'reason']);
    expect(missingTransitionFields('rejected', { ...emptyTransitionForm, reasonCode: 'no-capacity', reason: ' ok ' })).toEqual(['reason']);
    expect(missingTransitionFields('rejected', { ...emptyTransitionForm, reasonCode: 'no-capacity', reason: 'Ei tilaa' })).toEqual([]);
  });

  it('sends only the fields the change asks for, with the version it started from', () => {
    const form = { ...emptyTransitionForm, reason: '  Asiakas matkoilla  ', reasonCode: 'other' as const, whatChanged: 'x' };
    expect(buildTransitionInput(referral, 'on-hold', form)).toEqual({ id: 'r1', expectedVersion: 4, to: 'on-hold', reason: 'Asiakas matkoilla' });
    expect(buildTransitionInput(referral, 'accepted', form)).toEqual({ id: 'r1', expectedVersion: 4, to: 'accepted' });
  });

  it('builds the outcome of a completion, leaving out an empty other activity', () => {
    const form = { ...emptyTransitionForm, joinedActivityIds: ['a1'], joinedOther: ' ', whatChanged: ' Käy kuorossa viikoittain. ' };
    expect(missingTransitionFields('completed', form)).toEqual([]);
    expect(missingTransitionFields('completed', { ...form, whatChanged: '' })).toEqual(['whatChanged']);
    expect(buildTransitionInput(referral, 'completed', form)).toEqual({
      id: 'r1',
      expectedVersion: 4,
      to: 'completed',
      outcome: { joinedActivityIds: ['a1'], whatChanged: 'Käy kuorossa viikoittain.' },
    });
  });
});

describe('measure input', () => {
  it('has 7 SWEMWBS and 10 participation statements', () => {
    expect(measureItems.swemwbs).toHaveLength(7);
    expect(measureItems.participation).toHaveLength(10);
    expect(emptyMeasureForm('participation', 'start').answers).toHaveLength(10);
  });

  it('lists what is missing and builds nothing until all is answered', () => {
    const form = emptyMeasureForm('swemwbs', '');
    expect(missingMeasureFields(form)).toEqual(['phase', 'filledBy', 0, 1, 2, 3, 4, 5, 6]);
    expect(buildMeasureInput(referral, 'swemwbs', form)).toBeNull();
    const answered = { phase: 'end' as const, filledBy: 'client' as const, answers: [1, 2, 3, 4, 5, 4, null] };
    expect(missingMeasureFields(answered)).toEqual([6]);
  });

  it('builds the API input of a complete form', () => {
    const form = { phase: 'start' as const, filledBy: 'linkWorker' as const, answers: [3, 3, 3, 3, 3, 3, 3] };
    expect(buildMeasureInput(referral, 'swemwbs', form)).toEqual({ id: 'r1', expectedVersion: 4, instrument: 'swemwbs', phase: 'start', filledBy: 'linkWorker', items: [3, 3, 3, 3, 3, 3, 3] });
  });
});

describe('contact input', () => {
  it('prefills the time to the minute and sends it as an ISO time', () => {
    const now = new Date(2026, 10, 23, 9, 5, 30);
    const form = emptyContactForm(now);
    expect(form.at).toBe('2026-11-23T09:05');
    expect(buildContactInput(referral, { ...form, note: '  ', activityId: '' })).toEqual({ id: 'r1', expectedVersion: 4, kind: 'phone', at: new Date(2026, 10, 23, 9, 5).toISOString() });
    expect(buildContactInput(referral, { ...form, kind: 'accompanied-visit', activityId: 'a1', note: ' Mukana kuorossa ' })).toMatchObject({ activityId: 'a1', note: 'Mukana kuorossa' });
  });

  it('refuses a missing time', () => {
    expect(buildContactInput(referral, { ...emptyContactForm(new Date()), at: '' })).toBeNull();
    expect(localDateTimeValue(new Date(2026, 0, 2, 3, 4))).toBe('2026-01-02T03:04');
  });
});

describe('profile form', () => {
  it('starts a new profile as a volunteer speaking Finnish, and reports the empty fields', () => {
    const form = profileFormOf(undefined);
    expect(profileErrors({ ...form, capacity: '2.5' })).toEqual(['displayName', 'municipalities', 'capacity']);
    expect(profileOf(form)).toBeNull();
  });

  it('builds the saved profile with capacity as a number', () => {
    const form = { displayName: ' Aino Magga ', kind: 'volunteer' as const, municipalities: ['Rovaniemi'], languages: ['fi' as const], capacity: '8' };
    expect(profileOf(form)).toEqual({ displayName: 'Aino Magga', kind: 'volunteer', municipalities: ['Rovaniemi'], languages: ['fi'], capacity: 8 });
    expect(profileFormOf(profileOf(form) ?? undefined).capacity).toBe('8');
  });

  it('keeps checked values in the order of the options', () => {
    expect(toggled(['c'], 'a', true, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(toggled(['a', 'c'], 'a', false, ['a', 'b', 'c'])).toEqual(['c']);
  });
});

describe('training form', () => {
  it('round-trips a record and drops empty optional fields', () => {
    const record = { courses: [{ title: 'Peruskoulutus', provider: 'Hyvinvointialue', completedOn: '2026-01-15', hours: 16 }], mentoring: [{ heldOn: '2026-02-01' }] };
    const form = trainingFormOf(record);
    expect(form.mentoring[0]).toEqual({ heldOn: '2026-02-01', mentor: '', topic: '' });
    expect(trainingRecordOf(form)).toEqual(record);
  });

  it('reports the row and field of each error', () => {
    const form = { courses: [emptyCourse, { ...emptyCourse, title: 'X', completedOn: '2026-03-01', hours: 'paljon' }], mentoring: [{ heldOn: '', mentor: 'M', topic: '' }] };
    expect(trainingErrors(form)).toEqual([
      { section: 'courses', index: 0, field: 'title' },
      { section: 'courses', index: 0, field: 'completedOn' },
      { section: 'courses', index: 1, field: 'hours' },
      { section: 'mentoring', index: 0, field: 'heldOn' },
    ]);
    expect(trainingRecordOf(form)).toBeNull();
  });

  it('reads hours with a decimal comma', () => {
    const form = { courses: [{ title: 'Kurssi', provider: '', completedOn: '2026-03-01', hours: '1,5' }], mentoring: [] };
    expect(trainingRecordOf(form)?.courses[0]).toEqual({ title: 'Kurssi', completedOn: '2026-03-01', hours: 1.5 });
  });
});

describe('caseload order', () => {
  it('puts open referrals first and keeps the order within each group', () => {
    const items = [
      { state: 'completed', n: 1 },
      { state: 'accepted', n: 2 },
      { state: 'cancelled', n: 3 },
      { state: 'in-progress', n: 4 },
    ];
    expect(openFirst(items, ['completed', 'cancelled']).map((item) => item.n)).toEqual([2, 4, 1, 3]);
  });
});
