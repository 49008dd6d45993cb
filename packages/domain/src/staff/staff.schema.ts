import * as z from 'zod';
import { userIdSchema } from '../identity/identity.schema';
import { membershipStatusSchema } from '../identity/membership';
import { type Role, roles } from '../identity/role.schema';

/** The roles a coordinator may grant in their own county; platform-wide roles are the operator's. */
export const countyRoles = ['professional', 'linkWorker', 'orgEditor', 'coordinator', 'networkMember'] as const satisfies readonly Role[];
export const countyRoleSchema = z.enum(countyRoles, { error: `must be one of ${countyRoles.join(', ')}` });
export type CountyRole = z.infer<typeof countyRoleSchema>;

/** Platform-wide roles, for the one check that refuses them by name. */
export const isCountyRole = (role: Role): role is CountyRole => (countyRoles as readonly Role[]).includes(role);

/** Emails are compared and stored lower-case: one person, one address, however it was typed. */
export const staffEmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'must be an email address such as etunimi.sukunimi@hyvinvointialue.fi' }))
  .transform((email) => email.toLowerCase());

/** At most this many organisations an editor is invited to at once. */
export const maxInvitedOrganisations = 10;

export const staffRolesSchema = z
  .array(countyRoleSchema)
  .min(1, { error: 'choose at least one role' })
  .max(countyRoles.length)
  .refine((chosen) => new Set(chosen).size === chosen.length, { error: 'lists a role twice' });

/** What a coordinator fills in to invite a colleague. */
export const staffInvitationSchema = z
  .object({
    email: staffEmailSchema,
    displayName: z.string().trim().min(2).max(200),
    title: z.string().trim().max(200).optional(),
    roles: staffRolesSchema,
    /** The organisations an `orgEditor` edits; required with that role, refused without it. */
    organisationIds: z.array(z.string().min(1).max(64)).max(maxInvitedOrganisations).default([]),
  })
  .strict()
  .refine((invitation) => invitation.roles.includes('orgEditor') || invitation.organisationIds.length === 0, {
    error: 'only an organisation editor edits organisations',
    path: ['organisationIds'],
  })
  .refine((invitation) => !invitation.roles.includes('orgEditor') || invitation.organisationIds.length > 0, {
    error: 'choose the organisations the editor edits',
    path: ['organisationIds'],
  });
export type StaffInvitation = z.infer<typeof staffInvitationSchema>;

/** A person of a county as the staff page shows them. */
export const staffMemberSchema = z.object({
  userId: userIdSchema,
  displayName: z.string(),
  title: z.string().optional(),
  email: z.string().optional(),
  roles: z.array(z.enum(roles)),
  status: membershipStatusSchema,
  version: z.number().int().positive(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** What the staff audit records name. */
export const staffAuditActions = ['invited', 'invitationResent', 'rolesChanged', 'deactivated', 'reactivated'] as const;
export type StaffAuditAction = (typeof staffAuditActions)[number];
