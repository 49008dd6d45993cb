import { describe, expect, it } from 'vitest';
import { placeLocalAdditions } from './local-addition.schema';
import { PathwayNotPublishableError, PathwayUnchangedError } from './pathway-errors';
import { assertPublishable, sameContent, translationGaps } from './pathway-publishing';
import { type PathwayContent, pathwayContentSchema } from './pathway.schema';

const trio = (fi: string) => ({ fi, sv: `${fi} sv`, en: `${fi} en` });
const complete: PathwayContent = {
  targetGroup: 'closeOnes',
  title: trio('Läheiset'),
  introduction: trio('Johdanto'),
  stages: [{ id: 'alku', title: trio('Alku'), description: { fi: 'Kuvaus' }, items: [] }],
};

describe('publishing rules', () => {
  it('needs Swedish and English for the title, introduction and stage titles', () => {
    expect(translationGaps(complete)).toEqual([]);
    const finnishOnly = { ...complete, introduction: { fi: 'Vain suomeksi' }, stages: [{ ...complete.stages[0]!, title: { fi: 'Alku', sv: 'Början' } }] };
    expect(translationGaps(finnishOnly)).toEqual(['content.introduction.sv', 'content.introduction.en', 'content.stages.0.title.en']);
    expect(() => assertPublishable(finnishOnly, null)).toThrow(PathwayNotPublishableError);
  });

  it('refuses a draft identical to the newest version, whatever its key order', () => {
    const reordered = JSON.parse(JSON.stringify({ stages: complete.stages, introduction: complete.introduction, title: complete.title, targetGroup: complete.targetGroup })) as PathwayContent;
    expect(sameContent(complete, reordered)).toBe(true);
    expect(() => assertPublishable(reordered, { number: 3, content: complete })).toThrow(PathwayUnchangedError);
    expect(() => assertPublishable({ ...complete, title: trio('Uusi') }, { number: 3, content: complete })).not.toThrow();
  });

  it('parses content with unique stage ids only', () => {
    expect(pathwayContentSchema.safeParse(complete).success).toBe(true);
    const twice = pathwayContentSchema.safeParse({ ...complete, stages: [complete.stages[0], complete.stages[0]] });
    expect(twice.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['stages.1.id']);
  });
});

describe('placeLocalAdditions', () => {
  it('groups additions by the stages of the newest version and keeps the rest for re-homing', () => {
    const additions = [
      { id: '1', stageId: 'arki' },
      { id: '2', stageId: 'poistettu' },
      { id: '3', stageId: 'arki' },
    ];
    const { byStage, needsRehoming } = placeLocalAdditions(['alku', 'arki'], additions);
    expect(byStage.get('alku')).toEqual([]);
    expect(byStage.get('arki')?.map((addition) => addition.id)).toEqual(['1', '3']);
    expect(needsRehoming.map((addition) => addition.id)).toEqual(['2']);
  });
});
