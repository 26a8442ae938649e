/**
 * The report renderers on what the steps produce from hostile names and values: metric names and
 * column names of any text, values of any size. Each report renders without a throw, stays within
 * GitHub's comment limit, and never lets a name open an HTML tag or a table column of its own.
 */
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../shared/compare/compare.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { renderCheckRunOutput, renderComparisonComment, renderComparisonSummary } from '../../shared/report/comparison-comment.js';
import { renderEvaluationSummary, renderEvaluationText } from '../../shared/report/evaluation-summary.js';
import { renderProfileTable } from '../../shared/report/profile-table.js';
import { renderValidationSummary } from '../../shared/report/validation-summary.js';
import { isMlopsError } from '../../shared/runtime/errors.js';
import { fuzzParameters } from './fuzz-support.js';

const COMMENT_LIMIT = 65_536;
const scratch = mkdtempSync(join(tmpdir(), 'mlops-fuzz-render-'));
let serial = 0;

/** Names people and tools write, and names meant to break Markdown, HTML or our own keys. */
const hostileName = fc.oneof(
  fc.constantFrom('roc_auc', 'accuracy', 'test/roc_auc', 'a|b', '<script>alert(1)</script>', '@org/team', '`x`', '[x](javascript:1)', '<!-- x -->', 'constructor', 'prototype', 'toString', '\u202e', '*x*', '<img src=x>', '#1'),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
);

/** No name may open a tag of its own in Markdown GitHub renders (escaped as &lt;). */
function expectNoRawTag(md: string): void {
  expect(md).not.toMatch(/<(script|img)\b/i);
}

describe('fuzzed names and values render as text', () => {
  it('evaluation and comparison reports of imported metrics with any names and values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(hostileName, fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minKeys: 1, maxKeys: 12 }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        async (metrics, shift) => {
          const dir = join(scratch, String(serial++));
          await mkdir(dir, { recursive: true });
          try {
            // JSON text written by hand: fc.dictionary may hold "__proto__", which importers refuse.
            const json = `{${Object.entries(metrics).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
            const bjson = `{${Object.entries(metrics).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v + shift)}`).join(', ')}}`;
            await writeFile(join(dir, 'head.json'), json);
            await writeFile(join(dir, 'base.json'), bjson);
            let head, base;
            try {
              head = (await evaluate({ importPath: join(dir, 'head.json') })).report;
              base = (await evaluate({ importPath: join(dir, 'base.json') })).report;
            } catch (e) {
              if (isMlopsError(e) && e.exitCode === 2) return; // e.g. names that flatten to one key
              throw e;
            }
            expectNoRawTag(renderEvaluationSummary(head));
            renderEvaluationText(head);
            const rules = Object.fromEntries(Object.keys(head.metrics).map((name) => [name, { direction: 'higher' as const, max_regression: 0.01 }]));
            const c = compareReports(head, base, { metrics: rules });
            const ctx = { model: '<b>@team|x</b>', baseline: { kind: 'file' as const, file: 'base|<img src=x>.json' } };
            const comment = renderComparisonComment(c, ctx);
            expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
            expectNoRawTag(comment);
            expectNoRawTag(renderComparisonSummary(c, ctx));
            expect(renderCheckRunOutput(c, ctx).summary.length).toBeLessThanOrEqual(COMMENT_LIMIT);
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        },
      ),
      fuzzParameters(25),
    );
  });

  it('validation summaries and profile tables of data with any column names and cells', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.double().map(String), fc.constantFrom('', 'NA', 'null', '<b>', '|', '1e308'));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(hostileName, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 20 }), async (names, rows) => {
        const dir = join(scratch, String(serial++));
        await mkdir(dir, { recursive: true });
        try {
          const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
          const text = [names.map(q).join(','), ...rows.map((r) => r.slice(0, names.length).map(q).join(','))].join('\n') + '\n';
          await writeFile(join(dir, 'data.csv'), text);
          let result;
          try {
            result = await validateData({ data: join(dir, 'data.csv'), parallel: false });
          } catch (e) {
            if (isMlopsError(e) && e.exitCode === 2) return; // a header the CSV reader refuses
            throw e;
          }
          const md = renderValidationSummary(result.report, result.profile, { data: 'data|<img src=x>.csv' });
          expectNoRawTag(md);
          // The profile table is terminal text (`mlops profile show`), not Markdown: it must only render.
          renderProfileTable(result.profile);
          expect(md.length).toBeLessThanOrEqual(1024 * 1024);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      fuzzParameters(25),
    );
  });
});
