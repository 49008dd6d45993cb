const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The tenant a path belongs to: its first segment when that is a well-formed county slug
 * (`/pohjois-savo/me` → `pohjois-savo`); null for `/` and for paths no county could have.
 */
export const tenantSlugFromPath = (pathname: string): string | null => {
  const first = pathname.split('/')[1] ?? '';
  return first.length >= 2 && first.length <= 40 && slugPattern.test(first) ? first : null;
};
