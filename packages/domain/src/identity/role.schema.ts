import * as z from 'zod';

/** Every role the platform knows. Cognito group names and development-token roles use these exact strings. */
export const roles = ['professional', 'linkWorker', 'orgEditor', 'coordinator', 'nationalPublisher', 'networkMember', 'platformAdmin'] as const;

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/**
 * Roles that act for the whole platform or the nation rather than for one county;
 * their identities carry no tenant.
 */
export const platformWideRoles: readonly Role[] = ['nationalPublisher', 'platformAdmin'];

export const isPlatformWideRole = (role: Role): boolean => platformWideRoles.includes(role);
