import type { ReferralStatistics } from '@linkki/db';
import { reportMeasureTotalsOf } from '@linkki/domain';
import { describe, expect, it } from 'vitest';
import { referralReportCsv } from './referral-report.csv';
import { referralReportOf, reportWindowOf } from './referral-report.service';

const statistics = (index: number, overrides: Partial<ReferralStatistics> = {}): ReferralStatistics => ({
  referralId: `ref-${index}`,
  month: '2026-03',
  typeId: 'wellbeing',
  unitId: 'senior-clinic',
  municipality: 'Kokkola',
  state: 'completed',
  requestedAt: '2026-03-01T08:00:00.000Z',
  firstContactAt: `2026-03-0${1 + (index % 4)}T08:00:00.000Z`,
  closedAt: '2026-04-01T08:00:00.000Z',
  swemwbsStart: 14.08,
  swemwbsEnd: 17.43,
  participationStart: 25,
  participationEnd: 50,
  ...overrides,
});

const window = { fromMonth: '2026-01', toMonth: '2026-06' };

describe('referral report', () => {
  it('shows figures about five or more people and nothing about fewer', () => {
    const items = [...[1, 2, 3, 4, 5].map((index) => statistics(index)), statistics(6, { municipality: 'Kannus', state: 'cancelled' })];
    const report = referralReportOf(items, window);
    expect(report.total).toBe(6);
    expect(report.counts).toContainEqual({ dimension: 'municipality', value: 'Kokkola', month: '2026-03', count: 5 });
    expect(report.counts).toContainEqual({ dimension: 'municipality', value: 'Kannus', month: 'all', count: null });
    expect(report.swemwbs).toMatchObject({ people: 6, meanStart: 14.08, meanEnd: 17.43, meanChange: 3.35, distribution: { improved: 6, unchanged: 0, declined: 0 } });
    expect(report.participation.meanChange).toBe(25);
    expect(report.shareCompleted).toBeCloseTo(5 / 6, 3);
    expect(report.daysToFirstContact.people).toBe(6);
  });

  it('suppresses everything for a county with four referrals', () => {
    const report = referralReportOf(
      [1, 2, 3, 4].map((index) => statistics(index)),
      window,
    );
    expect(report).toMatchObject({ total: null, shareCompleted: null, swemwbs: { people: null, distribution: null }, daysToFirstContact: { people: null, median: null } });
    expect(report.counts.every((row) => row.count === null)).toBe(true);
  });

  it('leaves entered-in-error referrals out of the outcome figures', () => {
    const report = referralReportOf(
      [1, 2, 3, 4, 5, 6].map((index) => statistics(index, { state: 'entered-in-error' })),
      window,
    );
    expect(report.total).toBe(6);
    expect(report.shareCompleted).toBeNull();
    expect(report.swemwbs.people).toBeNull();
  });

  it('joins the score totals kept after retention to the pairs still held per referral, as if nothing had been removed', () => {
    const items = [1, 2, 3, 4, 5, 6].map((index) => statistics(index, { swemwbsEnd: 14.08 + index }));
    const whole = referralReportOf(items, window);
    const [kept, removed] = [items.slice(0, 2), items.slice(2)];
    const stripped = removed.map(({ swemwbsStart: _start, swemwbsEnd: _end, participationStart: _pStart, participationEnd: _pEnd, ...rest }) => rest);
    const retained = [{ month: '2026-03', ...reportMeasureTotalsOf(removed) }];
    expect(referralReportOf([...kept, ...stripped], window, retained)).toEqual(whole);
    expect(referralReportOf([...kept, ...stripped], window).swemwbs.people).toBeNull();
  });

  it('defaults to the twelve months up to this one', () => {
    expect(reportWindowOf({}, new Date('2026-11-23T00:00:00Z'))).toEqual({ fromMonth: '2025-12', toMonth: '2026-11' });
  });

  it('exports CSV with empty cells for suppressed figures', () => {
    const csv = referralReportCsv(
      referralReportOf(
        [1, 2, 3].map((index) => statistics(index)),
        window,
      ),
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section;dimension;value;month;figure');
    expect(lines).toContain('count;state;completed;all;');
    expect(lines).toContain('swemwbs;mean change;;;');
  });
});
