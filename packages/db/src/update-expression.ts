import { tableDefinition } from './table';

export interface UpdateExpression {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/**
 * `SET` for every change with a value, `REMOVE` for every change set to undefined (an item
 * leaving a sparse index), plus the version bump and `updatedAt`, conditional on the version.
 */
export const versionedUpdateOf = (changes: Record<string, unknown>, expectedVersion: number, now: string): UpdateExpression => {
  const names: Record<string, string> = { '#version': tableDefinition.versionAttribute, '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':expected': expectedVersion, ':one': 1, ':now': now };
  const sets = ['#version = #version + :one', '#updatedAt = :now'];
  const removes: string[] = [];
  Object.entries(changes).forEach(([name, value], position) => {
    names[`#a${position}`] = name;
    if (value === undefined) {
      removes.push(`#a${position}`);
    } else {
      values[`:v${position}`] = value;
      sets.push(`#a${position} = :v${position}`);
    }
  });
  const expression = `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`;
  return { expression, names, values };
};

export const versionCondition = 'attribute_exists(pk) AND #version = :expected';
