import { accessibilityStatementSchema, countyContactSchema, type PrivacyRegister, privacyNoticeSchema } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/** A county's legal texts share one small partition of its own: the contact details, the statement and one notice per register. */
const legalPartition = (tenantId: string) => tenantKey(tenantId, 'LEGAL');

export const countyContactKeyOf = (tenantId: string) => ({ pk: legalPartition(tenantId), sk: sortKey('CONTACT') });
export const accessibilityStatementKeyOf = (tenantId: string) => ({ pk: legalPartition(tenantId), sk: sortKey('ACCESSIBILITY') });
export const privacyNoticeKeyOf = (tenantId: string, register: PrivacyRegister) => ({ pk: legalPartition(tenantId), sk: sortKey('PRIVACY', register) });

/** Each document is kept whole under `content`, so an update replaces it at one version. */
export const countyContactItemSchema = storedItemSchema.extend({ entity: z.literal('countyContact'), content: countyContactSchema });
export const accessibilityStatementItemSchema = storedItemSchema.extend({ entity: z.literal('accessibilityStatement'), content: accessibilityStatementSchema });
export const privacyNoticeItemSchema = storedItemSchema.extend({ entity: z.literal('privacyNotice'), content: privacyNoticeSchema });
