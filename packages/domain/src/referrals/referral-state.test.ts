import { describe, expect, it } from 'vitest';
import {
  checkReferralTransition,
  legalReferralTransitions,
  ReferralReasonMissingError,
  type ReferralRelation,
  type ReferralState,
  ReferralTransitionError,
  ReferralTransitionNotAllowedError,
  referralStates,
  referralTransitions,
} from './referral-state';

const everyone: ReferralRelation[] = ['referrer', 'assignedLinkWorker', 'coordinator'];

describe('referral state machine', () => {
  it.each(legalReferralTransitions())('allows $from → $to to those the table names', ({ from, to }) => {
    const rule = referralTransitions[to as Exclude<ReferralState, 'draft'>];
    for (const relation of rule.by) expect(() => checkReferralTransition({ from, to, relations: [relation], reason: 'syy annettu' })).not.toThrow();
    for (const relation of everyone.filter((candidate) => !rule.by.includes(candidate))) {
      expect(() => checkReferralTransition({ from, to, relations: [relation], reason: 'syy annettu' })).toThrow(ReferralTransitionNotAllowedError);
    }
  });

  it('refuses every pair the table does not list', () => {
    const legal = new Set(legalReferralTransitions().map(({ from, to }) => `${from}>${to}`));
    const illegal = referralStates.flatMap((from) => referralStates.filter((to) => !legal.has(`${from}>${to}`)).map((to) => ({ from, to })));
    expect(illegal.length).toBeGreaterThan(50);
    for (const { from, to } of illegal) expect(() => checkReferralTransition({ from, to, relations: everyone, reason: 'syy' })).toThrow(ReferralTransitionError);
  });

  it.each([
    ['completed', 'in-progress'],
    ['requested', 'completed'],
    ['draft', 'accepted'],
    ['cancelled', 'requested'],
    ['entered-in-error', 'cancelled'],
  ] as const)('refuses %s → %s with a clear message', (from, to) => {
    expect(() => checkReferralTransition({ from, to, relations: everyone, reason: 'syy' })).toThrow(`A referral that is ${from} cannot become ${to}.`);
  });

  it('demands a reason where the table says so', () => {
    expect(() => checkReferralTransition({ from: 'requested', to: 'rejected', relations: ['coordinator'] })).toThrow(ReferralReasonMissingError);
    expect(() => checkReferralTransition({ from: 'in-progress', to: 'completed', relations: ['assignedLinkWorker'] })).not.toThrow();
  });

  it('follows the FHIR task codes', () => {
    expect(referralStates).toEqual(['draft', 'requested', 'accepted', 'in-progress', 'on-hold', 'completed', 'rejected', 'cancelled', 'failed', 'entered-in-error']);
  });
});
