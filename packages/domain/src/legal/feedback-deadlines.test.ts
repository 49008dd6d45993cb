import { describe, expect, it } from 'vitest';
import { answeredFeedbackExpiresAt, feedbackDueOn, isFeedbackOverdue } from './feedback-deadlines';

describe('accessibility feedback deadlines', () => {
  it('falls due 14 days after receipt and is overdue only from the day after, while unanswered', () => {
    const dueOn = feedbackDueOn('2026-03-01T22:30:00.000Z');
    expect(dueOn).toBe('2026-03-15');
    expect(isFeedbackOverdue({ status: 'new', dueOn }, new Date('2026-03-15T23:59:00.000Z'))).toBe(false);
    expect(isFeedbackOverdue({ status: 'new', dueOn }, new Date('2026-03-16T00:00:00.000Z'))).toBe(true);
    expect(isFeedbackOverdue({ status: 'answered', dueOn }, new Date('2026-04-01T00:00:00.000Z'))).toBe(false);
  });

  it('keeps answered feedback for 180 days', () => {
    const answeredAt = '2026-01-01T00:00:00.000Z';
    expect(answeredFeedbackExpiresAt(answeredAt) - Date.parse(answeredAt) / 1000).toBe(180 * 86400);
  });
});
