import { describe, expect, it } from 'vitest';
import { apiProblemsOf, fieldOfApiPath, initialOnboardingValues, municipalitiesOfLines, type OnboardingFormValues, onboardingOf, validateOnboardingForm } from './onboarding-form';

const filled = (change: Partial<OnboardingFormValues> = {}): OnboardingFormValues => ({
  ...initialOnboardingValues({ municipalities: [] }, []),
  municipalityLines: ' Kajaani \n\nKuhmo\r\n  \nSotkamo',
  extraLanguages: ['sms', 'se'],
  email: ' kaisu.kainulainen@kainuu.example.fi ',
  displayName: ' Kaisu Kainulainen ',
  ...change,
});

describe('the onboarding form', () => {
  it('reads one municipality per line, trimmed, without empty lines', () => {
    expect(municipalitiesOfLines(' Kajaani \n\nKuhmo\r\n  \nSotkamo\n')).toEqual(['Kajaani', 'Kuhmo', 'Sotkamo']);
  });

  it('starts with 90 days and, where the county has a reference list, every municipality chosen', () => {
    const values = initialOnboardingValues({ municipalities: ['Kuopio', 'Iisalmi'], extraLanguages: ['se'] }, ['Kuopio', 'Iisalmi']);
    expect(values).toMatchObject({ retentionDays: '90', chosenMunicipalities: ['Kuopio', 'Iisalmi'], municipalityLines: '', extraLanguages: ['se'] });
    expect(initialOnboardingValues({ municipalities: ['Kajaani', 'Kuhmo'] }, []).municipalityLines).toBe('Kajaani\nKuhmo');
  });

  it('builds the API input: typed or chosen municipalities, languages in their order, trimmed coordinator', () => {
    expect(onboardingOf('kainuu', filled(), [])).toEqual({
      slug: 'kainuu',
      municipalities: ['Kajaani', 'Kuhmo', 'Sotkamo'],
      extraLanguages: ['se', 'sms'],
      contactRequestRetentionDays: 90,
      coordinator: { email: 'kaisu.kainulainen@kainuu.example.fi', displayName: 'Kaisu Kainulainen' },
    });
    expect(onboardingOf('pohjois-savo', filled({ chosenMunicipalities: ['Iisalmi', 'Kuopio'] }), ['Kuopio', 'Varkaus', 'Iisalmi']).municipalities).toEqual(['Kuopio', 'Iisalmi']);
  });

  it('asks for what is missing and keeps the retention within 7–730 whole days', () => {
    expect(validateOnboardingForm(filled(), [])).toEqual([]);
    expect(validateOnboardingForm(filled({ municipalityLines: ' \n', retentionDays: '', email: ' ', displayName: '' }), [])).toEqual([
      { field: 'municipalities', problem: 'required' },
      { field: 'retention', problem: 'required' },
      { field: 'email', problem: 'required' },
      { field: 'displayName', problem: 'required' },
    ]);
    expect(validateOnboardingForm(filled({ chosenMunicipalities: [] }), ['Kuopio'])).toEqual([{ field: 'municipalities', problem: 'required' }]);
    for (const days of ['6', '731', '30.5', '-10', 'kolme']) expect(validateOnboardingForm(filled({ retentionDays: days }), [])).toEqual([{ field: 'retention', problem: 'invalid' }]);
    for (const days of ['7', ' 730 ']) expect(validateOnboardingForm(filled({ retentionDays: days }), [])).toEqual([]);
  });

  it('puts the API’s objections on their fields, once each', () => {
    expect(fieldOfApiPath('onboarding.coordinator.email')).toBe('email');
    expect(fieldOfApiPath('onboarding.municipalities.2')).toBe('municipalities');
    expect(fieldOfApiPath('municipalities')).toBe('municipalities');
    expect(fieldOfApiPath('onboarding.contactRequestRetentionDays')).toBe('retention');
    expect(fieldOfApiPath('requestId')).toBeNull();
    expect(
      apiProblemsOf([
        { path: 'onboarding.municipalities.0', message: 'too short' },
        { path: 'onboarding.municipalities', message: 'lists a municipality twice' },
        { path: 'onboarding.coordinator.displayName', message: 'too short' },
      ]),
    ).toEqual([
      { field: 'municipalities', problem: 'invalid' },
      { field: 'displayName', problem: 'invalid' },
    ]);
  });
});
