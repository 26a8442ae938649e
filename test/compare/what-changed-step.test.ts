/**
 * "What changed" through the compare step: the records are found beside each report (the
 * production release's run.json and profile.json, verified against its manifest), named explicitly,
 * or left out with a note (a broken record beside a fork's report never stops the report); two
 * reports in one folder read nothing they were not given; and the section is the first thing cut
 * when the comment nears GitHub's limit.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCompareStep, type CompareStepOptions } from '../../shared/steps/compare.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { openLocalRegistry } from '../../shared/local/local-registry.js';
import { InputError } from '../../shared/runtime/errors.js';
import { COMMENT_BODY_LIMIT } from '../../shared/formats/forge-markers.js';
import type { RunRecord } from '../../shared/formats/run-format.js';
import { localEnv, tempDir } from '../registry/fixtures.js';
import { binaryPredictionsCsv } from '../support/binary-predictions.js';

const predictionsCsv = (quality: number): string => binaryPredictionsCsv(quality, { rows: 200, seed: 7 });

function runRecord(params: Record<string, unknown>, script: string): RunRecord {
  return {
    schema: 'mlops-actions/run@1', model: 'weather', status: 'succeeded', cache: 'off', cache_key: null,
    command: { argv: ['python', 'train.py'], shell: null, script: null }, params, seed: 0,
    declared: { inputs: [], outputs: [] }, inputs: [{ path: 'train.py', sha256: script.repeat(64), bytes: 10 }], outputs: [],
    environment: { platform: 'linux', arch: 'x64', node: null, python: '3.11.2', image: null, lockfiles: [] },
    git: { commit: null }, started_at: '2026-01-01T00:00:00Z', ended_at: '2026-01-01T00:00:01Z', duration_ms: 1000, exit_code: 0, signal: null, log: null,
  };
}

let dir: string;
/** A side's folder: evaluation.json (+ examples), run.json, profile.json. */
async function side(name: string, quality: number, params: Record<string, unknown>, script: string, data: string): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'predictions.csv'), predictionsCsv(quality));
  await evaluate({ predictions: join(folder, 'predictions.csv'), task: 'binary', label: 'label', score: ['score'], prediction: 'prediction', id: 'id', resamples: 20, out: join(folder, 'evaluation.json') });
  await writeFile(join(folder, 'run.json'), `${JSON.stringify(runRecord(params, script))}\n`);
  await validateData({ data: `examples/weather/data/${data}.csv`, profileOut: join(folder, 'profile.json') });
  return join(folder, 'evaluation.json');
}

let base: string;
let head: string;
beforeAll(async () => {
  dir = await tempDir('mlops-what-changed-step-');
  base = await side('base', 0.5, { C: 1, depth: 3 }, 'a', 'new-york-2015');
  head = await side('head', 0.6, { C: 10, depth: 3 }, 'a', 'seattle-2012-2014');
}, 60_000);

async function compare(extra: Partial<CompareStepOptions>) {
  const outDir = join(await tempDir('mlops-what-changed-out-'), 'out');
  return runCompareStep({ head, baseline: { kind: 'file', path: base }, outDir, workflow: 'pr-report.yml', failOnRegression: false, ...extra });
}

