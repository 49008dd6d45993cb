import { describe, expect, it } from 'vitest';
import { contentForSave, entryEditing, minimalContent, moveBy, newId, newItem, removeAt, replaceAt, toggleCode, trimText } from './content-editing';

describe('pathway content editing', () => {
  it('makes ids the API accepts', () => {
    expect(newId('s')).toMatch(/^s-[0-9a-f]{8}$/);
    expect(newId('i', () => 0.99)).toBe('i-ffffffff');
  });

  it('moves an entry up and down and ignores moves past the ends', () => {
    expect(moveBy(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveBy(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('removes and replaces by position', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(replaceAt(['a', 'b'], 0, 'x')).toEqual(['x', 'b']);
  });

  it('toggles a language code once', () => {
    expect(toggleCode(['fi'], 'sv', true)).toEqual(['fi', 'sv']);
    expect(toggleCode(['fi', 'sv'], 'sv', true)).toEqual(['fi', 'sv']);
    expect(toggleCode(['fi', 'sv'], 'fi', false)).toEqual(['sv']);
  });

  it('drops blank translations and blank optional texts', () => {
    expect(trimText({ fi: 'Hei', sv: '', en: 'Hi' })).toEqual({ fi: 'Hei', en: 'Hi' });
    expect(trimText({ fi: ' ', sv: 'Hej' })).toBeUndefined();
  });

  it('keeps stage and item ids when cleaning the content for saving', () => {
    const content = minimalContent('type2Risk', 'Polku', 'Vaihe');
    const stage = content.stages[0]!;
    const item = { ...newItem('i-00000001'), title: { fi: 'Testi', sv: '', en: '' }, url: '', description: { fi: '' } };
    const cleaned = contentForSave({ ...content, stages: [{ ...stage, items: [item] }] });
    expect(cleaned.stages[0]?.id).toBe(stage.id);
    expect(cleaned.stages[0]?.items[0]).toEqual({
      id: 'i-00000001',
      kind: 'information',
      title: { fi: 'Testi' },
      providerKind: 'diabetesliitto',
      providerName: '',
      languages: ['fi'],
      cost: { free: true },
    });
  });
});

describe('one entry editing its list', () => {
  it('changes, moves and removes itself', () => {
    let list = ['a', 'b', 'c'];
    const set = (next: string[]) => (list = next);
    entryEditing(list, set, 1).onChange('x');
    expect(list).toEqual(['a', 'x', 'c']);
    entryEditing(list, set, 1).onMove(1);
    expect(list).toEqual(['a', 'c', 'x']);
    entryEditing(list, set, 0).onRemove();
    expect(list).toEqual(['c', 'x']);
  });
});
