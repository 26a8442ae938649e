import { describe, expect, it } from 'vitest';
import { truncateMarkdown } from '../../shared/report/truncate.js';

const marker = '<!-- mlops-actions:pr-report/churn -->';

describe('truncateMarkdown', () => {
  it('returns a body that fits unchanged', () => {
    expect(truncateMarkdown(`${marker}\nshort`, 100)).toBe(`${marker}\nshort`);
  });

  it('cuts at a line boundary within the limit and says so', () => {
    const body = `${marker}\n${Array.from({ length: 500 }, (_, i) => `| row ${i} | 0.5 |`).join('\n')}`;
    const out = truncateMarkdown(body, 2_000);
    expect(out.length).toBeLessThanOrEqual(2_000);
    expect(out.startsWith(`${marker}\n| row 0 | 0.5 |`)).toBe(true);
    expect(out).toMatch(/\| row \d+ \| 0\.5 \|\n\n_Truncated to fit GitHub's 2,000-character limit/);
  });

  it('closes an open code fence and open <details> blocks at the cut', () => {
    const body = [marker, '<details><summary>Slices</summary>', '', '```text', ...Array.from({ length: 400 }, (_, i) => `line ${i}`), '```', '</details>'].join('\n');
    const out = truncateMarkdown(body, 1_000);
    expect(out.length).toBeLessThanOrEqual(1_000);
    const lines = out.split('\n');
    const fenceLines = lines.filter((l) => l.startsWith('```'));
    expect(fenceLines).toHaveLength(2);
    expect(out.match(/<details>/g)).toHaveLength(1);
    expect(out.match(/<\/details>/g)).toHaveLength(1);
    expect(out.indexOf('</details>')).toBeGreaterThan(out.lastIndexOf('```'));
    expect(out.indexOf('_Truncated')).toBeGreaterThan(out.indexOf('</details>'));
  });

  it('does not treat a fence inside a code block as closing it, nor a <details> inside code as open', () => {
    const body = ['````md', '```', '<details>', '```', ...Array.from({ length: 300 }, () => 'x'.repeat(20)), '````'].join('\n');
    const out = truncateMarkdown(body, 600);
    expect(out).toMatch(/\n````\n\n_Truncated/);
    expect(out).not.toContain('</details>');
  });

  it('keeps the marker even when it sat past the cut', () => {
    const body = `${'a line of text\n'.repeat(1_000)}${marker}`;
    const out = truncateMarkdown(body, 500);
    expect(out.length).toBeLessThanOrEqual(500);
    expect(out.startsWith(`${marker}\n`)).toBe(true);
  });

  it('cuts inside a single over-long line without splitting a surrogate pair', () => {
    const out = truncateMarkdown('😀'.repeat(1_000), 300);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