describe('What changed in the compare step', () => {
  it('reads the records beside each report and puts the section above the metrics', async () => {
    const r = await compare({});
    const w = r.comparison.what_changed!;
    expect(w.head).toEqual({ run: join(dir, 'head/run.json'), profile: join(dir, 'head/profile.json') });
    expect(w.params!.changed).toEqual([{ key: 'C', from: { value: '1' }, to: { value: '10' } }]);
    expect(w.data!.rows).toEqual({ from: 365, to: 1096 });
    expect(w.data!.moved.length).toBeGreaterThan(0);
    expect(r.comment.indexOf('### What changed')).toBeGreaterThan(0);
    expect(r.comment.indexOf('### What changed')).toBeLessThan(r.comment.indexOf('| metric | head |'));
    // The file on disk carries it too (comparison@1, compatibly).
    expect(JSON.parse(await readFile(r.files.comparison, 'utf8')).what_changed.summary).toBe('changed');
  });

  it('takes the release\'s run.json and profile.json for baseline production, verified', async () => {
    const registry = openLocalRegistry(join(await tempDir(), 'registry'));
    const files = join(dir, 'model');
    await mkdir(files, { recursive: true });
    await writeFile(join(files, 'model.json'), '{"w":[1]}\n');
    const published = await publishModel({ model: 'weather', files, evaluation: base, run: join(dir, 'base/run.json'), profile: join(dir, 'base/profile.json'), env: localEnv, cwd: dir }, registry);
    await promoteModel({ model: 'weather', version: published.version, alias: 'production', env: localEnv, cwd: dir }, registry);
    const r = await compare({ baseline: { kind: 'production', registry, model: 'weather' } });
    const w = r.comparison.what_changed!;
    expect(w.baseline.run).toMatch(/run\.json$/);
    expect(w.baseline.profile).toMatch(/profile\.json$/);
    expect(w.params!.changed.map((c) => c.key)).toEqual(['C']);
    expect(w.data!.rows).toEqual({ from: 365, to: 1096 });
  });

  it('says in one line when only the code changed', async () => {
    const codeOnly = await side('code-only', 0.6, { C: 1, depth: 3 }, 'b', 'new-york-2015');
    const r = await compare({ head: codeOnly });
    expect(r.comparison.what_changed!.summary).toBe('code-only');
    expect(r.comment).toContain("Only the code changed: train.py; params, training data and environment are the baseline's.");
  });

  it('reads nothing it was not given when both reports share a folder', async () => {
    const shared = join(dir, 'shared');
    await mkdir(shared, { recursive: true });
    for (const f of ['evaluation.json', 'run.json', 'profile.json']) await writeFile(join(shared, f), await readFile(join(dir, 'head', f)));
    await writeFile(join(shared, 'baseline.json'), await readFile(base));
    // Paired tests off: the two reports would share one per-example file name.
    const rules = { significance: { resamples: 0 } };
    const r = await compare({ head: join(shared, 'evaluation.json'), baseline: { kind: 'file', path: join(shared, 'baseline.json') }, rules });
    // run.json there belongs to either or neither: nothing is read, so nothing is claimed.
    expect(r.comparison.what_changed).toBeUndefined();
    const named = await compare({ head: join(shared, 'evaluation.json'), baseline: { kind: 'file', path: join(shared, 'baseline.json') }, rules, headRun: join(shared, 'run.json'), baselineRun: join(dir, 'base/run.json') });
    expect(named.comparison.what_changed!.params!.changed.map((c) => c.key)).toEqual(['C']);
    expect(named.comparison.what_changed!.notes).toEqual(['training data not compared: neither side has a training-data profile (validate-data\'s profile-out)']);
  });

  it('refuses a named record that is missing (exit 2), and notes a broken one found beside a report', async () => {
    await expect(compare({ headRun: join(dir, 'nope.json') })).rejects.toThrow(InputError);
    const broken = join(dir, 'broken');
    await mkdir(broken, { recursive: true });
    await writeFile(join(broken, 'evaluation.json'), await readFile(head));
    await writeFile(join(broken, 'evaluation.examples.jsonl.gz'), await readFile(join(dir, 'head/evaluation.examples.jsonl.gz')));
    await writeFile(join(broken, 'run.json'), '{"schema":"mlops-actions/run@1","params":');
    const r = await compare({ head: join(broken, 'evaluation.json') });
    const w = r.comparison.what_changed!;
    expect(w.params).toBeNull();
    expect(w.notes.join('\n')).toMatch(/the head's run record beside its evaluation report was left out/);
    expect(r.exitCode).toBe(0);
  });

  it('is cut first when the comment nears GitHub\'s limit', async () => {
    const huge = join(dir, 'huge');
    await mkdir(huge, { recursive: true });
    await writeFile(join(huge, 'evaluation.json'), await readFile(head));
    await writeFile(join(huge, 'evaluation.examples.jsonl.gz'), await readFile(join(dir, 'head/evaluation.examples.jsonl.gz')));
    const params = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`p${i}`, 'x'.repeat(50)]));
    await writeFile(join(huge, 'run.json'), `${JSON.stringify(runRecord(params, 'a'))}\n`);
    const r = await compare({ head: join(huge, 'evaluation.json') });
    expect(r.comment.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(r.comment).toContain('| metric | head |');
    expect(r.comparison.what_changed!.params!.added.length).toBe(200);
    expect(r.comparison.what_changed!.params!.not_listed).toBe(4800);
  });
});
