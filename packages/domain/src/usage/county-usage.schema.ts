import * as z from 'zod';
import { tenantIdSchema } from '../tenants/tenant.schema';

/** A UTC calendar day, `YYYY-MM-DD`: usage is counted by the day, the same for every county. */
export const usageDaySchema = z.iso.date();

/** What a county used on one day, for attributing the platform's cost to it. */
export const countyUsageFiguresSchema = z.object({
  /** Members whose status is active when the day's figures were taken. */
  activeStaff: z.number().int().min(0),
  /** Published activities when the figures were taken. */
  listings: z.number().int().min(0),
  /** Referrals created during the day, in whatever state they are now. */
  referralsOpened: z.number().int().min(0),
  /** Requests to the API naming the county during the day, as its containers counted them. */
  apiRequests: z.number().int().min(0),
  /** Items whose partition key is the county's, when the figures were taken. */
  itemsStored: z.number().int().min(0),
  /** `itemsStored` times the table's average item size: an estimate for storage cost. */
  approxBytes: z.number().int().min(0),
});
export type CountyUsageFigures = z.infer<typeof countyUsageFiguresSchema>;

export const countyUsageSchema = countyUsageFiguresSchema.extend({
  tenantId: tenantIdSchema,
  day: usageDaySchema,
  /** When the daily job took the figures (after the day had ended). */
  measuredAt: z.string(),
  /** False when the day's count of stored items stopped at its page budget: the figure is then a lower bound. */
  storageComplete: z.boolean(),
});
export type CountyUsage = z.infer<typeof countyUsageSchema>;

/** How many days back the operator may look at once: about a quarter. */
export const maxUsageDays = 92;

export const countyUsageInputSchema = z
  .object({
    /** The period, ending with the latest counted day; 30 by default. */
    days: z.number().int().min(1).max(maxUsageDays).default(30),
    /** One county whose figures for each day of the period come back too. */
    county: tenantIdSchema.optional(),
  })
  .strict();
export type CountyUsageQuery = z.output<typeof countyUsageInputSchema>;
