import { type Activity, type ActivityChange, createActivityRepository, ItemAlreadyExistsError, ItemVersionConflictError } from '@linkki/db';
import {
  type ActivityContent,
  ActivityNotFoundError,
  coordinatorOnlyActions,
  type ListingStatus,
  type ModerationAction,
  needsVerification,
  nextListingStatus,
  OrganisationNotEditableError,
  requireCountyMunicipalities,
  type Tenant,
} from '@linkki/domain';
import { idempotentId } from '../../../idempotent-id';
import { changeForAction } from './activity-changes';
import { editableOrganisationConditions, isCoordinator, type ListingActor, readIfEditable, requireEditableOrganisation } from './listing-access';

/** The same request id always names the same activity, so a retried create cannot make two. */
export const activityIdFor = (tenantId: string, requestId: string): string => idempotentId([tenantId, requestId], { prefix: 'a-' });

const requireMunicipality = (tenant: Tenant, content: ActivityContent) => requireCountyMunicipalities(tenant.municipalities, [content.municipality], 'content.municipality');

const withFlags = (activity: Activity, now: Date) => ({ ...activity, needsVerification: needsVerification(activity.lastVerifiedAt, now) });

/**
 * The status a listing is created in: a draft, or submitted at once, which for a coordinator
 * (who approves their own) means published.
 */
const createdStatus = (actor: ListingActor, submit: boolean): ListingStatus => {
  if (!submit) return 'draft';
  const submitted = nextListingStatus('draft', 'submit');
  return isCoordinator(actor) ? nextListingStatus(submitted, 'approve') : submitted;
};

/**
 * Self-service editing and moderation of listings; every write is version-checked. A write reads
 * the listing once and sends one transaction, which carries the actor's right to edit as a
 * condition (see listing-access): two requests, however the listing changes.
 */
export const createListingsService = (actor: ListingActor & { tenant: Tenant; now: () => Date }) => {
  const activities = createActivityRepository({ gateway: actor.gateway, tenantId: actor.tenantId });

  /** The listing a change is computed from, read strongly consistently. */
  const current = async (id: string): Promise<Activity> => {
    const activity = await activities.byId(id, { consistent: true });
    if (!activity) throw new ActivityNotFoundError(id);
    return activity;
  };

  /**
   * Runs what a write checks before it is sent. When a check fails the actor's right is checked
   * first, as before any write: a refused actor learns nothing of the listing from the answer.
   */
  const checkedBeforeWrite = async <T>(organisationIds: readonly string[], check: () => T | Promise<T>): Promise<T> => {
    try {
      return await check();
    } catch (error) {
      await Promise.all(organisationIds.map((organisationId) => requireEditableOrganisation(actor, organisationId)));
      throw error;
    }
  };

  /**
   * A change is computed from the listing as read (consistently), so it is sent only when that is
   * the version the caller saw; the write's own condition then catches one that lands in between.
   */
  const requireVersion = (read: Activity, expectedVersion: number): void => {
    if (read.version !== expectedVersion) throw new ItemVersionConflictError(expectedVersion);
  };

  /** Sends a change conditional on the caller's version and on the right to edit `organisationIds`; the answer is the listing the write left. */
  const send = (change: ActivityChange, organisationIds: readonly string[], now: string): Promise<Activity> => activities.apply(change, now, editableOrganisationConditions(actor, organisationIds));

  return {
    /** One Query of the listing and its moderation request, then the actor's right: two requests. */
    async byId(id: string) {
      const found = await activities.withModeration(id);
      if (!found) throw new ActivityNotFoundError(id);
      await requireEditableOrganisation(actor, found.activity.content.organisationId);
      return { ...withFlags(found.activity, actor.now()), moderation: found.activity.awaitingModeration ? found.moderation : null };
    },

    async listForOrganisation(organisationId: string, cursor?: string) {
      const page = await readIfEditable(actor, organisationId, () => activities.listByOrganisation(organisationId, cursor));
      return { ...page, items: page.items.map((activity) => withFlags(activity, actor.now())) };
    },

    /** One transaction: the listing (with its moderation request when submitted) and the right to edit its organisation. */
    async create({ requestId, content, submit }: { requestId: string; content: ActivityContent; submit: boolean }) {
      await checkedBeforeWrite([content.organisationId], () => requireMunicipality(actor.tenant, content));
      const id = activityIdFor(actor.tenantId, requestId);
      try {
        const created = await activities.create(
          { id, status: createdStatus(actor, submit), content, userId: actor.userId },
          actor.now().toISOString(),
          editableOrganisationConditions(actor, [content.organisationId]),
        );
        return withFlags(created, actor.now());
      } catch (error) {
        if (!(error instanceof ItemAlreadyExistsError)) throw error;
        const existing = await activities.byId(id, { consistent: true });
        if (existing?.createdBy !== actor.userId) throw error;
        return withFlags(existing, actor.now());
      }
    },

    /**
     * Saves new content. An editor's change to a published listing becomes a proposal in the
     * moderation queue and the live listing stays; a coordinator's change applies at once.
     */
    async update({ id, expectedVersion, content }: { id: string; expectedVersion: number; content: ActivityContent }) {
      const activity = await current(id);
      const organisationIds = [activity.content.organisationId, content.organisationId];
      await checkedBeforeWrite(organisationIds, () => {
        requireVersion(activity, expectedVersion);
        requireMunicipality(actor.tenant, content);
      });
      const now = actor.now().toISOString();
      const proposes = activity.status === 'published' && !isCoordinator(actor);
      const base = { activity, userId: actor.userId };
      const change: ActivityChange = proposes
        ? {
            ...base,
            changes: { awaitingModeration: true },
            moderation: { put: { activityId: id, organisationId: content.organisationId, proposed: content, submittedBy: actor.userId, submittedAt: now } },
          }
        : { ...base, changes: { content } };
      return withFlags(await send(change, organisationIds, now), actor.now());
    },

    async transition({ id, expectedVersion, action, reason }: { id: string; expectedVersion: number; action: ModerationAction; reason?: string | undefined }) {
      const activity = await current(id);
      const organisationIds = [activity.content.organisationId];
      const now = actor.now().toISOString();
      const change = await checkedBeforeWrite(organisationIds, async () => {
        requireVersion(activity, expectedVersion);
        if (coordinatorOnlyActions.includes(action) && !isCoordinator(actor)) throw new OrganisationNotEditableError(activity.content.organisationId);
        // Only moderating a published listing's proposal needs the proposal itself.
        const moderation = activity.awaitingModeration && activity.status === 'published' ? await activities.moderationOf(id, { consistent: true }) : null;
        return changeForAction(activity, moderation, { action, reason, userId: actor.userId, now });
      });
      return withFlags(await send(change, organisationIds, now), actor.now());
    },

    async verify({ id, expectedVersion }: { id: string; expectedVersion: number }) {
      const activity = await current(id);
      const organisationIds = [activity.content.organisationId];
      await checkedBeforeWrite(organisationIds, () => requireVersion(activity, expectedVersion));
      const now = actor.now().toISOString();
      const change = { activity, userId: actor.userId, changes: { lastVerifiedAt: now } };
      return withFlags(await send(change, organisationIds, now), actor.now());
    },

    async moderationQueue(cursor?: string) {
      const page = await activities.moderationQueue(cursor);
      const byId = await activities.byIds(page.items.map((request) => request.activityId));
      const items = page.items.flatMap((request) => {
        const activity = byId.get(request.activityId);
        return activity ? [{ request, activity }] : [];
      });
      return { ...page, items };
    },
  };
};
