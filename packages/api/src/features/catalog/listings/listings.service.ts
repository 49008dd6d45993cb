import { type Activity, createActivityRepository, ItemAlreadyExistsError } from '@linkki/db';
import {
  type ActivityContent,
  ActivityNotFoundError,
  coordinatorOnlyActions,
  type ModerationAction,
  needsVerification,
  OrganisationNotEditableError,
  requireCountyMunicipalities,
  type Tenant,
} from '@linkki/domain';
import { idempotentId } from '../../../idempotent-id';
import { changeForAction } from './activity-changes';
import { isCoordinator, type ListingActor, requireEditableOrganisation } from './listing-access';

/** The same request id always names the same activity, so a retried create cannot make two. */
export const activityIdFor = (tenantId: string, requestId: string): string => idempotentId([tenantId, requestId], { prefix: 'a-' });

const requireMunicipality = (tenant: Tenant, content: ActivityContent) => requireCountyMunicipalities(tenant.municipalities, [content.municipality], 'content.municipality');

const withFlags = (activity: Activity, now: Date) => ({ ...activity, needsVerification: needsVerification(activity.lastVerifiedAt, now) });

/** Self-service editing and moderation of listings; every write is version-checked. */
export const createListingsService = (actor: ListingActor & { tenant: Tenant; now: () => Date }) => {
  const activities = createActivityRepository({ gateway: actor.gateway, tenantId: actor.tenantId });

  const load = async (id: string): Promise<Activity> => {
    const activity = await activities.byId(id);
    if (!activity) throw new ActivityNotFoundError(id);
    await requireEditableOrganisation(actor, activity.content.organisationId);
    return activity;
  };

  return {
    async byId(id: string) {
      const activity = await load(id);
      return { ...withFlags(activity, actor.now()), moderation: activity.awaitingModeration ? await activities.moderationOf(id) : null };
    },

    async listForOrganisation(organisationId: string, cursor?: string) {
      await requireEditableOrganisation(actor, organisationId);
      const page = await activities.listByOrganisation(organisationId, cursor);
      return { ...page, items: page.items.map((activity) => withFlags(activity, actor.now())) };
    },

    async create({ requestId, content, submit }: { requestId: string; content: ActivityContent; submit: boolean }) {
      await requireEditableOrganisation(actor, content.organisationId);
      requireMunicipality(actor.tenant, content);
      const id = activityIdFor(actor.tenantId, requestId);
      try {
        await activities.create({ id, status: 'draft', content, userId: actor.userId });
      } catch (error) {
        if (!(error instanceof ItemAlreadyExistsError)) throw error;
        const existing = await activities.byId(id);
        if (existing?.createdBy !== actor.userId) throw error;
        return withFlags(existing, actor.now());
      }
      const created = await load(id);
      return submit ? this.transition({ id, expectedVersion: created.version, action: isCoordinator(actor) ? 'approveDirect' : 'submit' }) : withFlags(created, actor.now());
    },

    /**
     * Saves new content. An editor's change to a published listing becomes a proposal in the
     * moderation queue and the live listing stays; a coordinator's change applies at once.
     */
    async update({ id, expectedVersion, content }: { id: string; expectedVersion: number; content: ActivityContent }) {
      const activity = await load(id);
      await requireEditableOrganisation(actor, content.organisationId);
      requireMunicipality(actor.tenant, content);
      const now = actor.now().toISOString();
      const proposes = activity.status === 'published' && !isCoordinator(actor);
      await activities.apply(
        proposes
          ? {
              activity: { ...activity, version: expectedVersion },
              userId: actor.userId,
              changes: { awaitingModeration: true },
              moderation: { put: { activityId: id, organisationId: content.organisationId, proposed: content, submittedBy: actor.userId, submittedAt: now } },
            }
          : { activity: { ...activity, version: expectedVersion }, userId: actor.userId, changes: { content } },
        now,
      );
      return withFlags(await load(id), actor.now());
    },

    async transition({ id, expectedVersion, action, reason }: { id: string; expectedVersion: number; action: ModerationAction | 'approveDirect'; reason?: string | undefined }) {
      const activity = await load(id);
      const now = actor.now().toISOString();
      const steps: ModerationAction[] = action === 'approveDirect' ? ['submit', 'approve'] : [action];
      if (steps.some((step) => coordinatorOnlyActions.includes(step)) && !isCoordinator(actor)) throw new OrganisationNotEditableError(activity.content.organisationId);
      let current = { ...activity, version: expectedVersion };
      for (const step of steps) {
        const change = changeForAction(current, await activities.moderationOf(id), { action: step, reason, userId: actor.userId, now });
        await activities.apply(change, now);
        current = await load(id);
      }
      return withFlags(current, actor.now());
    },

    async verify({ id, expectedVersion }: { id: string; expectedVersion: number }) {
      const activity = await load(id);
      const now = actor.now().toISOString();
      await activities.apply({ activity: { ...activity, version: expectedVersion }, userId: actor.userId, changes: { lastVerifiedAt: now } }, now);
      return withFlags(await load(id), actor.now());
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
