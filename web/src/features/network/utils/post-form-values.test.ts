import { describe, expect, it } from 'vitest';
import { contentOf, emptyPostFormValues, valuesOf } from './post-form-values';

describe('post form values', () => {
  it('turns the practice form into content and back', () => {
    const values = {
      ...emptyPostFormValues('practice'),
      title: 'Asukasraati',
      body: 'Kuvaus',
      tags: ['osallisuus' as const],
      practice: { summary: 'a', operatingEnvironment: 'b', startingPoint: 'c', targetGroup: 'd', intendedChange: 'e', measurement: 'f', implementation: 'g', results: '', contact: 'h' },
      stage: 'piloted' as const,
      tools: 'Asukasraati\n\n Käyttäjätestaus ',
      links: 'Innokylä | https://www.innokyla.fi/',
      coAuthors: 'lappi/demo-coordinator',
    };
    const content = contentOf(values);
    expect(content).toMatchObject({
      kind: 'practice',
      practice: { tools: ['Asukasraati', 'Käyttäjätestaus'], links: [{ label: 'Innokylä', url: 'https://www.innokyla.fi/' }], coAuthors: ['lappi/demo-coordinator'], stage: 'piloted' },
    });
    expect(content.kind === 'practice' && 'results' in content.practice).toBe(false);
    expect(contentOf(valuesOf(content))).toEqual(content);
  });

  it('sends an event with its place only when one is given', () => {
    const content = contentOf({ ...emptyPostFormValues('event'), title: 'Tapaaminen', body: 'x', tags: ['hyte'], startsAt: '2027-02-10T13:00', onlineUrl: 'https://example.fi/' });
    expect(content).toMatchObject({ kind: 'event', event: { onlineUrl: 'https://example.fi/' } });
    expect(content.kind === 'event' && 'place' in content.event).toBe(false);
  });
});
