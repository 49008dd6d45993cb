import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent, type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';

const tenant = 'lappi';
const dayMs = 24 * 60 * 60 * 1000;
let api: ApiHarness;
let clock = new Date('2026-03-02T09:00:00.000Z');
let coordinator: string;

interface Statement {
  county: { fi: string };
  contact: { email: string } | null;
  contactVersion: number;
  statement: { conformance: string; preparedOn: string; reviewedOn?: string; scope: Record<string, string>; knownGaps: Record<string, string> };
  version: number;
  fromTemplate: boolean;
}

interface Feedback {
  id: string;
  problem: string;
  email?: string;
  status: string;
  dueOn: string;
  overdue: boolean;
  version: number;
  expiresAt?: number;
}

const feedbackInput = (overrides: Record<string, unknown> = {}) => ({
  requestId: randomUUID(),
  problem: 'Hakulomakkeen suodattimia ei voi valita näppäimistöllä.',
  location: 'Toimintojen haku',
  ...overrides,
});

/** A resident's feedback from a given address, as API Gateway reports it. */
const sendFrom = (address: string, input: unknown, county = tenant) =>
  api
    .invoke({
      ...apiGatewayEvent('/trpc/legal.sendFeedback', { headers: { 'x-tenant': county }, query: 'batch=1', body: JSON.stringify({ 0: input }) }),
      requestContext: { ...apiGatewayEvent('/x', {}).requestContext, http: { method: 'POST', path: '/trpc/legal.sendFeedback', protocol: 'HTTP/1.1', sourceIp: address, userAgent: 'vitest' } },
    })
    .then((response) => ({ ...response, body: (response.body as unknown[])[0] }));

const statementOf = async (county = tenant) => dataOf<Statement>(await api.call('legal.accessibilityStatement', undefined, { tenant: county }));
const queue = async (token = coordinator) => dataOf<{ items: Feedback[] }>(await api.call('legal.feedbackQueue', {}, { token }));

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false, now: () => clock });
  coordinator = await api.tokenFor('coordinator', tenant);
});

