/** Roles whose members may start a referral (the API's `referrals.create`). */
const referrerRoles: readonly string[] = ['professional'];

export const canSuggestInReferral = (roles: readonly string[]): boolean => roles.some((role) => referrerRoles.includes(role));

/** The new-referral form with one pathway stage already suggested. */
export const referralSuggestionPath = (tenant: string, pathwayId: string, stageId: string): string =>
  `/${tenant}/referrals/new?${new URLSearchParams({ pathway: pathwayId, stage: stageId }).toString()}`;

/** The resident pages and the coordinator's editor of one pathway, under a county's path. */
export const pathwayPaths = (tenant: string, pathwayId?: string) => {
  const list = `/${tenant}/pathways`;
  const page = pathwayId ? `${list}/${pathwayId}` : list;
  return { list, page, local: `${page}/local`, feedback: `${page}/feedback` };
};

/** Groups pathways by target group in the vocabulary's order; groups with none are left out. */
export const groupByTargetGroup = <Item extends { targetGroup: string }>(items: readonly Item[], order: readonly string[]) => {
  const known = order.map((targetGroup) => ({ targetGroup, items: items.filter((item) => item.targetGroup === targetGroup) }));
  const unknown = items.filter((item) => !order.includes(item.targetGroup));
  return [...known, ...(unknown.length > 0 ? [{ targetGroup: 'other', items: unknown }] : [])].filter((group) => group.items.length > 0);
};
