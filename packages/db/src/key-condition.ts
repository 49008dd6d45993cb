import { type IndexName, tableDefinition } from './table';

export const partitionAttributeOf = (index: IndexName | undefined): string =>
  index ? (tableDefinition.globalSecondaryIndexes.find((candidate) => candidate.indexName === index)?.partitionKey ?? '') : tableDefinition.partitionKey;

const sortAttributeOf = (index: IndexName | undefined): string =>
  index ? (tableDefinition.globalSecondaryIndexes.find((candidate) => candidate.indexName === index)?.sortKey ?? '') : tableDefinition.sortKey;

/** At most one of these narrows a Query to part of its partition. */
export interface SortCondition {
  sortKeyBeginsWith?: string | undefined;
  /** Strictly after. */
  sortKeyAfter?: string | undefined;
  /** From the first through the second, both included. */
  sortKeyBetween?: readonly [string, string] | undefined;
}

/** Only items whose `attribute` is `equals`, or with `orAbsent` also those without it. */
export interface ItemFilter {
  attribute: string;
  equals: string;
  orAbsent?: boolean;
}

/** `#p = :p`, with the sort key condition if one is given, and the names and values it uses. */
export const keyConditionOf = (index: IndexName | undefined, partition: string, { sortKeyBeginsWith, sortKeyAfter, sortKeyBetween }: SortCondition) => {
  const names: Record<string, string> = { '#p': partitionAttributeOf(index) };
  const values: Record<string, unknown> = { ':p': partition };
  let sortCondition = '';
  if (sortKeyBeginsWith !== undefined) {
    sortCondition = ' AND begins_with(#s, :s)';
    values[':s'] = sortKeyBeginsWith;
  } else if (sortKeyAfter !== undefined) {
    sortCondition = ' AND #s > :s';
    values[':s'] = sortKeyAfter;
  } else if (sortKeyBetween !== undefined) {
    sortCondition = ' AND #s BETWEEN :s AND :s2';
    values[':s'] = sortKeyBetween[0];
    values[':s2'] = sortKeyBetween[1];
  }
  if (sortCondition) names['#s'] = sortAttributeOf(index);
  return { expression: `#p = :p${sortCondition}`, names, values };
};

/** The FilterExpression of `filter` (none without one), with its names and values. */
export const filterExpressionOf = (filter: ItemFilter | undefined): { FilterExpression?: string; names: Record<string, string>; values: Record<string, unknown> } =>
  filter ? { FilterExpression: filter.orAbsent ? 'attribute_not_exists(#w) OR #w = :w' : '#w = :w', names: { '#w': filter.attribute }, values: { ':w': filter.equals } } : { names: {}, values: {} };