describe('the accessibility statement', () => {
  it('is published from the template with the county’s seeded contact details before anyone edits it', async () => {
    const read = await statementOf();
    expect(read).toMatchObject({ version: 0, fromTemplate: true, county: { fi: 'Lapin hyvinvointialue' }, statement: { conformance: 'partial', preparedOn: '2026-03-02' } });
    expect(read.statement.scope.fi).toContain('Lapin hyvinvointialue');
    expect(read.contact?.email).toMatch(/@/);
  });

  it('is saved by a coordinator at the version read, and a stale save is a conflict that changes nothing', async () => {
    const { statement } = await statementOf();
    const edited = { ...statement, conformance: 'full', reviewedOn: '2026-03-02', knownGaps: { fi: 'Ei tunnettuja puutteita.', sv: 'Inga kända brister.', en: 'No known gaps.' } };
    const saved = dataOf<{ version: number }>(await api.call('legal.updateAccessibilityStatement', { expectedVersion: 0, statement: edited }, { token: coordinator }));
    expect(saved.version).toBe(1);
    const stale = await api.call('legal.updateAccessibilityStatement', { expectedVersion: 0, statement: { ...edited, conformance: 'none' } }, { token: coordinator });
    expect(errorCodeOf(stale)).toBe('CONFLICT');
    const read = await statementOf();
    expect(read).toMatchObject({ version: 1, fromTemplate: false, statement: { conformance: 'full', knownGaps: { sv: 'Inga kända brister.' } } });
    expect(errorCodeOf(await api.call('legal.updateAccessibilityStatement', { expectedVersion: 1, statement: { ...edited, conformance: 'none' } }, { token: coordinator }))).toBeUndefined();
    expect(errorCodeOf(await api.call('legal.updateAccessibilityStatement', { expectedVersion: 1, statement: edited }, { token: coordinator }))).toBe('CONFLICT');
  });

  it('is edited only by the county’s coordinators, and only their own county’s', async () => {
    const { statement } = await statementOf('pohjois-savo');
    const input = { expectedVersion: 0, statement };
    expect(errorCodeOf(await api.call('legal.updateAccessibilityStatement', input))).toBe('UNAUTHORIZED');
    expect(errorCodeOf(await api.call('legal.updateAccessibilityStatement', input, { token: await api.tokenFor('professional', tenant) }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await api.call('legal.updateAccessibilityStatement', input, { token: await api.tokenFor('orgEditor', tenant) }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await api.call('legal.updateAccessibilityStatement', input, { token: coordinator, tenant: 'pohjois-savo' }))).toBe('FORBIDDEN');
    expect(await statementOf('pohjois-savo')).toMatchObject({ version: 0, fromTemplate: true, county: { fi: 'Pohjois-Savon hyvinvointialue' } });
  });

  it('refuses malformed input, naming the field', async () => {
    const { statement } = await statementOf();
    const backwards = await api.call(
      'legal.updateAccessibilityStatement',
      { expectedVersion: 2, statement: { ...statement, preparedOn: '2026-03-02', reviewedOn: '2026-01-01' } },
      { token: coordinator },
    );
    expect(errorCodeOf(backwards)).toBe('BAD_REQUEST');
    expect(JSON.stringify(backwards.body)).toContain('statement.reviewedOn');
    const emptySwedish = await api.call('legal.updateAccessibilityStatement', { expectedVersion: 2, statement: { ...statement, scope: { ...statement.scope, sv: ' ' } } }, { token: coordinator });
    expect(JSON.stringify(emptySwedish.body)).toContain('statement.scope.sv');
    expect(
      errorCodeOf(
        await api.call(
          'legal.updateContact',
          { expectedVersion: 1, contact: { email: 'ei-osoite', address: 'Rovaniemi', dataProtectionOfficerEmail: 'tietosuoja@lappi.example' } },
          { token: coordinator },
        ),
      ),
    ).toBe('BAD_REQUEST');
  });
});

describe('the privacy notices', () => {
  it('name the county as controller for every register and are edited per register with a version check', async () => {
    for (const register of ['referrals', 'contact-requests', 'staff-accounts', 'developer-network']) {
      const read = dataOf<{ notice: { purpose: { fi: string } }; version: number }>(await api.call('legal.privacyNotice', { register }, { tenant }));
      expect(read.version).toBe(0);
      expect(read.notice.purpose.fi).toContain('Lapin hyvinvointialue');
    }
    const { notice } = dataOf<{ notice: Record<string, Record<string, string>> }>(await api.call('legal.privacyNotice', { register: 'referrals' }, { tenant }));
    const edited = { ...notice, retention: { fi: 'Viisi vuotta.', sv: 'Fem år.', en: 'Five years.' } };
    expect(dataOf<{ version: number }>(await api.call('legal.updatePrivacyNotice', { register: 'referrals', expectedVersion: 0, notice: edited }, { token: coordinator })).version).toBe(1);
    expect(errorCodeOf(await api.call('legal.updatePrivacyNotice', { register: 'referrals', expectedVersion: 0, notice: edited }, { token: coordinator }))).toBe('CONFLICT');
    expect(dataOf<{ version: number }>(await api.call('legal.privacyNotice', { register: 'contact-requests' }, { tenant })).version).toBe(0);
    expect(errorCodeOf(await api.call('legal.privacyNotice', { register: 'payroll' }, { tenant }))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await api.call('legal.updatePrivacyNotice', { register: 'referrals', expectedVersion: 1, notice: edited }, { token: await api.tokenFor('linkWorker', tenant) }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('accessibility feedback', () => {
  it('reaches the coordinators’ queue due in 14 days, once for a retried request', async () => {
    const input = feedbackInput({ email: 'asukas@example.fi', consent: true });
    expect(dataOf(await sendFrom('10.1.0.1', input))).toMatchObject({ received: true, duplicate: false, answerDays: 14 });
    expect(dataOf(await sendFrom('10.1.0.1', input))).toMatchObject({ duplicate: true });
    const items = (await queue()).items.filter((item) => item.email === 'asukas@example.fi');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'new', dueOn: '2026-03-16', overdue: false });
    expect(items[0]?.expiresAt).toBeUndefined();
  });

  it('refuses an email without consent and a missing description, naming the field', async () => {
    const noConsent = await sendFrom('10.1.0.2', feedbackInput({ email: 'asukas@example.fi' }));
    expect(errorCodeOf(noConsent)).toBe('BAD_REQUEST');
    expect(JSON.stringify(noConsent.body)).toContain('consent');
    const empty = await sendFrom('10.1.0.2', feedbackInput({ problem: '  ' }));
    expect(JSON.stringify(empty.body)).toContain('problem');
    expect(errorCodeOf(await sendFrom('10.1.0.2', { ...feedbackInput(), tenant: 'pohjois-savo' }))).toBe('BAD_REQUEST');
  });

  it('limits how many one address may send in an hour without limiting others, and still answers a retry', async () => {
    const first = feedbackInput();
    expect((await sendFrom('10.1.0.9', first)).status).toBe(200);
    for (let index = 0; index < 4; index += 1) expect((await sendFrom('10.1.0.9', feedbackInput())).status).toBe(200);
    expect(errorCodeOf(await sendFrom('10.1.0.9', feedbackInput()))).toBe('TOO_MANY_REQUESTS');
    expect(dataOf(await sendFrom('10.1.0.9', first))).toMatchObject({ duplicate: true });
    expect((await sendFrom('10.1.0.10', feedbackInput())).status).toBe(200);
  });

  it('shows unanswered feedback overdue after its due day, and answered feedback is kept 180 days', async () => {
    clock = new Date(clock.getTime() + 15 * dayMs);
    const [oldest] = (await queue()).items.filter((item) => item.email === 'asukas@example.fi');
    if (!oldest) throw new Error('the feedback is missing');
    expect(oldest.overdue).toBe(true);
    const answered = dataOf<Feedback>(await api.call('legal.markFeedbackAnswered', { id: oldest.id, expectedVersion: oldest.version }, { token: coordinator }));
    expect(answered).toMatchObject({ status: 'answered', overdue: false, version: oldest.version + 1 });
    expect(((answered.expiresAt ?? 0) * 1000 - clock.getTime()) / dayMs).toBeCloseTo(180, 3);
    expect(errorCodeOf(await api.call('legal.markFeedbackAnswered', { id: oldest.id, expectedVersion: oldest.version }, { token: coordinator }))).toBe('CONFLICT');
    expect(errorCodeOf(await api.call('legal.markFeedbackAnswered', { id: oldest.id, expectedVersion: answered.version }, { token: coordinator }))).toBe('CONFLICT');
    expect(errorCodeOf(await api.call('legal.markFeedbackAnswered', { id: 'ei-ole', expectedVersion: 1 }, { token: coordinator }))).toBe('NOT_FOUND');
  });

  it('stays in its own county and with its coordinators', async () => {
    const other = await api.tokenFor('coordinator', 'pohjois-savo', 'ps-coordinator');
    expect((await queue(other)).items).toHaveLength(0);
    const [item] = (await queue()).items;
    if (!item) throw new Error('the queue is empty');
    expect(errorCodeOf(await api.call('legal.markFeedbackAnswered', { id: item.id, expectedVersion: item.version }, { token: other }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await api.call('legal.feedbackQueue', {}, { token: await api.tokenFor('professional', tenant) }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await api.call('legal.feedbackQueue', {}, { tenant }))).toBe('UNAUTHORIZED');
  });
});
