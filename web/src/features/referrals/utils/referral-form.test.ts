import { describe, expect, it } from 'vitest';
import { createReferralInputOf, emptyReferralForm, localDateTimeOf, pathwayStagesOf, type ReferralFormValues } from './referral-form';
import { referralFieldIdOf, validateReferralForm } from './referral-form-validation';

const now = new Date(2026, 10, 23, 9, 30);

const filled = (change: Partial<ReferralFormValues> = {}): ReferralFormValues => ({
  ...emptyReferralForm(now, { typeId: 'wellbeing', unitId: 'senior-clinic' }),
  name: ' Aino Esimerkki ',
  birthYear: '1950',
  municipality: 'Kokkola',
  needs: ['loneliness'],
  ...change,
});

describe('createReferralInputOf', () => {
  it('builds the strict API input, leaving out empty optional fields', () => {
    const input = createReferralInputOf(filled({ activities: [{ id: 'act-1', title: 'Kävelyryhmä' }] }), { requestId: 'req', submit: true, stages: [] });
    expect(input.client).toEqual({ name: 'Aino Esimerkki', birthYear: 1950, municipality: 'Kokkola', language: 'fi' });
    expect(input.suggestedActivityIds).toEqual(['act-1']);
    expect(input).not.toHaveProperty('note');
    expect(input).not.toHaveProperty('needsOther');
    expect(input).not.toHaveProperty('suggestedPathwayStages');
    expect(input.safety).toEqual({ acuteCrisis: false, needsProfessionalCare: false });
    expect(input.consent.scopes).toEqual(['referral-processing']);
    expect(input.consent.givenAt).toBe(new Date(localDateTimeOf(now)).toISOString());
  });

  it('keeps the other language and other need only when chosen', () => {
    const other = createReferralInputOf(filled({ language: 'other', otherLanguage: 'arabia', needs: ['other'], needsOther: 'harrastus' }), { requestId: 'r', submit: false, stages: [] });
    expect(other.client.otherLanguage).toBe('arabia');
    expect(other.needsOther).toBe('harrastus');
    expect(other.submit).toBe(false);
    const finnish = createReferralInputOf(filled({ otherLanguage: 'arabia', needsOther: 'harrastus' }), { requestId: 'r', submit: true, stages: [] });
    expect(finnish.client).not.toHaveProperty('otherLanguage');
    expect(finnish).not.toHaveProperty('needsOther');
  });

  it('sends the suggested pathway stage', () => {
    const input = createReferralInputOf(filled(), { requestId: 'r', submit: true, stages: [{ pathwayId: 'p1', stageId: 's1' }] });
    expect(input.suggestedPathwayStages).toEqual([{ pathwayId: 'p1', stageId: 's1' }]);
  });
});

describe('pathwayStagesOf', () => {
  it('reads both parameters or nothing', () => {
    expect(pathwayStagesOf(new URLSearchParams('pathway=p1&stage=s1'))).toEqual([{ pathwayId: 'p1', stageId: 's1' }]);
    expect(pathwayStagesOf(new URLSearchParams('pathway=p1'))).toEqual([]);
    expect(pathwayStagesOf(new URLSearchParams(''))).toEqual([]);
  });
});

describe('validateReferralForm', () => {
  it('accepts a complete form', () => {
    expect(validateReferralForm(filled(), now)).toEqual([]);
  });

  it('names each missing or malformed field by its API path', () => {
    const problems = validateReferralForm(filled({ name: '', birthYear: '50', municipality: '', needs: [], email: 'x', language: 'other' }), now);
    expect(problems).toEqual([
      { path: 'client.name', problem: 'required' },
      { path: 'client.birthYear', problem: 'birthYear' },
      { path: 'client.municipality', problem: 'required' },
      { path: 'client.email', problem: 'email' },
      { path: 'client.otherLanguage', problem: 'required' },
      { path: 'needs', problem: 'pickOne' },
    ]);
  });

  it('refuses a consent time in the future', () => {
    expect(validateReferralForm(filled({ consentGivenAt: '2030-01-01T10:00' }), now)).toEqual([{ path: 'consent.givenAt', problem: 'consentTime' }]);
  });
});

describe('referralFieldIdOf', () => {
  it('maps API paths, list items included, to field ids', () => {
    expect(referralFieldIdOf('client.name')).toBe('referral-client-name');
    expect(referralFieldIdOf('needs.2')).toBe('referral-needs');
  });
});
