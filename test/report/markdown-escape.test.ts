import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownCell } from '../../shared/report/markdown-escape.js';

/** Splits a Markdown table row into cells the way GFM does: on pipes not escaped with a backslash. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

describe('escapeMarkdown', () => {
  it('turns an HTML payload into inert text', () => {
    const s = escapeMarkdown('<img src=x onerror=alert(1)>');
    expect(s).not.toMatch(/[<>]/);
    expect(s).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps a pipe from splitting a table cell', () => {
    const row = `| ${escapeMarkdown('a|b')} | x |`;
    expect(cells(row)).toHaveLength(2);
  });

  it('writes entities whole, so a pipe or backtick renders as itself and a # stays escaped', () => {
    expect(escapeMarkdown('a|b')).toBe('a&#124;b');
    expect(escapeMarkdown('`x`')).toBe('&#96;x&#96;');
    expect(escapeMarkdown('#1')).toBe('\\#1');
  });

  it('neutralises @mentions of users and teams while keeping the text readable', () => {
    const s = escapeMarkdown('ping @org/team and @octocat');
    expect(s).not.toMatch(/@[A-Za-z0-9]/);
    expect(s.replaceAll('\u200D', '')).toBe('ping @org/team and @octocat');
  });

  it('escapes ampersands first so entities in the input stay literal', () => {
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
  });

  it('keeps backticks from opening a code span', () => {
    expect(escapeMarkdown('`rm -rf`')).not.toContain('`');
  });

  it('puts a multi-line value on one line', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
  });

  it('escapes emphasis and link syntax', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) *b* _i_')).toBe('\\[x\\](javascript:alert(1)) \\*b\\* \\_i\\_');
  });

  it('shortens long cells by characters, not UTF-16 units', () => {
    const s = escapeMarkdownCell('😀'.repeat(300), 10);
    expect([...s]).toHaveLength(10);
    expect(s.endsWith('…')).toBe(true);
  });
});
