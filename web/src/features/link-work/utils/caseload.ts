/** Open referrals before closed ones; within each, the order the server gave (newest first). */
export const openFirst = <Item extends { state: string }>(items: readonly Item[], closedStates: readonly string[]): Item[] =>
  [...items].sort((a, b) => Number(closedStates.includes(a.state)) - Number(closedStates.includes(b.state)));
