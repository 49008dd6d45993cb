import type { ExportStore, RequestMeter } from '@linkki/api';
import type { TableAccess } from '@linkki/db';
import { createCountyOffboardingHandler, createUsageDailyHandler } from '@linkki/functions';
import type { ScheduledEvent } from 'aws-lambda';
import { lambdaContext } from './lambda-event';

/** How often the local platform runs the county offboarding job, which EventBridge runs every quarter of an hour in AWS. */
export const offboardingIntervalMs = 20_000;
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
  stop(): void;
}

/**
 * The scheduled jobs a person waits for on the local platform, through their deployed handlers:
 * the daily usage job (once at start, so the operator's page has figures, then daily; each run
 * first writes the requests counted so far) and the county offboarding job (every 20 seconds).
 */
export const startLocalJobs = async ({
  tables,
  exports,
  meter,
  log,
}: {
  tables: TableAccess;
  exports: ExportStore;
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
  await usage.run();
  return {
    runOffboarding: offboarding.run,
    stop() {
      usage.stop();
      offboarding.stop();
    },
  };
};
