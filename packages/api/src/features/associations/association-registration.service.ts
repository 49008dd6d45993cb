import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createAssociationRegistrationRepository, ItemVersionConflictError } from '@linkki/db';
import { type AssociationRegistrationInput, RegistrationAlreadyOpenError, RegistrationLinkInvalidError, requireCountyMunicipalities, verificationLinkHours } from '@linkki/domain';
import { admitSubmission, type Submitter } from '../../abuse/submission-limits';
import { idempotentId } from '../../idempotent-id';
import { verificationEmailOf } from './registration-emails';

/** The same request id always names the same registration, so a retried submission is answered once. */
export const registrationIdFor = (tenantId: string, requestId: string): string => idempotentId([tenantId, 'registration', requestId], { prefix: 'r-' });

const tokenHashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

const sameHash = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Who is registering, and where: the anonymous side of association registration. */
export interface RegistrationContext extends Submitter {
  appUrl: string;
}

/**
 * An association's own registration to its county's catalog: received with a one-time link to
 * verify the contact person's email, which moves it into the coordinators' queue.
 */
export const createAssociationRegistrationService = (context: RegistrationContext) => {
  const { gateway, tenant, appUrl, now } = context;
  const tenantId = tenant.slug;
  const registrations = createAssociationRegistrationRepository({ gateway, tenantId });

  return {
    async register({ requestId, registration: input }: { requestId: string; registration: AssociationRegistrationInput }) {
      requireCountyMunicipalities(tenant.municipalities, [input.municipality], 'registration.municipality');
      const id = registrationIdFor(tenantId, requestId);
      const answer = { received: true as const, verifyWithinHours: verificationLinkHours };
      // A retry is answered before it is counted against the limits, and sends nothing again.
      if (await registrations.byId(id)) return { ...answer, duplicate: true };
      await admitSubmission(context, 'associationRegistration');

      // Told at once when the association already waits in the queue (its business id is public).
      if (await registrations.openFor(input.businessId)) throw new RegistrationAlreadyOpenError(input.businessId);

      const token = randomBytes(24).toString('base64url');
      const submittedAt = now.toISOString();
      const verifyBy = new Date(now.getTime() + verificationLinkHours * 60 * 60 * 1000);
      const registration = {
        id,
        name: { fi: input.name.fi, ...(input.name.sv ? { sv: input.name.sv } : {}) },
        businessId: input.businessId,
        municipality: input.municipality,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        language: input.language,
        status: 'unverified' as const,
        submittedAt,
      };
      const link = `${appUrl}/${tenantId}/associations/verify?registration=${id}&token=${token}`;
      const outcome = await registrations.receive({
        registration,
        verificationHash: tokenHashOf(token),
        verifyBy: verifyBy.toISOString(),
        // An unverified registration and its personal data go a day after its link has run out.
        expiresAt: Math.floor(verifyBy.getTime() / 1000) + 24 * 60 * 60,
        notification: verificationEmailOf({ applicant: registration, tenant, link, hours: verificationLinkHours }),
        now: submittedAt,
      });
      return { ...answer, duplicate: outcome === 'duplicate' };
    },

    /** Opening the link a second time is answered with where the registration stands. */
    async verify({ registrationId, token }: { registrationId: string; token: string }) {
      const registration = await registrations.byId(registrationId);
      if (!registration || !sameHash(registration.verificationHash, tokenHashOf(token))) throw new RegistrationLinkInvalidError();
      if (registration.status !== 'unverified') return { status: registration.status, alreadyVerified: true };
      if (registration.verifyBy <= now.toISOString()) throw new RegistrationLinkInvalidError();
      try {
        if ((await registrations.markVerified(registration, now.toISOString())) === 'taken') throw new RegistrationAlreadyOpenError(registration.businessId);
      } catch (error) {
        // The same link opened twice at once: the other opening verified it.
        if (!(error instanceof ItemVersionConflictError)) throw error;
        const current = await registrations.byId(registrationId);
        if (!current || current.status === 'unverified') throw error;
        return { status: current.status, alreadyVerified: true };
      }
      return { status: 'pending' as const, alreadyVerified: false };
    },
  };
};
