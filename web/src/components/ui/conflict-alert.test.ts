import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConflictAlert } from './conflict-alert';

const texts = { title: 'Joku muutti tätä samaan aikaan', body: 'Mitään ei korvattu.', reloadLabel: 'Lataa uudelleen' };

describe('ConflictAlert', () => {
  it('announces the conflict as a focusable alert with its title, explanation and a reload button', () => {
    const html = renderToStaticMarkup(createElement(ConflictAlert, { ...texts, error: new Error('CONFLICT'), onReload: () => undefined }));
    expect(html).toContain('role="alert"');
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('<p class="alert__title">Joku muutti tätä samaan aikaan</p>');
    expect(html).toContain('<p>Mitään ei korvattu.</p>');
    expect(html).toContain('<button type="button" class="button button--secondary">Lataa uudelleen</button>');
  });

  it('offers no reload where the page has nothing to reload', () => {
    const html = renderToStaticMarkup(createElement(ConflictAlert, { ...texts, error: new Error('CONFLICT') }));
    expect(html).not.toContain('<button');
  });
});
