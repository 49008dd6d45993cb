import { staffAuditActions } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';
import { userPartitionOf } from './user.entity';

/** A county's people by name, for the staff page: `gsi1pk = T#<t>#STAFF`, `gsi1sk = <name key>#<userId>`. */
export const staffIndexPartition = (tenantId: string): string => tenantKey(tenantId, 'STAFF');

/** Lower-case, accents kept apart from their letters, so "Ä" and "a" sort and match as people expect. */
export const staffNameKey = (displayName: string): string =>
  displayName
    .normalize('NFKD')
    .toLocaleLowerCase('fi')
    .replace(/[#\s]+/g, ' ')
    .trim();

export const staffIndexOf = (tenantId: string, { displayName, userId }: { displayName: string; userId: string }) => ({
  gsi1pk: staffIndexPartition(tenantId),
  gsi1sk: `${staffNameKey(displayName)}#${userId}`,
});

/** One address, one person in a county: the marker makes a second invitation of the same address fail. */
export const emailMarkerKeyOf = (tenantId: string, email: string) => ({ pk: userPartitionOf(tenantId), sk: sortKey('EMAIL', email) });

export const emailMarkerItemSchema = storedItemSchema.extend({
  entity: z.literal('staffEmail'),
  email: z.string(),
  userId: z.string(),
  /** The invitation that created it: a retry of the same one is answered with the same person. */
  requestId: z.string(),
});

/** How many coordinators (not deactivated) the county has; every change that moves it is version-checked on it. */
export const coordinatorCountKeyOf = (tenantId: string) => ({ pk: userPartitionOf(tenantId), sk: 'COORDINATORS' });

export const coordinatorCountItemSchema = storedItemSchema.extend({ entity: z.literal('coordinatorCount'), count: z.number().int().min(0) });

/** The county's append-only record of changes to its people, oldest first. */
export const staffAuditPartition = (tenantId: string): string => tenantKey(tenantId, 'STAFF-AUDIT');

export const staffAuditRecordSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string().optional(),
  targetId: z.string(),
  targetName: z.string(),
  action: z.enum(staffAuditActions),
  /** What changed, in words a coordinator reads (roles before and after, the reason). */
  detail: z.string().max(500),
});
export type StaffAuditRecord = z.infer<typeof staffAuditRecordSchema>;

export const staffAuditItemSchema = storedItemSchema.extend(staffAuditRecordSchema.shape).extend({ entity: z.literal('staffAudit') });

export const staffAuditItemOf = (tenantId: string, record: StaffAuditRecord) => ({
  pk: staffAuditPartition(tenantId),
  sk: `${record.at}#${record.id}`,
  entity: 'staffAudit',
  ...record,
});
