import { pathToFileURL } from 'node:url';
import { apiFunctionMemorySize } from '@linkki/infra/constructs/api-function';
import { edgeRules } from '@linkki/infra/constructs/edge-web-acl';
import { fixed } from './stats';

/**
 * What one county costs Linkki a month in AWS, from the bench's measured DynamoDB requests and
 * capacity units per procedure and stated assumptions of use. Every price is an assumed eu-north-1
 * list price (USD, no free tier, no tax): list prices may change, so re-check them before quoting.
 */

/** When the prices below were last taken as assumed list prices, and when the procedures were measured. */
export const pricesAssumedOn = '2026-12-03';
export const proceduresMeasuredOn = '2026-12-03';

/** Assumed eu-north-1 list prices, USD. */
export const prices = {
  lambdaArmGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  httpApiPerMillionRequests: 1.0,
  dynamoPerMillionReadUnits: 0.1415,
  dynamoPerMillionWriteUnits: 0.7075,
  dynamoStoragePerGbMonth: 0.255,
  dynamoPointInTimeRecoveryPerGbMonth: 0.204,
  s3StandardPerGbMonth: 0.023,
  s3PerThousandGets: 0.00042,
  s3PerThousandPuts: 0.0054,
  cloudFrontEuropePerGb: 0.085,
  cloudFrontPerTenThousandHttpsRequests: 0.012,
  wafPerWebAclMonth: 5,
  wafPerRuleMonth: 1,
  wafPerMillionRequests: 0.6,
  // The user pool runs the Plus feature plan (threat protection), which has no free tier.
  cognitoPlusPerMonthlyActiveUser: 0.02,
  sesPerThousandEmails: 0.1,
  xrayPerMillionTracesRecorded: 5,
  logsIngestionPerGb: 0.5,
  secretsManagerPerSecretMonth: 0.4,
  cloudWatchPerAlarmMetricMonth: 0.1,
} as const;

/** DynamoDB requests and capacity units per call, from `pnpm bench` (procedures table) on the date above. */
export interface MeasuredProcedure {
  readonly requests: number;
  readonly capacityUnits: number;
  /** A mutation's units are priced as write units (an upper bound: some of them are reads). */
  readonly writes: boolean;
}

export const measuredProcedures = {
  'catalog.search': { requests: 0, capacityUnits: 0, writes: false },
  'catalog.byId': { requests: 0, capacityUnits: 0, writes: false },
  'catalog.vocabularies': { requests: 0, capacityUnits: 0, writes: false },
  'tenants.list': { requests: 0, capacityUnits: 0, writes: false },
  // The bench measured its retry (the same request id again); the first call's writes are missing, at 20 a day they weigh nothing.
  'catalog.sendContactRequest': { requests: 0.02, capacityUnits: 0, writes: true },
  'referrals.list': { requests: 2, capacityUnits: 6.5, writes: false },
  'referrals.byId': { requests: 1, capacityUnits: 1, writes: false },
  'referrals.create': { requests: 2, capacityUnits: 1, writes: true },
  'referrals.transition': { requests: 1, capacityUnits: 0.5, writes: true },
  'catalog.listActivities': { requests: 3, capacityUnits: 1.5, writes: false },
  'catalog.updateActivity': { requests: 1, capacityUnits: 0.5, writes: true },
  'catalog.createActivity': { requests: 4, capacityUnits: 1.5, writes: true },
  'network.feed': { requests: 3.02, capacityUnits: 10.01, writes: false },
  me: { requests: 1, capacityUnits: 0.5, writes: false },
} as const satisfies Record<string, MeasuredProcedure>;

export type MeasuredProcedureName = keyof typeof measuredProcedures;

