import type { ServerResponse } from 'node:http';

/** Text made safe to put between HTML tags and into quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

/** Tagged template that escapes every interpolated value unless it is already `SafeHtml`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may put in: text and numbers (escaped), safe fragments, or lists of them. */
type HtmlValue = string | number | boolean | null | undefined | SafeHtml | readonly HtmlValue[];

const piece = (part: HtmlValue): string => {
  if (part instanceof SafeHtml) return part.value;
  if (typeof part === 'object' && part !== null) return part.map(piece).join('');
  return escapeHtml(String(part ?? ''));
};

export const html = (strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml =>
  new SafeHtml(
    strings.reduce((out, string, index) => {
      if (index === 0) return string;
      return out + piece(values[index - 1]) + string;
    }, ''),
  );

const pageStyle =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'button{font:inherit;padding:.5rem 1rem;border:2px solid #0b5394;background:#0b5394;color:#fff;border-radius:4px;cursor:pointer}' +
  'button.secondary{background:#fff;color:#0b5394}button:focus-visible{outline:3px solid #f6b26b;outline-offset:2px}' +
  'ul{list-style:none;padding:0}li{border-top:1px solid #ccc;padding:.75rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;align-items:center}' +
  '.meta{color:#4a4a4a;margin:0}.alert{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fdecea}';

export interface PageContent {
  lang: string;
  title: string;
  body: SafeHtml;
}

/** A complete page of the local platform's own (a development tool, not the app). */
export const renderPage = ({ lang, title, body }: PageContent): string =>
  `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escapeHtml(title)}</title><style>${pageStyle}</style></head><body>${body.value}</body></html>`;

export const sendPage = (response: ServerResponse, { status = 200, ...content }: PageContent & { status?: number }): void => {
  response.statusCode = status;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(renderPage(content));
};
