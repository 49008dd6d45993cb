import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, errorCodeOf } from '../helpers/api-harness';
import { expectData, referralTenant } from '../helpers/referral-fixtures';

let api: ApiHarness;
let coordinator: string;

interface Report {
  total: number | null;
  counts: { dimension: string; value: string; month: string; count: number | null }[];
  daysToFirstContact: { people: number | null; median: number | null };
  shareCompleted: number | null;
  swemwbs: { people: number | null; meanChange: number | null; distribution: { improved: number | null } | null };
  participation: { people: number | null; meanStart: number | null; meanChange: number | null };
}

const survey = (value: number) => ({
  answers: { 'training-sufficient': value, 'mentoring-sufficient': value, 'workload-manageable': 4, 'supported-by-coordinator': 5, 'would-continue': 5 },
  comment: 'Mentorointi auttaa.',
});

beforeAll(async () => {
  api = await createApiHarness();
  coordinator = await api.tokenFor('coordinator', referralTenant, 'demo-coordinator');
});

describe('referral reports', () => {
  it('count the demo referrals from the anonymous statistics and hide every group under five', async () => {
    const report = expectData<Report>(await api.call('reports.referrals', {}, { token: coordinator }));
    expect(report.total).toBe(12);
    expect(report.counts).toContainEqual({ dimension: 'state', value: 'completed', month: 'all', count: 5 });
    expect(report.counts.filter((row) => row.month !== 'all' && row.count !== null).every((row) => (row.count ?? 0) >= 5 || row.count === 0)).toBe(true);
    expect(report.counts.some((row) => row.count === null)).toBe(true);
    expect(report.swemwbs).toMatchObject({ people: 5, distribution: { improved: 5 } });
    expect(report.swemwbs.meanChange).toBeGreaterThan(0);
    expect(report.participation.people).toBe(5);
    expect(report.participation.meanChange).toBeGreaterThan(0);
    expect(report.daysToFirstContact).toMatchObject({ people: 7, median: 3, mean: 3 });
    expect(report.shareCompleted).toBeCloseTo(5 / 6, 2);
  });

  it('exports the same figures as CSV, suppressed cells empty', async () => {
    const { filename, csv } = expectData<{ filename: string; csv: string }>(await api.call('reports.referralsCsv', {}, { token: coordinator }));
    expect(filename).toMatch(/^referrals-keski-pohjanmaa-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    expect(csv.split('\r\n')[0]).toBe('section;dimension;value;month;figure');
    expect(csv).toContain('count;state;completed;all;5');
    expect(csv).toMatch(/count;state;requested;\d{4}-\d{2};\r\n/);
  });

  it('are for coordinators only', async () => {
    for (const role of ['professional', 'linkWorker'] as const) {
      expect(errorCodeOf(await api.call('reports.referrals', {}, { token: await api.tokenFor(role, referralTenant) }))).toBe('FORBIDDEN');
    }
  });
});

describe('link workers', () => {
  it('keep their own profile and training record; a stale version is a conflict; coordinators read them', async () => {
    const worker = await api.tokenFor('linkWorker', referralTenant, 'lw-report');
    const profile = { displayName: 'Raportti Lähetti', kind: 'volunteer', municipalities: ['Kannus'], languages: ['fi'], capacity: 3 };
    expect(errorCodeOf(await api.call('linkWorkers.saveProfile', { expectedVersion: 0, profile: { ...profile, municipalities: ['Kuopio'] } }, { token: worker }))).toBe('BAD_REQUEST');
    const saved = expectData<{ version: number; activeCount: number }>(await api.call('linkWorkers.saveProfile', { expectedVersion: 0, profile }, { token: worker }));
    expect(saved).toMatchObject({ version: 1, activeCount: 0 });
    expect(errorCodeOf(await api.call('linkWorkers.saveProfile', { expectedVersion: 0, profile }, { token: worker }))).toBe('CONFLICT');
    const record = { courses: [{ title: 'Peruskoulutus', completedOn: '2026-02-01', hours: 12 }], mentoring: [{ heldOn: '2026-03-01', topic: 'Työnohjaus' }] };
    expectData(await api.call('linkWorkers.saveTraining', { expectedVersion: 0, record }, { token: worker }));
    expect(expectData<{ record: unknown }>(await api.call('linkWorkers.training', { linkWorkerId: 'lw-report' }, { token: coordinator })).record).toEqual(record);
    const all = expectData<{ userId: string; activeCount: number }[]>(await api.call('linkWorkers.list', undefined, { token: coordinator }));
    // The demo link worker holds the seed's accepted and two in-progress referrals; the new one none.
    expect(all).toEqual(expect.arrayContaining([expect.objectContaining({ userId: 'demo-linkworker', activeCount: 3 }), expect.objectContaining({ userId: 'lw-report', activeCount: 0 })]));
  });

  it('show the survey to coordinators only in aggregate, and nothing under five respondents', async () => {
    for (const index of [1, 2, 3, 4]) {
      expectData(await api.call('linkWorkers.submitSurvey', survey(index), { token: await api.tokenFor('linkWorker', referralTenant, `survey-${index}`) }));
    }
    const few = expectData<{ respondents: number | null; questions: { mean: number | null }[] }>(await api.call('linkWorkers.surveySummary', undefined, { token: coordinator }));
    expect(few.respondents).toBeNull();
    expect(few.questions.every((question) => question.mean === null)).toBe(true);
    expectData(await api.call('linkWorkers.submitSurvey', survey(5), { token: await api.tokenFor('linkWorker', referralTenant, 'survey-5') }));
    const enough = expectData<{ respondents: number; questions: { question: string; mean: number; distribution: (number | null)[] }[] }>(
      await api.call('linkWorkers.surveySummary', undefined, { token: coordinator }),
    );
    expect(enough.respondents).toBe(5);
    expect(enough.questions[0]).toMatchObject({ question: 'training-sufficient', mean: 3, distribution: [null, null, null, null, null] });
    expect(JSON.stringify(enough)).not.toContain('Mentorointi');
  });
});