/** One county's use: calls per day by procedure, and what sits around them. */
export interface CountyUsage {
  readonly callsPerDay: Readonly<Partial<Record<MeasuredProcedureName, number>>>;
  /** Residents' first loads of the web app a day (each fetches the app's files once). */
  readonly residentVisitsPerDay: number;
  /** What a first load transfers (HTML, JavaScript, CSS, fonts, gzip) and in how many requests. */
  readonly bytesPerVisit: number;
  readonly requestsPerVisit: number;
  /** An API answer's average size on the wire. */
  readonly bytesPerApiCall: number;
  readonly staffMonthlyActiveUsers: number;
  readonly emailsPerDay: number;
  /** Nightly HSDS import: listings written a day and write units per listing. */
  readonly importedListingsPerDay: number;
  readonly writeUnitsPerImportedListing: number;
  /** New containers a day; each loads the county's search snapshot and reads the change feed since it was written. */
  readonly coldStartsPerDay: number;
  readonly readUnitsPerColdStart: number;
  /** Billed time of a cold start (module import, snapshot GET and load), ms. */
  readonly initMsPerColdStart: number;
  /** The snapshot job: runs a day, and its billed time and memory for this county per run. */
  readonly snapshotRunsPerDay: number;
  readonly snapshotMsPerRun: number;
  readonly snapshotMemoryMb: number;
  /** Billed duration of a call: a fixed part plus one DynamoDB round trip per request, ms. */
  readonly billedMsPerCall: number;
  readonly billedMsPerRequest: number;
  readonly tableGb: number;
  readonly s3Gb: number;
  /** Origin fetches of CloudFront cache misses as a share of the app's file requests. */
  readonly cacheMissShare: number;
  readonly logBytesPerCall: number;
}

const listings = 5_000;
const listingsInTheSearchMeasurement = 20_000;

/** A county at Pohjois-Savo's scale: about 250,000 residents, 5,000 listings, 200 staff users. */
export const pohjoisSavo: CountyUsage = {
  callsPerDay: {
    'catalog.search': 2_000,
    'catalog.byId': 5_000,
    'catalog.vocabularies': 1_500,
    'tenants.list': 1_500,
    'catalog.sendContactRequest': 20,
    // 120 of the 200 staff work in Linkki on a given day.
    me: 120 * 5,
    'referrals.list': 120 * 10,
    'referrals.byId': 120 * 15,
    'referrals.create': 40,
    'referrals.transition': 120,
    'catalog.listActivities': 120 * 5,
    'catalog.updateActivity': 50,
    'catalog.createActivity': 5,
    'network.feed': 120 * 2,
  },
  residentVisitsPerDay: 1_500,
  bytesPerVisit: 350 * 1024,
  requestsPerVisit: 12,
  bytesPerApiCall: 4 * 1024,
  staffMonthlyActiveUsers: 200,
  emailsPerDay: 110,
  importedListingsPerDay: listings,
  writeUnitsPerImportedListing: 2,
  coldStartsPerDay: 30,
  // From a snapshot a first search reads only the change feed since it was written (the bench: 1 read unit).
  readUnitsPerColdStart: 1,
  // Import ~0.3 s, snapshot GET and load at 5,000 listings ~0.6 s (a quarter of the bench's 20,000-listing load).
  initMsPerColdStart: 900,
  // Every 5 minutes; a catch-up run of one county at 5,000 listings: load, a change-feed query, serialize, PUT.
  snapshotRunsPerDay: 288,
  snapshotMsPerRun: (2_000 * listings) / listingsInTheSearchMeasurement,
  snapshotMemoryMb: 1_536,
  billedMsPerCall: 15,
  billedMsPerRequest: 8,
  tableGb: 1,
  s3Gb: 1,
  cacheMissShare: 0.05,
  logBytesPerCall: 1_024,
};

const daysPerMonth = 30.4;
const gigabyte = 1024 ** 3;

export interface CostLine {
  readonly item: string;
  readonly monthlyUsd: number;
  readonly basis: string;
}

const perMonth = (perDay: number): number => perDay * daysPerMonth;
const millions = (count: number): number => count / 1_000_000;

const callTotals = (usage: CountyUsage) => {
  let calls = 0;
  let requests = 0;
  let readUnits = 0;
  let writeUnits = 0;
  for (const [name, perDay = 0] of Object.entries(usage.callsPerDay) as Array<[MeasuredProcedureName, number | undefined]>) {
    const measured: MeasuredProcedure = measuredProcedures[name];
    calls += perDay;
    requests += perDay * measured.requests;
    if (measured.writes) writeUnits += perDay * measured.capacityUnits;
    else readUnits += perDay * measured.capacityUnits;
  }
  return { calls, requests, readUnits, writeUnits };
};

