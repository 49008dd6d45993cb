import { describe, expect, it } from 'vitest';
import { feedbackBars } from './feedback-bars';

describe('feedbackBars', () => {
  it('scales every row to the row with most answers', () => {
    const bars = feedbackBars([
      { key: 'a', counts: { helpful: 6, notHelpful: 2, views: 40 } },
      { key: 'b', counts: { helpful: 1, notHelpful: 3, views: 9 } },
    ]);
    expect(bars).toEqual([
      { key: 'a', helpfulWidth: 75, notHelpfulWidth: 25, helpfulPercent: 75 },
      { key: 'b', helpfulWidth: 12.5, notHelpfulWidth: 37.5, helpfulPercent: 25 },
    ]);
  });

  it('draws no bar and no share for rows without answers', () => {
    expect(feedbackBars([{ key: 'a', counts: { helpful: 0, notHelpful: 0, views: 3 } }])).toEqual([{ key: 'a', helpfulWidth: 0, notHelpfulWidth: 0, helpfulPercent: null }]);
    expect(feedbackBars([])).toEqual([]);
  });
});
