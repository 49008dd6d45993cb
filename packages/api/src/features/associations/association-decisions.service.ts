import {
  createAssociationRegistrationRepository,
  createOrganisationRepository,
  createStaffRepository,
  createUserRepository,
  ItemVersionConflictError,
  type RegistrationDecision,
  type StoredRegistration,
  type TransactOperation,
} from '@linkki/db';
import {
  type AssociationRegistration,
  nameSimilarity,
  type Organisation,
  type RegistrationStatus,
  RegistrationNotFoundError,
  RegistrationOrganisationUnknownError,
  requireDecidable,
  similarNameThreshold,
  StaffStatusError,
} from '@linkki/domain';
import { idempotentId } from '../../idempotent-id';
import { type StaffActor, staffAuditOf } from '../staff/staff.service';
import { approvalEmailOf, rejectionEmailOf } from './registration-emails';

/** How long a decided registration (and the contact details in it) is kept for the record. */
const decidedRetentionDays = { approved: 365, rejected: 180 } as const;

/** The organisation an approval creates; the same registration always names the same one. */
const organisationIdOf = (tenantId: string, registrationId: string): string => idempotentId([tenantId, 'association', registrationId], { prefix: 'o-' });

/** An existing organisation that may be the registering association, and why. */
export interface RegistrationMatch {
  organisationId: string;
  name: Organisation['name'];
  businessId?: string;
  reasons: Array<'businessId' | 'similarName'>;
}

