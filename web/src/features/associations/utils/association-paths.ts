/** The public registration form of a county. */
export const registerPath = (tenant: string): string => `/${tenant}/associations/register`;

/** The coordinators' queue, showing registrations in `status` (the waiting ones by default). */
export const queuePath = (tenant: string, status?: string): string => `/${tenant}/associations${status && status !== 'pending' ? `?status=${status}` : ''}`;

/** One registration's page; an id may hold characters that need escaping in a path. */
export const registrationPath = (tenant: string, id: string): string => `/${tenant}/associations/${encodeURIComponent(id)}`;
