import { TRPCClientError } from '@trpc/client';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import fi from '../i18n/fi.json';
import sv from '../i18n/sv.json';
import { apiErrorMessageOf, describeApiError, retryAfterMinutesOf } from './api-errors';

/** An error as the API client raises it for an answer with `code` and `message`. */
const apiError = (code: string, message: string, extra: Record<string, unknown> = {}) => TRPCClientError.from({ error: { message, code: -32000, data: { code, httpStatus: 400, ...extra } } });

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'fi', resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
});
const messageIn = (language: string, error: unknown) => apiErrorMessageOf(describeApiError(error), i18n.getFixedT(language)).message;

describe('describing a failed request', () => {
  it.each([
    ['UNAUTHORIZED', 'unauthorized'],
    ['FORBIDDEN', 'forbidden'],
    ['NOT_FOUND', 'notFound'],
    ['CONFLICT', 'conflict'],
    ['INTERNAL_SERVER_ERROR', 'internal'],
    ['METHOD_NOT_SUPPORTED', 'unexpected'],
  ])('%s → %s', (code, kind) => {
    expect(describeApiError(apiError(code, 'Something in English.'))).toEqual({ kind });
  });

  it('tells a request that never got an answer from one the server refused', () => {
    expect(describeApiError(new TypeError('Failed to fetch'))).toEqual({ kind: 'network' });
    expect(describeApiError(TRPCClientError.from(new TypeError('Failed to fetch')))).toEqual({ kind: 'network' });
    expect(describeApiError(new Error('The development sign-in gave no token.'))).toEqual({ kind: 'unexpected' });
    expect(describeApiError(undefined)).toEqual({ kind: 'unexpected' });
  });

  it('keeps the wait the server names, when it names one', () => {
    const limited = apiError('TOO_MANY_REQUESTS', 'Too many requests from here; try again in 15 minutes or call the organiser.');
    expect(retryAfterMinutesOf(limited)).toBe(15);
    expect(describeApiError(limited)).toEqual({ kind: 'tooManyRequests', minutes: 15 });
    expect(describeApiError(apiError('TOO_MANY_REQUESTS', 'Too many requests; try again shortly.'))).toEqual({ kind: 'tooManyRequests', minutes: null });
    expect(retryAfterMinutesOf(apiError('CONFLICT', 'try again in 15 minutes'))).toBeNull();
  });

  it("keeps the fields of bad input: the schema's issues, or the one a domain rule names", () => {
    const issues = [{ path: 'content.title.fi', message: 'Too small: expected string to have >=1 characters' }];
    expect(describeApiError(apiError('BAD_REQUEST', 'Invalid input: content.title.fi: Too small', { issues }))).toEqual({ kind: 'badRequest', issues });
    expect(describeApiError(apiError('BAD_REQUEST', 'Invalid input: reason: tell the editor why the listing was rejected'))).toEqual({
      kind: 'badRequest',
      issues: [{ path: 'reason', message: 'tell the editor why the listing was rejected' }],
    });
    expect(describeApiError(apiError('BAD_REQUEST', 'Bad request'))).toEqual({ kind: 'badRequest', issues: [] });
  });
});

describe('the message the user reads', () => {
  it('is in the UI language, never the English of the server', () => {
    const conflict = apiError('CONFLICT', 'The listing has changed since version 3.');
    expect(messageIn('fi', conflict)).toMatch(/^Joku muu muutti tätä sillä välin\. Lataa sivu uudelleen/);
    expect(messageIn('sv', conflict)).toMatch(/^Någon annan ändrade det här under tiden\./);
    expect(messageIn('en', conflict)).toMatch(/^Someone else changed this meanwhile\. Reload/);
    expect(messageIn('fi', new TypeError('Failed to fetch'))).toBe('Yhteys Linkkiin ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.');
  });

  it('says how many minutes to wait when the server said so', () => {
    const limited = apiError('TOO_MANY_REQUESTS', 'Too many requests from here; try again in 15 minutes or call the organiser.');
    expect(messageIn('fi', limited)).toContain('Yritä uudelleen 15 minuutin kuluttua.');
    expect(messageIn('sv', limited)).toContain('Försök igen om 15 minuter.');
    expect(messageIn('en', apiError('TOO_MANY_REQUESTS', 'try again in 1 minute'))).toContain('Please try again in 1 minute.');
    expect(messageIn('en', apiError('TOO_MANY_REQUESTS', 'Too many requests; try again shortly.'))).toContain('Please try again in a moment.');
  });

  it("tells this connection's own limit apart from the county's busy spell, with the server's wait in seconds", () => {
    const own = apiError('TOO_MANY_REQUESTS', 'Too many requests from this address; try again in 3 minutes.', { reason: 'RateLimitExceededError', retryAfterSeconds: 1500 });
    const busy = apiError('TOO_MANY_REQUESTS', 'The county is receiving unusually many requests right now; try again in 5 minutes.', { reason: 'CountyBusyError', retryAfterSeconds: 241 });
    expect(describeApiError(own)).toEqual({ kind: 'tooManyFromAddress', minutes: 25 });
    expect(describeApiError(busy)).toEqual({ kind: 'countyBusy', minutes: 5 });
    expect(messageIn('fi', own)).toMatch(/^Tästä yhteydestä on lähetetty liian monta .* 25 minuutin kuluttua\.$/);
    expect(messageIn('fi', busy)).toMatch(/^Hyvinvointialueelle tulee juuri nyt poikkeuksellisen paljon .* 5 minuutin kuluttua\.$/);
    expect(messageIn('sv', busy)).toMatch(/ovanligt många .* Försök igen om 5 minuter\.$/);
    expect(messageIn('en', busy)).toMatch(/^The county is receiving unusually many .* Please try again in 5 minutes\.$/);
  });

  it('leads the field issues of bad input with a translated sentence and passes them on', () => {
    const issues = [{ path: 'services', message: 'Too big: expected array to have <=500 items' }];
    expect(apiErrorMessageOf(describeApiError(apiError('BAD_REQUEST', 'Invalid input', { issues })), i18n.getFixedT('fi'))).toEqual({
      message: 'Linkki ei hyväksynyt lähetettyjä tietoja. Tarkista nämä kohdat:',
      issues,
    });
    expect(messageIn('en', apiError('BAD_REQUEST', 'Bad request'))).toBe('Linkki did not accept the details sent. Please check them and try again.');
  });
});