/** The cost lines of one county a month at `usage`, with the Lambda memory `memoryMb`. */
export const countyMonthlyCost = (usage: CountyUsage, memoryMb = apiFunctionMemorySize): CostLine[] => {
  const day = callTotals(usage);
  const gb = memoryMb / 1024;
  const billedSecondsPerDay = (day.calls * usage.billedMsPerCall + day.requests * usage.billedMsPerRequest + usage.coldStartsPerDay * usage.initMsPerColdStart) / 1000;
  const readUnitsPerDay = day.readUnits + usage.coldStartsPerDay * usage.readUnitsPerColdStart;
  const snapshotGbSecondsPerDay = (usage.snapshotRunsPerDay * usage.snapshotMsPerRun * (usage.snapshotMemoryMb / 1024)) / 1000;
  const writeUnitsPerDay = day.writeUnits + usage.importedListingsPerDay * usage.writeUnitsPerImportedListing;
  const edgeRequestsPerDay = usage.residentVisitsPerDay * usage.requestsPerVisit + day.calls;
  const edgeBytesPerDay = usage.residentVisitsPerDay * usage.bytesPerVisit + day.calls * usage.bytesPerApiCall;
  return [
    {
      item: 'Lambda (API)',
      monthlyUsd: perMonth(billedSecondsPerDay * gb) * prices.lambdaArmGbSecond + millions(perMonth(day.calls)) * prices.lambdaPerMillionRequests,
      basis: `${fixed(perMonth(billedSecondsPerDay * gb), 0)} GB-s at ${memoryMb} MB arm64, ${fixed(perMonth(day.calls), 0)} invocations`,
    },
    {
      item: 'Lambda (search snapshots)',
      monthlyUsd: perMonth(snapshotGbSecondsPerDay) * prices.lambdaArmGbSecond + (perMonth(usage.snapshotRunsPerDay) / 1000) * prices.s3PerThousandPuts,
      basis: `${fixed(perMonth(snapshotGbSecondsPerDay), 0)} GB-s at ${usage.snapshotMemoryMb} MB, ${fixed(perMonth(usage.snapshotRunsPerDay), 0)} snapshot PUTs`,
    },
    { item: 'API Gateway (HTTP API)', monthlyUsd: millions(perMonth(day.calls)) * prices.httpApiPerMillionRequests, basis: `${fixed(perMonth(day.calls), 0)} requests` },
    {
      item: 'DynamoDB reads',
      monthlyUsd: millions(perMonth(readUnitsPerDay)) * prices.dynamoPerMillionReadUnits,
      basis: `${fixed(perMonth(readUnitsPerDay), 0)} read units; a cold start reads only the change feed since the search snapshot`,
    },
    { item: 'DynamoDB writes', monthlyUsd: millions(perMonth(writeUnitsPerDay)) * prices.dynamoPerMillionWriteUnits, basis: `${fixed(perMonth(writeUnitsPerDay), 0)} write units, imports included` },
    {
      item: 'DynamoDB storage and PITR',
      monthlyUsd: usage.tableGb * (prices.dynamoStoragePerGbMonth + prices.dynamoPointInTimeRecoveryPerGbMonth),
      basis: `${usage.tableGb} GB with point-in-time recovery`,
    },
    {
      item: 'S3',
      monthlyUsd: usage.s3Gb * prices.s3StandardPerGbMonth + (perMonth(usage.residentVisitsPerDay * usage.requestsPerVisit * usage.cacheMissShare) / 1000) * prices.s3PerThousandGets,
      basis: `${usage.s3Gb} GB (exports, snapshots), origin GETs of cache misses`,
    },
    {
      item: 'CloudFront',
      monthlyUsd: (perMonth(edgeBytesPerDay) / gigabyte) * prices.cloudFrontEuropePerGb + (perMonth(edgeRequestsPerDay) / 10_000) * prices.cloudFrontPerTenThousandHttpsRequests,
      basis: `${fixed(perMonth(edgeBytesPerDay) / gigabyte, 1)} GB out, ${fixed(perMonth(edgeRequestsPerDay), 0)} HTTPS requests`,
    },
    { item: 'WAF requests', monthlyUsd: millions(perMonth(edgeRequestsPerDay)) * prices.wafPerMillionRequests, basis: 'every CloudFront request is inspected' },
    {
      item: 'Cognito (Plus)',
      monthlyUsd: usage.staffMonthlyActiveUsers * prices.cognitoPlusPerMonthlyActiveUser,
      basis: `${usage.staffMonthlyActiveUsers} staff MAU; residents do not sign in`,
    },
    { item: 'SES', monthlyUsd: (perMonth(usage.emailsPerDay) / 1000) * prices.sesPerThousandEmails, basis: `${fixed(perMonth(usage.emailsPerDay), 0)} emails` },
    {
      item: 'X-Ray traces',
      monthlyUsd: millions(perMonth(day.calls)) * prices.xrayPerMillionTracesRecorded,
      // The default sampling keeps the first request of each second: at a county's rate that is nearly every one.
      basis: 'active tracing, nearly every call sampled at this rate',
    },
    { item: 'CloudWatch Logs', monthlyUsd: (perMonth(day.calls * usage.logBytesPerCall) / gigabyte) * prices.logsIngestionPerGb, basis: `${usage.logBytesPerCall} B of logs a call` },
  ];
};

