import { describe, expect, it } from 'vitest';
import { feedbackErrorsOf } from './feedback-form';

describe('the accessibility feedback form', () => {
  it('needs the problem and where it was, and consent only when an email is given', () => {
    expect(feedbackErrorsOf({ problem: ' ', location: '', email: '', consent: false })).toEqual({ problem: 'problemMissing', location: 'locationMissing' });
    expect(feedbackErrorsOf({ problem: 'Kontrasti', location: 'Etusivu', email: '', consent: false })).toEqual({});
    expect(feedbackErrorsOf({ problem: 'Kontrasti', location: 'Etusivu', email: 'a@b.fi', consent: false })).toEqual({ consent: 'consentMissing' });
    expect(feedbackErrorsOf({ problem: 'Kontrasti', location: 'Etusivu', email: 'ei-osoite', consent: true })).toEqual({ email: 'emailInvalid' });
  });
});
