/** The path of a person's page; a user id may hold characters that need escaping in a path. */
export const staffMemberPath = (tenant: string, userId: string): string => `/${tenant}/staff/${encodeURIComponent(userId)}`;
