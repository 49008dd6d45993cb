import { createExportDownloadRepository, createTenantRepository, createTenantSettingsRepository, type ExportDownload, ItemVersionConflictError, type TableAccess } from '@linkki/db';
import {
  type CountyConfirmation,
  CountyDeletionNotAllowedError,
  CountyExportNotReadyError,
  type CountyOnboarding,
  graceEndOf,
  requireDeletionConfirmable,
  requireCountyTransition,
  requireReferenceMunicipalities,
  type Tenant,
  TenantNotFoundError,
  wellbeingCounties,
} from '@linkki/domain';
import type { AccountDirectory } from '../../auth/account-directory';
import type { ExportStore } from '../../exports/export-store';
import { createStaffService } from '../staff/staff.service';

/** The platform operator, acting on counties. */
export interface OperatorActor {
  tables: TableAccess;
  userId: string;
  displayName?: string | undefined;
  accounts: AccountDirectory;
  appUrl: string;
  exports: ExportStore;
  now: () => Date;
  /** Told of every registry change, so this container sees it at once. */
  registryChanged: () => void;
}

/**
 * The operator's control of the counties: onboarding a registered county (its municipalities,
 * languages, retention and first coordinator), suspending and reactivating it. The county becomes
 * active when its first coordinator signs in.
 */
export const createCountiesService = (actor: OperatorActor) => {
  const registry = createTenantRepository(actor.tables.platform);
  const downloads = createExportDownloadRepository(actor.tables.platform);

  const load = async (slug: string) => {
    const tenant = await registry.versioned(slug);
    if (!tenant) throw new TenantNotFoundError(slug);
    return tenant;
  };

  const loadAt = async (slug: string, expectedVersion: number) => {
    const tenant = await load(slug);
    if (tenant.version !== expectedVersion) throw new ItemVersionConflictError(expectedVersion);
    return tenant;
  };

  const move = async (slug: string, expectedVersion: number, action: 'suspend' | 'reactivate' | 'cancelOffboarding', changes: Partial<Pick<Tenant, 'offboarding'>> = {}) => {
    const tenant = await loadAt(slug, expectedVersion);
    const status = requireCountyTransition(slug, tenant.status, action);
    const changed = await registry.update(slug, expectedVersion, { status, ...changes });
    actor.registryChanged();
    return changed;
  };

  return {
    /** Every county with its status and version, by name; a leaving county with who has downloaded its archive. */
    async list(): Promise<(Tenant & { version: number; exportDownloads?: ExportDownload[] })[]> {
      const tenants = await registry.listVersioned();
      const listed = await Promise.all(tenants.map(async (tenant) => (tenant.offboarding?.export ? { ...tenant, exportDownloads: await downloads.of(tenant.slug) } : tenant)));
      return listed.sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi'));
    },

    /**
     * Invites the first coordinator into the county (idempotent by `requestId`), sets its
     * retention, then marks it onboarding. The steps are separate writes, as the county's own
     * items and the registry are reached with different credentials in AWS; a retry finishes them.
     */
    async onboard({ requestId, onboarding }: { requestId: string; onboarding: CountyOnboarding }) {
      const tenant = await load(onboarding.slug);
      requireCountyTransition(tenant.slug, tenant.status, 'onboard');
      const reference = wellbeingCounties.find((county) => county.slug === tenant.slug)?.municipalities ?? [];
      requireReferenceMunicipalities(reference, onboarding.municipalities);
      const gateway = actor.tables.tenant(tenant.slug);
      const coordinator = await createStaffService({ ...actor, gateway, tenant: { ...tenant, municipalities: onboarding.municipalities } }).invite({
        requestId,
        invitation: { ...onboarding.coordinator, roles: ['coordinator'], organisationIds: [] },
      });
      try {
        await createTenantSettingsRepository({ gateway, tenantId: tenant.slug }).save({ contactRequestRetentionDays: onboarding.contactRequestRetentionDays }, 0);
      } catch (error) {
        // A retry finds the settings its first attempt saved.
        if (!(error instanceof ItemVersionConflictError)) throw error;
      }
      const onboarded = await registry.update(tenant.slug, tenant.version, {
        status: 'onboarding',
        municipalities: onboarding.municipalities,
        extraLanguages: onboarding.extraLanguages,
      });
      actor.registryChanged();
      return { county: onboarded, coordinator };
    },

    suspend: ({ slug, expectedVersion }: { slug: string; expectedVersion: number }) => move(slug, expectedVersion, 'suspend'),
    reactivate: ({ slug, expectedVersion }: { slug: string; expectedVersion: number }) => move(slug, expectedVersion, 'reactivate'),

    /**
     * Starts the county's leaving: residents see a notice and staff are refused at once, the export
     * job makes its archive, and its deletion can be confirmed when the grace period is over.
     */
    async offboard({ slug, expectedVersion }: CountyConfirmation) {
      const tenant = await loadAt(slug, expectedVersion);
      const status = requireCountyTransition(slug, tenant.status, 'offboard');
      const now = actor.now();
      const changed = await registry.update(slug, expectedVersion, {
        status,
        offboarding: { startedAt: now.toISOString(), startedBy: actor.displayName ?? actor.userId, deleteFrom: graceEndOf(now) },
      });
      actor.registryChanged();
      return changed;
    },

    /** Keeps the county after all, suspended until the operator reactivates it. The archive made stays in the bucket until it expires; a new offboarding makes a new one. */
    async cancelOffboarding({ slug, expectedVersion }: { slug: string; expectedVersion: number }) {
      const tenant = await loadAt(slug, expectedVersion);
      if (tenant.offboarding?.deletionConfirmedAt) throw new CountyDeletionNotAllowedError('The deletion has been confirmed; it can no longer be cancelled.');
      return move(slug, expectedVersion, 'cancelOffboarding', { offboarding: undefined });
    },

    /** The operator's confirmation, after the grace period and with the archive made, that the deletion job may remove the county's data. */
    async confirmDeletion({ slug, expectedVersion }: CountyConfirmation) {
      const tenant = await loadAt(slug, expectedVersion);
      requireCountyTransition(slug, tenant.status, 'confirmDeletion');
      const offboarding = requireDeletionConfirmable(tenant.offboarding, actor.now());
      const changed = await registry.update(slug, expectedVersion, {
        offboarding: { ...offboarding, deletionConfirmedAt: actor.now().toISOString(), deletionConfirmedBy: actor.displayName ?? actor.userId },
      });
      actor.registryChanged();
      return changed;
    },

    /**
     * A short-lived link to the county's export archive. The archive holds all of the county's
     * personal data, so each link handed out is recorded (who, and when), apart from the county's
     * items, so the record outlives their deletion.
     */
    async exportLink({ slug }: { slug: string }) {
      const tenant = await load(slug);
      const { offboarding } = tenant;
      if (!offboarding) throw new CountyDeletionNotAllowedError(`The county ${slug} is not being offboarded; it has no export.`);
      const made = offboarding.export;
      // An archive that has expired is made again by the job while the county's data is whole.
      if (!made || !(await actor.exports.exists(made.key))) throw new CountyExportNotReadyError(slug);
      await downloads.record(slug, { at: actor.now().toISOString(), by: actor.displayName ?? actor.userId });
      const fileName = made.key.split('/').pop() ?? `linkki-${slug}.zip`;
      return { ...(await actor.exports.downloadLink(made.key, fileName)), fileName, bytes: made.bytes, items: made.items };
    },
  };
};
