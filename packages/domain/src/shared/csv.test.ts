import { describe, expect, it } from 'vitest';
import { csvLine, csvText } from './csv';

describe('csv', () => {
  it('quotes separators and quotes, and leaves numbers as they are', () => {
    expect(csvLine(['a;b', 'say "hi"', -1.5, 3, null])).toBe('"a;b";"say ""hi""";-1.5;3;');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '@user', '-x'])).toBe(`"'=HYPERLINK(""x"")";'+1;'@user;'-x`);
  });

  it('ends every line with CRLF', () => {
    expect(csvText(['a', 'b'])).toBe('a\r\nb\r\n');
  });
});
