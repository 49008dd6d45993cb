import type { ExportStore, RequestMeter, SearchSnapshotStore } from '@linkki/api';
import type { TableAccess } from '@linkki/db';
import { createCountyOffboardingHandler, createSearchSnapshotHandler, createUsageDailyHandler } from '@linkki/functions';
import type { ScheduledEvent } from 'aws-lambda';
import { lambdaContext } from './lambda-event';

/** How often the local platform runs the county offboarding job, which EventBridge runs every quarter of an hour in AWS. */
export const offboardingIntervalMs = 20_000;
/**
 * How often it writes the counties' search snapshots, which EventBridge does every five minutes in
 * AWS: often enough that a restarted platform loads a recent one, seldom enough to stay out of the way.
 */
export const searchSnapshotIntervalMs = 60_000;
const dayMs = 24 * 60 * 60 * 1000;

interface LocalSchedule {
  /** Runs the job now, or waits for the run already going. */
  run: () => Promise<void>;
  stop(): void;
}

/**
 * EventBridge's part locally: runs a deployed scheduled handler every `everyMs`, one run at a
 * time, logging its report and any failure without stopping the platform.
 */
const schedule = (name: string, everyMs: number, job: (event: ScheduledEvent) => Promise<string[]>, log: (message: string) => void): LocalSchedule => {
  let running: Promise<void> | null = null;
  const run = (): Promise<void> => {
    running ??= job({ time: new Date().toISOString() } as ScheduledEvent)
      .then((lines) => lines.forEach(log))
      .catch((error: unknown) => log(`${name} failed: ${(error as Error).stack ?? String(error)}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
};

export interface LocalJobs {
  /** Runs the county offboarding job once, now (tests; a person who does not want to wait). */
  runOffboarding(): Promise<void>;
  /** Writes every active county's search snapshot once, now. */
  runSearchSnapshots(): Promise<void>;
  stop(): void;
}

/**
 * The scheduled jobs a person waits for on the local platform, through their deployed handlers:
 * the daily usage job (once at start, so the operator's page has figures, then daily; each run
 * first writes the requests counted so far), the county offboarding job (every 20 seconds) and the
 * search snapshot job (once at start, after the seeding, so the API's first searches load
 * snapshots as in AWS; then every minute).
 */
export const startLocalJobs = async ({
  tables,
  exports,
  snapshots,
  meter,
  log,
}: {
  tables: TableAccess;
  exports: ExportStore;
  snapshots: SearchSnapshotStore;
  meter: RequestMeter | undefined;
  log: (message: string) => void;
}): Promise<LocalJobs> => {
  const usageHandler = createUsageDailyHandler({ tables });
  const usage = schedule(
    'usage job',
    dayMs,
    async (event) => {
      await meter?.flush();
      const report = await usageHandler(event, lambdaContext(15 * 60_000));
      return [`usage of ${report.day} recorded for ${report.counties} counties`];
    },
    log,
  );
  const offboardingHandler = createCountyOffboardingHandler({ tables, exports });
  const offboarding = schedule(
    'county offboarding',
    offboardingIntervalMs,
    async (event) => {
      const report = await offboardingHandler(event, lambdaContext(15 * 60_000));
      return [...report.exported.map((made) => `exported ${made.county}: ${made.items} items, ${made.bytes} bytes`), ...report.deleted.map((gone) => `deleted ${gone.county}: ${gone.removed} items`)];
    },
    log,
  );
  const snapshotHandler = createSearchSnapshotHandler({ tables, snapshots });
  const searchSnapshots = schedule(
    'search snapshots',
    searchSnapshotIntervalMs,
    async (event) => {
      const report = await snapshotHandler(event, lambdaContext(5 * 60_000));
      const rebuilt = report.written.filter((written) => written.from === 'table');
      return [
        `search snapshots written for ${report.written.length} counties (${rebuilt.length} built from the table)`,
        ...report.unusable.map((unusable) => `search snapshot of ${unusable.county} was unusable: ${unusable.error}`),
      ];
    },
    log,
  );
  await usage.run();
  await searchSnapshots.run();
  return {
    runOffboarding: offboarding.run,
    runSearchSnapshots: searchSnapshots.run,
    stop() {
      usage.stop();
      offboarding.stop();
      searchSnapshots.stop();
    },
  };
};
