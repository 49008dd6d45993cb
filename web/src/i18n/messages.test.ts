import { describe, expect, it } from 'vitest';
import { messages as enResident } from './locales/en';
import { messages as enStaff } from './locales/en.staff';
import { messages as fiResident } from './locales/fi';
import { messages as fiStaff } from './locales/fi.staff';
import { messages as svResident } from './locales/sv';
import { messages as svStaff } from './locales/sv.staff';

/** A language's every message, as i18next has them once both sets have arrived. */
const fi = { ...fiResident, ...fiStaff };
const sv = { ...svResident, ...svStaff };
const en = { ...enResident, ...enStaff };

/** Every message as `[dotted key, text]`. */
const entriesOf = (messages: object, prefix = ''): Array<[string, unknown]> =>
  Object.entries(messages as Record<string, unknown>).flatMap(([key, value]): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null ? entriesOf(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );

/** Each key with the placeholders its text uses, which every translation must keep. */
const shapeOf = (messages: object): Record<string, string[]> =>
  Object.fromEntries(entriesOf(messages).map(([key, text]) => [key, [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort()]));

describe('message files', () => {
  it.each([
    ['sv', sv],
    ['en', en],
  ])('%s has the same keys and placeholders as fi', (_language, messages) => {
    expect(shapeOf(messages)).toEqual(shapeOf(fi));
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('%s has no empty messages', (_language, messages) => {
    const empty = entriesOf(messages).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('keeps the resident and staff sets apart, so merging one into the other replaces nothing', () => {
    const shared = Object.keys(fiResident).filter((key) => key in fiStaff);
    expect(shared).toEqual([]);
  });
});
