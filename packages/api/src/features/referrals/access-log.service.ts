import { type AccessRecord, createReferralAuditRepository } from '@linkki/db';
import { type AccessLogQuery, csvLine, csvText, type ExportAccessLogInput, type SearchAccessLogInput } from '@linkki/domain';
import type { ReferralActor } from './referral-context';

/**
 * At most this many records in one export: about 1 MB of text, well inside what a Lambda response
 * may carry. A longer log is exported a day (or a client, or a user) at a time.
 */
export const accessLogExportLimit = 10_000;

const auditOf = (actor: ReferralActor) => createReferralAuditRepository({ gateway: actor.gateway, tenantId: actor.tenantId });

/** What the access log shows of a record: the transition reason stays in the referral's own trail, as it may name the client. */
const toLogEntry = ({ reason: _reason, ...record }: AccessRecord) => ({ ...record, referralId: record.referralId ?? null, unitId: record.unitId ?? null, purpose: record.purpose ?? null });

export type AccessLogEntry = ReturnType<typeof toLogEntry>;

/** The county's access log by client, user or day, newest first, a page at a time (coordinators only). */
export const searchAccessLog = async (actor: ReferralActor, input: SearchAccessLogInput) => {
  const page = await auditOf(actor).search(input.query, input.cursor);
  return { items: page.items.map(toLogEntry), nextCursor: page.nextCursor };
};

const queryText = (query: AccessLogQuery): string => {
  switch (query.by) {
    case 'client':
      return `client ${query.referralId}`;
    case 'user':
      return `user ${query.userId}`;
    case 'day':
      return `day ${query.day}`;
  }
};

const columns = ['at', 'userId', 'role', 'unitId', 'referralId', 'action', 'purpose', 'detail'] as const;

const csvOf = (entries: readonly AccessLogEntry[]) => csvText([csvLine(columns), ...entries.map((entry) => csvLine(columns.map((column) => entry[column] ?? null)))]);

/**
 * The access log of one client, user or day as CSV, newest first, for the county's log
 * monitoring. Exporting it is itself an access (to the client's, when exported by client) and is logged.
 */
export const exportAccessLog = async (actor: ReferralActor, { query }: ExportAccessLogInput) => {
  const audit = auditOf(actor);
  const entries: AccessLogEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await audit.search(query, cursor, 500);
    entries.push(...page.items.map(toLogEntry));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && entries.length < accessLogExportLimit);
  const shown = entries.slice(0, accessLogExportLimit);
  await audit.append({
    at: actor.now().toISOString(),
    userId: actor.userId,
    role: 'coordinator',
    ...(query.by === 'client' ? { referralId: query.referralId } : {}),
    purpose: 'log-monitoring',
    action: 'access-log-export',
    detail: queryText(query),
  });
  const name = queryText(query)
    .replace(' ', '-')
    .replace(/[^A-Za-z0-9._-]/g, '_');
  return { filename: `access-log-${actor.tenantId}-${name}.csv`, csv: csvOf(shown), complete: shown.length === entries.length && !cursor };
};
