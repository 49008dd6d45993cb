import * as z from 'zod';
import { DomainError } from '../shared/errors';
import { staffEmailSchema } from '../staff/staff.schema';
import { tenantIdSchema, type TenantStatus } from './tenant.schema';

/** What the platform operator fills in to take a registered county into use. */
export const countyOnboardingSchema = z
  .object({
    slug: tenantIdSchema,
    municipalities: z
      .array(z.string().trim().min(2).max(60))
      .min(1, { error: 'choose the municipalities of the county' })
      .max(60)
      .refine((names) => new Set(names).size === names.length, { error: 'lists a municipality twice' }),
    extraLanguages: z
      .array(z.enum(['se', 'smn', 'sms']))
      .max(3)
      .default([]),
    contactRequestRetentionDays: z.number().int().min(7).max(730),
    coordinator: z.object({ email: staffEmailSchema, displayName: z.string().trim().min(2).max(200) }).strict(),
  })
  .strict();
export type CountyOnboarding = z.infer<typeof countyOnboardingSchema>;

export class CountyStatusError extends DomainError {
  override readonly name = 'CountyStatusError';
  readonly kind = 'conflict';
  constructor(slug: string, status: TenantStatus, wanted: string) {
    super(`The county ${slug} is ${status}: it cannot be ${wanted}.`);
  }
}

export class CountyMunicipalityUnknownError extends DomainError {
  override readonly name = 'CountyMunicipalityUnknownError';
  readonly kind = 'invalid';
  constructor(readonly municipalities: readonly string[]) {
    super(`Invalid input: municipalities: ${municipalities.join(', ')} is not a municipality of this county in the reference data`);
  }
}

/** Which status each operator action moves a county from, and to. */
export const countyTransitions = {
  onboard: { from: ['registered', 'onboarding'], to: 'onboarding' },
  suspend: { from: ['active', 'onboarding'], to: 'suspended' },
  reactivate: { from: ['suspended'], to: 'active' },
  offboard: { from: ['onboarding', 'active', 'suspended'], to: 'offboarding' },
  /** Back out of leaving during the grace period: the county waits, suspended, for the operator to reactivate it. */
  cancelOffboarding: { from: ['offboarding'], to: 'suspended' },
  confirmDeletion: { from: ['offboarding'], to: 'offboarding' },
} as const satisfies Record<string, { from: readonly TenantStatus[]; to: TenantStatus }>;

export type CountyAction = keyof typeof countyTransitions;

const actionWords: Record<CountyAction, string> = {
  onboard: 'onboarded',
  suspend: 'suspended',
  reactivate: 'reactivated',
  offboard: 'offboarded',
  cancelOffboarding: 'kept',
  confirmDeletion: 'deleted',
};

/** Refuses an action the county's status does not allow. */
export const requireCountyTransition = (slug: string, status: TenantStatus, action: CountyAction): TenantStatus => {
  const transition = countyTransitions[action];
  if (!(transition.from as readonly TenantStatus[]).includes(status)) throw new CountyStatusError(slug, status, actionWords[action]);
  return transition.to;
};

/**
 * The municipalities must come from the county's reference list where the reference data has one;
 * for counties it does not cover yet, the operator names them.
 */
export const requireReferenceMunicipalities = (reference: readonly string[], chosen: readonly string[]): void => {
  if (reference.length === 0) return;
  const unknown = chosen.filter((name) => !reference.includes(name));
  if (unknown.length > 0) throw new CountyMunicipalityUnknownError(unknown);
};
