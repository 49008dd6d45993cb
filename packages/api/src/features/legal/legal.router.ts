import {
  accessibilityFeedbackInputSchema,
  feedbackQueueInputSchema,
  markFeedbackAnsweredInputSchema,
  privacyNoticeInputSchema,
  updateAccessibilityStatementInputSchema,
  updateCountyContactInputSchema,
  updatePrivacyNoticeInputSchema,
} from '@linkki/domain';
import { noInput, residentProcedure, router, tenantRoleProcedure } from '../../trpc';
import { accessibilityFeedbackQueue, markAccessibilityFeedbackAnswered, sendAccessibilityFeedback } from './accessibility-feedback.service';
import { readAccessibilityStatement, readPrivacyNotice, saveAccessibilityStatement, saveCountyContact, savePrivacyNotice } from './legal-documents.service';

const coordinatorProcedure = tenantRoleProcedure('coordinator');

type ResidentContext = Parameters<Parameters<typeof residentProcedure.query>[0]>[0]['ctx'];

/** The county whose documents these are: the resident's named county, or the coordinator's own. */
const legalContextOf = (ctx: ResidentContext) => ({ gateway: ctx.deps.tables.tenant(ctx.tenant.slug), tenant: ctx.tenant, tenantId: ctx.tenant.slug, now: ctx.deps.now() });

/**
 * What the law asks every county's pages to carry: the accessibility statement and its feedback
 * channel (Act 306/2019) and a privacy notice per register (GDPR Art. 13–14). Anyone reads them;
 * only the county's coordinators edit them and see the feedback.
 */
export const legalRouter = router({
  accessibilityStatement: residentProcedure.input(noInput).query(({ ctx }) => readAccessibilityStatement(legalContextOf(ctx))),

  privacyNotice: residentProcedure.input(privacyNoticeInputSchema).query(({ ctx, input }) => readPrivacyNotice(legalContextOf(ctx), input.register)),

  updateContact: coordinatorProcedure.input(updateCountyContactInputSchema).mutation(({ ctx, input }) => saveCountyContact(legalContextOf(ctx), input.contact, input.expectedVersion)),

  updateAccessibilityStatement: coordinatorProcedure
    .input(updateAccessibilityStatementInputSchema)
    .mutation(({ ctx, input }) => saveAccessibilityStatement(legalContextOf(ctx), input.statement, input.expectedVersion)),

  updatePrivacyNotice: coordinatorProcedure
    .input(updatePrivacyNoticeInputSchema)
    .mutation(({ ctx, input }) => savePrivacyNotice(legalContextOf(ctx), input.register, input.notice, input.expectedVersion)),

  sendFeedback: residentProcedure
    .input(accessibilityFeedbackInputSchema)
    .mutation(({ ctx, input }) => sendAccessibilityFeedback({ ...legalContextOf(ctx), clientAddress: ctx.clientAddress, hashAddress: ctx.deps.hashAddress }, input)),

  feedbackQueue: coordinatorProcedure.input(feedbackQueueInputSchema).query(({ ctx, input }) => accessibilityFeedbackQueue(legalContextOf(ctx), input.cursor)),

  markFeedbackAnswered: coordinatorProcedure
    .input(markFeedbackAnsweredInputSchema)
    .mutation(({ ctx, input }) => markAccessibilityFeedbackAnswered({ ...legalContextOf(ctx), userId: ctx.userId }, input)),
});
