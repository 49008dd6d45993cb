import type { AccessibilityStatement, CountyContact, PrivacyNotice, PrivacyRegister } from '@linkki/domain';
import type { z } from 'zod';
import { ItemAlreadyExistsError, ItemVersionConflictError } from '../errors';
import type { ItemKey, TableGateway } from '../table-gateway';
import { accessibilityStatementItemSchema, accessibilityStatementKeyOf, countyContactItemSchema, countyContactKeyOf, privacyNoticeItemSchema, privacyNoticeKeyOf } from './legal-document.entity';

/** A stored legal document and the version an edit must name; null content at version 0 when none is saved. */
export interface StoredLegalDocument<T> {
  content: T | null;
  version: number;
}

interface DocumentAccess<T> {
  key: ItemKey;
  entity: string;
  schema: z.ZodType<{ content: T; version: number }>;
}

const read = async <T>(gateway: TableGateway, { key, schema }: DocumentAccess<T>): Promise<StoredLegalDocument<T>> => {
  const item = await gateway.get(key, schema);
  return item ? { content: item.content, version: item.version } : { content: null, version: 0 };
};

/** Saves at `expectedVersion` (0: the first save); a stale version is a conflict, never an overwrite. */
const save = async <T>(gateway: TableGateway, { key, entity, schema }: DocumentAccess<T>, content: T, expectedVersion: number): Promise<StoredLegalDocument<T>> => {
  if (expectedVersion > 0) {
    const item = await gateway.updateVersioned(key, expectedVersion, { content }, schema);
    return { content: item.content, version: item.version };
  }
  try {
    const meta = await gateway.putNew({ ...key, entity, content });
    return { content, version: meta.version };
  } catch (error) {
    if (error instanceof ItemAlreadyExistsError) throw new ItemVersionConflictError(0);
    throw error;
  }
};

/** A county's contact details, accessibility statement and privacy notices. */
export const createLegalDocumentRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => {
  const contact: DocumentAccess<CountyContact> = { key: countyContactKeyOf(tenantId), entity: 'countyContact', schema: countyContactItemSchema };
  const statement: DocumentAccess<AccessibilityStatement> = { key: accessibilityStatementKeyOf(tenantId), entity: 'accessibilityStatement', schema: accessibilityStatementItemSchema };
  const notice = (register: PrivacyRegister): DocumentAccess<PrivacyNotice> => ({ key: privacyNoticeKeyOf(tenantId, register), entity: 'privacyNotice', schema: privacyNoticeItemSchema });
  return {
    contact: () => read(gateway, contact),
    saveContact: (content: CountyContact, expectedVersion: number) => save(gateway, contact, content, expectedVersion),
    /** Stores the contact details unless the county has some already: for seeding, which must never overwrite an edit. */
    seedContact: (content: CountyContact) => gateway.putIfAbsent({ ...contact.key, entity: contact.entity, content }),
    accessibilityStatement: () => read(gateway, statement),
    saveAccessibilityStatement: (content: AccessibilityStatement, expectedVersion: number) => save(gateway, statement, content, expectedVersion),
    privacyNotice: (register: PrivacyRegister) => read(gateway, notice(register)),
    savePrivacyNotice: (register: PrivacyRegister, content: PrivacyNotice, expectedVersion: number) => save(gateway, notice(register), content, expectedVersion),
  };
};
