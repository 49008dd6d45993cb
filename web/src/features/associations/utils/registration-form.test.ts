import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiProblemsOf, emptyRegistrationForm, type RegistrationFormValues, registrationOf, validateRegistrationForm } from './registration-form';

const apiError = (code: string, message: string, extra: Record<string, unknown> = {}) => TRPCClientError.from({ error: { message, code: -32000, data: { code, httpStatus: 400, ...extra } } });

const filled: RegistrationFormValues = {
  nameFi: ' Kallaveden Lukupiiri ry ',
  nameSv: ' ',
  businessId: ' 1618033-3 ',
  municipality: 'Kuopio',
  contactName: ' Eeva Esimerkki ',
  contactEmail: ' eeva@lukupiiri.example ',
  consent: true,
};

describe('the association registration form', () => {
  it('asks for every required field, in the order of the form, before anything is sent', () => {
    expect(validateRegistrationForm(emptyRegistrationForm())).toEqual([
      { field: 'nameFi', problem: 'nameMissing' },
      { field: 'businessId', problem: 'businessIdMissing' },
      { field: 'municipality', problem: 'municipalityMissing' },
      { field: 'contactName', problem: 'contactName' },
      { field: 'contactEmail', problem: 'email' },
      { field: 'consent', problem: 'consent' },
    ]);
    expect(validateRegistrationForm({ ...filled, contactEmail: 'eeva@' })).toEqual([{ field: 'contactEmail', problem: 'email' }]);
    expect(validateRegistrationForm(filled)).toEqual([]);
  });

  it('leaves the business id’s check digit to the API', () => {
    expect(validateRegistrationForm({ ...filled, businessId: '1618033-4' })).toEqual([]);
  });

  it('sends trimmed texts in the UI language, a Swedish name only when there is one, and the consent', () => {
    expect(registrationOf(filled, 'sv')).toEqual({
      name: { fi: 'Kallaveden Lukupiiri ry' },
      businessId: '1618033-3',
      municipality: 'Kuopio',
      contactName: 'Eeva Esimerkki',
      contactEmail: 'eeva@lukupiiri.example',
      language: 'sv',
      consent: true,
    });
    expect(registrationOf({ ...filled, nameSv: ' Kallavesi läsecirkel rf ' }, 'fi').name).toEqual({ fi: 'Kallaveden Lukupiiri ry', sv: 'Kallavesi läsecirkel rf' });
  });

  it("puts the API's objections on their fields, one problem per field", () => {
    const invalid = apiError('BAD_REQUEST', 'Invalid input: registration.businessId: is not a valid Finnish business id', {
      issues: [
        { path: 'registration.businessId', message: 'is not a valid Finnish business id (Y-tunnus), e.g. 0201256-6' },
        { path: 'registration.name.sv', message: 'Too big' },
        { path: 'registration.name.fi', message: 'Too big' },
        { path: 'registration.name.fi', message: 'Invalid' },
      ],
    });
    expect(apiProblemsOf(invalid)).toEqual([
      { field: 'businessId', problem: 'businessIdInvalid' },
      { field: 'nameSv', problem: 'nameInvalid' },
      { field: 'nameFi', problem: 'nameInvalid' },
    ]);
    const outside = apiError('BAD_REQUEST', 'Invalid input: registration.municipality: Tampere is not a municipality of this county', { reason: 'MunicipalityOutsideCountyError' });
    expect(apiProblemsOf(outside)).toEqual([{ field: 'municipality', problem: 'municipalityUnknown' }]);
  });

  it('says at the business id that the association already waits, and leaves other failures to a general alert', () => {
    const open = apiError('CONFLICT', 'A registration of the association 1618033-3 is already waiting in this county', { reason: 'RegistrationAlreadyOpenError' });
    expect(apiProblemsOf(open)).toEqual([{ field: 'businessId', problem: 'alreadyOpen' }]);
    expect(apiProblemsOf(apiError('TOO_MANY_REQUESTS', 'Too many requests from here; try again in 12 minutes', { reason: 'RateLimitExceededError' }))).toEqual([]);
    expect(apiProblemsOf(apiError('BAD_REQUEST', 'Invalid input: registration.language: Invalid option', { issues: [{ path: 'registration.language', message: 'Invalid option' }] }))).toEqual([]);
    expect(apiProblemsOf(new TypeError('Failed to fetch'))).toEqual([]);
  });
});
