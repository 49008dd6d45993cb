import { describe, expect, it } from 'vitest';
import { type CountyUsage, countyMonthlyCost, largestOf, platformFixedMonthlyCost, pohjoisSavo, prices, totalOf } from './cost-model';

const lineOf = (usage: CountyUsage, item: string, memoryMb?: number): number => {
  const line = countyMonthlyCost(usage, memoryMb).find((candidate) => candidate.item === item);
  if (!line) throw new Error(`No cost line ${item}`);
  return line.monthlyUsd;
};

/** The usage with every call and every other driver of cost at zero, so one driver can be set alone. */
const idle: CountyUsage = {
  ...pohjoisSavo,
  callsPerDay: {},
  residentVisitsPerDay: 0,
  staffMonthlyActiveUsers: 0,
  emailsPerDay: 0,
  importedListingsPerDay: 0,
  coldStartsPerDay: 0,
  snapshotRunsPerDay: 0,
  tableGb: 0,
  s3Gb: 0,
};

describe('the cost model of a county', () => {
  it('prices a day of writes as write units over a month of 30.4 days', () => {
    // 1,000 referrals a day at the measured 1 write unit each: 30,400 write units.
    const usage = { ...idle, callsPerDay: { 'referrals.create': 1_000 } };
    expect(lineOf(usage, 'DynamoDB writes')).toBeCloseTo((30_400 / 1_000_000) * prices.dynamoPerMillionWriteUnits, 10);
    expect(lineOf(usage, 'DynamoDB reads')).toBe(0);
  });

  it('doubles the lines that follow searches when searches double, and leaves the rest alone', () => {
    const once = { ...idle, callsPerDay: { 'catalog.search': 2_000 } };
    const twice = { ...idle, callsPerDay: { 'catalog.search': 4_000 } };
    for (const item of ['Lambda (API)', 'API Gateway (HTTP API)', 'X-Ray traces', 'CloudWatch Logs']) expect(lineOf(twice, item)).toBeCloseTo(2 * lineOf(once, item), 10);
    expect(lineOf(twice, 'Cognito (Plus)')).toBe(lineOf(once, 'Cognito (Plus)'));
  });

  it('bills GB-seconds in proportion to the configured memory', () => {
    const usage = { ...idle, callsPerDay: { me: 10_000 } };
    const requestsOnly = (10_000 * 30.4 * prices.lambdaPerMillionRequests) / 1_000_000;
    expect(lineOf(usage, 'Lambda (API)', 2048) - requestsOnly).toBeCloseTo(2 * (lineOf(usage, 'Lambda (API)', 1024) - requestsOnly), 10);
  });

  it('prices each staff member who signs in once a month at the Plus rate', () => {
    expect(lineOf({ ...idle, staffMonthlyActiveUsers: 200 }, 'Cognito (Plus)')).toBeCloseTo(200 * prices.cognitoPlusPerMonthlyActiveUser, 10);
  });

  it('splits the fixed platform costs evenly between counties', () => {
    expect(platformFixedMonthlyCost(21).monthlyUsd * 21).toBeCloseTo(platformFixedMonthlyCost(1).monthlyUsd, 10);
  });

  it('totals the lines and names the largest', () => {
    // 100 staff at 0.02 USD, and 1,000 emails a day at 0.10 USD per thousand for 30.4 days.
    const lines = countyMonthlyCost({ ...idle, staffMonthlyActiveUsers: 100, emailsPerDay: 1_000 });
    expect(totalOf(lines)).toBeCloseTo(100 * prices.cognitoPlusPerMonthlyActiveUser + 30.4 * prices.sesPerThousandEmails, 10);
    expect(largestOf(lines).item).toBe('SES');
  });
});