/** Platform costs that do not grow with a county, split over `counties`. */
export const platformFixedMonthlyCost = (counties: number): CostLine => {
  const wafRules = edgeRules({ apiPathPatterns: ['/trpc/*'], trpcPath: '/trpc' }).length;
  // The origin verify secret and the API's address hash key.
  const secrets = 2;
  // Request path, background functions' errors and dead letters; the table alarms count one metric per operation.
  const alarmMetrics = 40;
  const total = prices.wafPerWebAclMonth + wafRules * prices.wafPerRuleMonth + secrets * prices.secretsManagerPerSecretMonth + alarmMetrics * prices.cloudWatchPerAlarmMetricMonth;
  return {
    item: `Platform fixed costs / ${counties}`,
    monthlyUsd: total / counties,
    basis: `web ACL with ${wafRules} rules, ${secrets} secrets, ${alarmMetrics} alarm metrics: ${fixed(total)} USD in all`,
  };
};

export const totalOf = (lines: readonly CostLine[]): number => lines.reduce((sum, line) => sum + line.monthlyUsd, 0);

export const largestOf = (lines: readonly CostLine[]): CostLine => {
  const [largest] = [...lines].sort((a, b) => b.monthlyUsd - a.monthlyUsd);
  if (!largest) throw new Error('No cost lines');
  return largest;
};

/** What would halve the largest line, by item. */
const halvingOf: Record<string, string> = {
  'Cognito (Plus)': "the Essentials plan (0.015 USD/MAU, 10,000 MAU free per account: all 21 counties' staff fit in it), giving up Plus's threat protection",
  'X-Ray traces': 'a sampling rule of 1 request a minute and 5 % (traces stay for errors through the logs)',
  CloudFront: 'the resident page within its 100 KB JavaScript budget and long cache lifetimes for hashed files',
  'Lambda (API)': 'fewer requests per call and a smaller bundle (the AWS SDK is half of it)',
  'DynamoDB reads': 'the listing page served from the container index instead of the table',
};

const counties = 21;

export const printCostModel = async (): Promise<void> => {
  const lines = countyMonthlyCost(pohjoisSavo);
  const fixedLine = platformFixedMonthlyCost(counties);
  console.log(`\nCost of one county at Pohjois-Savo's scale a month (USD; eu-north-1 list prices assumed on ${pricesAssumedOn}, may change; requests per procedure measured ${proceduresMeasuredOn})`);
  for (const line of [...lines, fixedLine]) console.log(`${line.item.padEnd(28)} ${fixed(line.monthlyUsd).padStart(8)}   ${line.basis}`);
  const largest = largestOf(lines);
  console.log(`${'Total per county'.padEnd(28)} ${fixed(totalOf(lines) + fixedLine.monthlyUsd).padStart(8)}`);
  console.log(`Largest: ${largest.item} (${fixed(largest.monthlyUsd)} USD). Halved by: ${halvingOf[largest.item] ?? 'no lever named for it yet'}.`);
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await printCostModel();
