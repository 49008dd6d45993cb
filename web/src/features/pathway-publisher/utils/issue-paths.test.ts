import { describe, expect, it } from 'vitest';
import { fieldIdOf, issuesByPath, pathWordsOf } from './issue-paths';

describe('API issue paths in the editor', () => {
  it('reads a stage title translation in words', () => {
    expect(pathWordsOf('content.stages.1.title.sv')).toEqual({ stage: 2, field: 'title', language: 'sv' });
    expect(pathWordsOf('content.stages.0.items.2.url')).toEqual({ stage: 1, item: 3, field: 'url' });
    expect(pathWordsOf('changeSummary.en')).toEqual({ field: 'changeSummary', language: 'en' });
  });

  it('maps issues to form paths and ids', () => {
    expect(issuesByPath([{ path: 'content.title.fi', message: 'Required' }]).get('title.fi')).toBe('Required');
    expect(fieldIdOf('stages.1.title.fi')).toBe('pp-stages-1-title-fi');
  });
});

describe('nested field names', () => {
  it('joins them into one message key', () => {
    expect(pathWordsOf('content.stages.0.items.0.cost.description.fi')).toEqual({ stage: 1, item: 1, field: 'costDescription', language: 'fi' });
  });
});
