import { createLegalDocumentRepository, type TableGateway } from '@linkki/db';
import {
  type AccessibilityStatement,
  accessibilityStatementTemplate,
  answeredFeedbackRetentionDays,
  feedbackAnswerDays,
  type CountyContact,
  type PrivacyNotice,
  privacyNoticeTemplate,
  type PrivacyRegister,
  type Tenant,
} from '@linkki/domain';

export interface LegalContext {
  gateway: TableGateway;
  tenant: Tenant;
  now: Date;
}

const repositoryOf = ({ gateway, tenant }: LegalContext) => createLegalDocumentRepository({ gateway, tenantId: tenant.slug });

/** Who the county is and how to reach it: the controller every document names. */
const controllerOf = async (context: LegalContext) => {
  const contact = await repositoryOf(context).contact();
  return { county: context.tenant.name, contact: contact.content, contactVersion: contact.version };
};

/**
 * The county's accessibility statement: what its coordinators saved, or else the template filled
 * with the county's name (version 0), so every county publishes one from its first day.
 */
export const readAccessibilityStatement = async (context: LegalContext) => {
  const [controller, stored] = await Promise.all([controllerOf(context), repositoryOf(context).accessibilityStatement()]);
  const statement = stored.content ?? accessibilityStatementTemplate(context.tenant.name, context.now.toISOString().slice(0, 10));
  // The feedback form tells the resident when they get an answer and how long their email is kept.
  const feedback = { answerDays: feedbackAnswerDays, retentionDays: answeredFeedbackRetentionDays };
  return { ...controller, statement, version: stored.version, fromTemplate: stored.content === null, feedback };
};

/** One register's privacy notice: saved, or else the template naming the county as controller (version 0). */
export const readPrivacyNotice = async (context: LegalContext, register: PrivacyRegister) => {
  const [controller, stored] = await Promise.all([controllerOf(context), repositoryOf(context).privacyNotice(register)]);
  return { ...controller, register, notice: stored.content ?? privacyNoticeTemplate(register, context.tenant.name), version: stored.version, fromTemplate: stored.content === null };
};

export const saveCountyContact = (context: LegalContext, contact: CountyContact, expectedVersion: number) => repositoryOf(context).saveContact(contact, expectedVersion);

export const saveAccessibilityStatement = (context: LegalContext, statement: AccessibilityStatement, expectedVersion: number) =>
  repositoryOf(context).saveAccessibilityStatement(statement, expectedVersion);

export const savePrivacyNotice = (context: LegalContext, register: PrivacyRegister, notice: PrivacyNotice, expectedVersion: number) =>
  repositoryOf(context).savePrivacyNotice(register, notice, expectedVersion);
