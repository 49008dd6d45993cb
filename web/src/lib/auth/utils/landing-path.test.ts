import { describe, expect, it } from 'vitest';
import { landingPathFor } from './landing-path';

describe('landingPathFor', () => {
  it('sends each role to its work', () => {
    expect(landingPathFor('lappi', ['professional'])).toBe('/lappi/referrals');
    expect(landingPathFor('lappi', ['linkWorker'])).toBe('/lappi/link-work');
    expect(landingPathFor('lappi', ['orgEditor'])).toBe('/lappi/editor');
    expect(landingPathFor('lappi', ['coordinator'])).toBe('/lappi/coordination');
    expect(landingPathFor('lappi', ['networkMember'])).toBe('/lappi/network');
    expect(landingPathFor('lappi', ['nationalPublisher'])).toBe('/lappi/publisher/pathways');
    expect(landingPathFor('lappi', ['platformAdmin'])).toBe('/lappi/operator/counties');
  });

  it('prefers the broadest role and falls back to the profile', () => {
    expect(landingPathFor('lappi', ['networkMember', 'coordinator'])).toBe('/lappi/coordination');
    expect(landingPathFor('lappi', [])).toBe('/lappi/me');
  });
});