/** The county's organisations that share the registration's business id or have a name like its own, closest first. */
export const matchesOf = (registration: Pick<AssociationRegistration, 'businessId' | 'name'>, organisations: Iterable<Organisation>): RegistrationMatch[] => {
  const scored: Array<RegistrationMatch & { score: number }> = [];
  for (const organisation of organisations) {
    const similarity = Math.max(
      nameSimilarity(registration.name.fi, organisation.name.fi),
      registration.name.sv && organisation.name.sv ? nameSimilarity(registration.name.sv, organisation.name.sv) : 0,
    );
    const reasons = [...(organisation.businessId === registration.businessId ? (['businessId'] as const) : []), ...(similarity >= similarNameThreshold ? (['similarName'] as const) : [])];
    if (reasons.length === 0) continue;
    const score = (reasons.includes('businessId') ? 2 : 0) + similarity;
    scored.push({ organisationId: organisation.id, name: organisation.name, ...(organisation.businessId ? { businessId: organisation.businessId } : {}), reasons, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map(({ score: _score, ...match }) => match);
};

const withoutSecrets = ({ verificationHash: _hash, verifyBy: _verifyBy, ...registration }: StoredRegistration): AssociationRegistration => registration;

/** A coordinator deciding on their county's association registrations. */
export interface DecisionActor extends StaffActor {
  /** The county's organisations as the catalog already holds them in memory, for finding matches. */
  organisations: () => Promise<Iterable<Organisation>>;
}

/** The coordinators' queue of association registrations: look, approve into the catalog, or reject with a reason. */
export const createAssociationDecisionsService = (actor: DecisionActor) => {
  const tenantId = actor.tenant.slug;
  const registrations = createAssociationRegistrationRepository({ gateway: actor.gateway, tenantId });
  const organisations = createOrganisationRepository({ gateway: actor.gateway, tenantId });
  const staff = createStaffRepository({ gateway: actor.gateway, tenantId });
  const users = createUserRepository({ gateway: actor.gateway, tenantId });

  const loadAt = async (id: string, expectedVersion: number): Promise<StoredRegistration> => {
    const registration = await registrations.byId(id);
    if (!registration) throw new RegistrationNotFoundError(id);
    if (registration.version !== expectedVersion) throw new ItemVersionConflictError(expectedVersion);
    requireDecidable(registration.status);
    return registration;
  };

  const decisionOf = async (registration: StoredRegistration, changes: RegistrationDecision['changes'], now: Date): Promise<RegistrationDecision> => {
    const marker = await registrations.openFor(registration.businessId);
    const retentionDays = decidedRetentionDays[changes.status === 'approved' ? 'approved' : 'rejected'];
    return {
      registration,
      changes: { ...changes, decidedAt: now.toISOString(), decidedBy: actor.userId, ...(actor.displayName ? { decidedByName: actor.displayName } : {}) },
      expiresAt: Math.floor(now.getTime() / 1000) + retentionDays * 24 * 60 * 60,
      now: now.toISOString(),
      markerVersion: marker?.registrationId === registration.id ? marker.version : null,
    };
  };

  /** The writes that make `userId` the editor of the new or the existing organisation. */
  const organisationWrites = (registration: StoredRegistration, existing: Organisation | null, userId: string, now: string): TransactOperation[] => {
    if (existing) return existing.editors.includes(userId) ? [] : organisations.editorAdditionOf(existing, userId, now);
    const organisation = {
      id: organisationIdOf(tenantId, registration.id),
      kind: 'association' as const,
      name: registration.name,
      businessId: registration.businessId,
      // The contact person's own name and address stay out of the public record; the editor
      // gives the organisation's public contact details when they sign in.
      contact: {},
      municipalities: [registration.municipality],
      editors: [userId],
    };
    return organisations.creationOf(organisation, now);
  };

  const existingOrganisation = async (id: string | undefined): Promise<Organisation | null> => {
    if (!id) return null;
    const organisation = await organisations.byId(id);
    if (!organisation) throw new RegistrationOrganisationUnknownError(id);
    return organisation;
  };

  const loaded = async (id: string): Promise<AssociationRegistration> => {
    const registration = await registrations.byId(id);
    if (!registration) throw new RegistrationNotFoundError(id);
    return withoutSecrets(registration);
  };

  return {
    queue: ({ status, cursor }: { status: RegistrationStatus; cursor?: string | undefined }) => registrations.queue(status, cursor),

    async byId(id: string) {
      const registration = await loaded(id);
      return { registration, matches: matchesOf(registration, await actor.organisations()) };
    },

    /**
     * Creates the organisation (or joins the existing one named) and makes the contact person its
     * editor, inviting them if they are new to the county, with the approval email, in one transaction.
     */
    async approve({ id, expectedVersion, existingOrganisationId }: { id: string; expectedVersion: number; existingOrganisationId?: string | undefined }) {
      const registration = await loadAt(id, expectedVersion);
      const existing = await existingOrganisation(existingOrganisationId);
      const now = actor.now();
      const at = now.toISOString();
      const organisationId = existing?.id ?? organisationIdOf(tenantId, registration.id);
      // A new organisation takes the business id's marker with it; if the register already holds
      // the id, the coordinator is told so and can approve into that organisation instead.
      if (!existing) await organisations.requireBusinessIdFree(registration.businessId, organisationId);
      const decision = registrations.decisionOf(await decisionOf(registration, { status: 'approved', organisationId }, now));
      const associationName = registration.name.fi;
      const audit = (target: { userId: string; displayName: string }, action: 'invited' | 'rolesChanged', detail: string) =>
        staffAuditOf(actor, target, action, detail, at, `association-${registration.id}`);

      const known = await staff.byEmail(registration.contactEmail);
      const member = known ? await users.membership(known.userId) : null;
      if (member) {
        if (member.status === 'deactivated') throw new StaffStatusError("The contact person's access has ended; reactivate them on the staff page first.");
        const roles = member.roles.includes('orgEditor') ? member.roles : [...member.roles, 'orgEditor' as const];
        await staff.change(
          member,
          { roles },
          {
            now: at,
            coordinatorDelta: 0,
            audit: audit(member, 'rolesChanged', `orgEditor: ${associationName}`),
            notification: approvalEmailOf({ applicant: registration, tenant: actor.tenant, appUrl: actor.appUrl, newAccount: false }),
            also: [...decision, ...organisationWrites(registration, existing, member.userId, at)],
          },
        );
      } else {
        const account = await actor.accounts.ensureAccount({ tenantId, email: registration.contactEmail, displayName: registration.contactName, outsideCounty: true });
        const invited = { userId: account.userId, displayName: registration.contactName, email: registration.contactEmail, roles: ['orgEditor' as const], status: 'invited' as const };
        await staff.invite(invited, `association-${registration.id}`, {
          now: at,
          coordinatorDelta: 0,
          audit: audit(invited, 'invited', `orgEditor: ${associationName}`),
          notification: approvalEmailOf({ applicant: registration, tenant: actor.tenant, appUrl: actor.appUrl, newAccount: true }),
          also: [...decision, ...organisationWrites(registration, existing, account.userId, at)],
        });
      }
      return { registration: await loaded(id), organisationId };
    },

    /** Closes the registration and tells the applicant why, in their language. */
    async reject({ id, expectedVersion, reason }: { id: string; expectedVersion: number; reason: string }) {
      const registration = await loadAt(id, expectedVersion);
      const now = actor.now();
      const decision = await decisionOf(registration, { status: 'rejected', rejectionReason: reason }, now);
      await registrations.decide(decision, rejectionEmailOf({ applicant: registration, tenant: actor.tenant, appUrl: actor.appUrl, reason }));
      return { registration: await loaded(id) };
    },
  };
};
