/**
 * drift-check's fairness monitor on real data: ProPublica's COMPAS violent-recidivism file
 * (../shared/realdata/fairness/compas-violent/, ProPublica's filter: 4,020 defendants) read as
 * production data through a files source, label two_year_recid (the delayed outcome), prediction
 * high risk (v_decile_score >= 5), score v_decile_score / 10.
 *
 * - The summaries are evaluate --sensitive's on the same rows (the same functions: equal objects,
 *   CIs included), and equal pandas' from the definitions (fairness-compas-reference.py, Debian's
 *   /usr/bin/python3) to 1e-12.
 * - A breached bound makes the decision degradation with a reason naming the column and summary,
 *   and through the step the local forge's retraining PR body has the fairness section.
 * - Rows whose label has not arrived are left out and counted; a configured column the data lacks
 *   stops the check with exit 2 naming it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDrift } from '../../shared/drift/drift-check.js';
import { driftModelSchema, type DriftFairnessConfig } from '../../shared/drift/drift-config.js';
import { driftReportSchema } from '../../shared/formats/drift-format.js';
import { LocalForge } from '../../shared/local/local-forge.js';
import { MlopsError } from '../../shared/runtime/errors.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { runDriftStep } from '../../shared/steps/drift-check.js';
import { sharedFile } from '../support/shared-workspace.js';

const { path: source, absent } = sharedFile('realdata/fairness/compas-violent/compas-scores-two-years-violent.csv', 'the drift-check fairness test on COMPAS');
const PYTHON = '/usr/bin/python3';
const noPandas = !absent && (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status !== 0);
if (noPandas) console.warn(`skipping the drift-check fairness test on COMPAS: ${PYTHON} with pandas is not available`);

const SENSITIVE = ['race', 'sex', 'age_cat'];
const RESAMPLES = 50;

interface Reference {
  rows: number;
  columns: Record<string, { summaries: Record<string, number> }>;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe.skipIf(absent || noPandas)('drift-check fairness on COMPAS as production data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-fairness-'));
  const production = join(dir, 'production.csv');
  const run = spawnSync(PYTHON, [join(import.meta.dirname, '../model/fairness-compas-reference.py'), source, production, '30'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`fairness-compas-reference.py failed: ${run.stderr}`);
  const pandas = JSON.parse(run.stdout) as Reference;

  const fairness: DriftFairnessConfig = { task: 'binary', label: 'label', prediction: 'high_risk', score: 'score', sensitive: SENSITIVE, resamples: RESAMPLES };
  // The reference is the same file: no data drift, so the decision is fairness's alone.
  const check = (extra: Partial<DriftFairnessConfig>, file = production, out = `drift-${Math.random()}.json`) =>
    checkDrift({
      model: 'compas',
      reference: { kind: 'file', path: production },
      sources: [{ files: [file] }] as never,
      config: { columns: { id: { ignore: true } }, fairness: { ...fairness, ...extra } },
      out: join(dir, out),
      env: {},
    });

  it('computes what evaluate --sensitive computes on the same rows, and what pandas computes', async () => {
    const { report, path } = await check({});
    const { report: evaluation } = await evaluate({ predictions: production, task: 'binary', label: 'label', prediction: 'high_risk', score: ['score'], sensitive: SENSITIVE, minGroupSize: 30, resamples: RESAMPLES });
    const f = report.fairness!;
    expect(f.rows).toBe(4020);
    expect(f.used).toBe(4020);
    expect(f.missing_label).toBe(0);
    expect(f.positive_class).toBe(1);
    // Same functions, same rows, same seed: the very same section, bootstrap CIs included.
    expect(f.section).toEqual(evaluation.fairness);
    let worst = 0;
    for (const c of f.section.columns) {
      const o = c.outcomes[0]!;
      for (const [name, v] of Object.entries(pandas.columns[c.column]!.summaries)) {
        const d = Math.abs(o.summaries[name]!.value - v);
        worst = Math.max(worst, d);
        expect(d, `${c.column} ${name}`).toBeLessThanOrEqual(1e-12);
      }
    }
    console.log(`drift fairness vs pandas on COMPAS: max |ours − pandas| = ${worst.toExponential(2)}; race disparate impact ${pandas.columns.race!.summaries.disparate_impact_ratio!.toFixed(4)}`);
    // No rules: fairness is reported, never decides.
    expect(report.decision).toBe('ok');
    // The report on disk reads back as drift@1.
    expect(driftReportSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).fairness).toEqual(f);
  });

  it('a breached bound makes the decision degradation, naming the column and the summary', async () => {
    const { report } = await check({
      rules: { race: { disparate_impact_ratio: { min: 0.8 } }, sex: { demographic_parity_difference: { max: 0.5 } } },
    });
    const di = pandas.columns.race!.summaries.disparate_impact_ratio!;
    expect(di).toBeLessThan(0.8);
    expect(report.decision).toBe('degradation');
    const breached = report.fairness!.rules.filter((r) => r.passed === false);
    expect(breached.map((r) => [r.column, r.summary, r.rule])).toEqual([['race', 'disparate_impact_ratio', 'min']]);
    expect(breached[0]!.value).toBeCloseTo(di, 12);
    expect(report.fairness!.rules.find((r) => r.column === 'sex')!.passed).toBe(true);
    const reason = report.reasons.find((r) => r.startsWith('fairness degradation'));
    expect(reason).toMatch(/race disparate_impact_ratio 0\.\d+ < 0\.8 \(min\)/);
  });

  it('leaves rows without a label (delayed outcomes) out, counts them, and equals evaluate on the labelled rows', async () => {
    const lines = readFileSync(production, 'utf8').trimEnd().split('\n');
    const header = lines[0]!.split(',');
    const li = header.indexOf('label');
    const late: string[] = [lines[0]!];
    const labelled: string[] = [lines[0]!];
    let blanked = 0;
    lines.slice(1).forEach((line, i) => {
      if (i % 7 === 3) {
        const cells = line.split(',');
        cells[li] = '';
        late.push(cells.join(','));
        blanked++;
      } else {
        late.push(line);
        labelled.push(line);
      }
    });
    const lateFile = join(dir, 'late.csv');
    const labelledFile = join(dir, 'labelled.csv');
    writeFileSync(lateFile, `${late.join('\n')}\n`);
    writeFileSync(labelledFile, `${labelled.join('\n')}\n`);
    const { report } = await check({}, lateFile);
    expect(report.fairness!.rows).toBe(4020);
    expect(report.fairness!.missing_label).toBe(blanked);
    expect(report.fairness!.used).toBe(4020 - blanked);
    const { report: evaluation } = await evaluate({ predictions: labelledFile, task: 'binary', label: 'label', prediction: 'high_risk', score: ['score'], sensitive: SENSITIVE, minGroupSize: 30, resamples: RESAMPLES });
    expect(report.fairness!.section).toEqual(evaluation.fairness);
  });

  it('a configured column the production data lacks stops the check with exit 2, naming it', async () => {
    const err = await check({ sensitive: ['race', 'ethnicity'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MlopsError);
    expect((err as MlopsError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(/"ethnicity" \(fairness\.sensitive\)/);
    expect((err as Error).message).toContain(production);
    const label = await check({ label: 'two_year_recid' }).catch((e: unknown) => e);
    expect((label as MlopsError).exitCode).toBe(2);
    expect((label as Error).message).toMatch(/"two_year_recid" \(fairness\.label\)/);
  });

  it('through the step: the local forge opens the retraining PR, whose body has the fairness section', async () => {
    const config = join(dir, 'mlops.yaml');
    writeFileSync(
      config,
      [
        'version: 1',
        'drift:',
        '  models:',
        '    compas:',
        `      reference: ${JSON.stringify(production)}`,
        `      sources: [{ files: [${JSON.stringify(production)}] }]`,
        '      columns: { id: { ignore: true } }',
        '      fairness:',
        '        label: label',
        '        score: score',
        '        threshold: 0.45',
        '        sensitive: [race, sex]',
        '        resamples: 0',
        '        rules:',
        '          race: { disparate_impact_ratio: { min: 0.8 }, equal_opportunity_difference: { max: 0.1 } }',
        '',
      ].join('\n'),
    );
    const forgeDir = join(dir, 'forge');
    const result = await runDriftStep({ config, out: join(dir, 'step.json'), pullRequest: { forge: new LocalForge(forgeDir), repo: { owner: 'acme', repo: 'models' } }, env: {} });
    expect(result.report.decision).toBe('degradation');
    expect(result.pr?.operation).toBe('created');
    const bodyFile = walk(forgeDir).find((p) => p.endsWith('body.md'))!;
    const body = readFileSync(bodyFile, 'utf8');
    expect(body).toContain('fairness degradation');
    expect(body).toContain('### Fairness on production data');
    expect(body).toContain('**4,020** production rows whose outcome has arrived');
    expect(body).toMatch(/\| race \| disparate_impact_ratio \| 0\.\d+ \|  \| ≥ 0\.8(000)? \| ❌ breached \|/);
    expect(body).toContain('#### Fairness by race · positive class 1');
    expect(body).toContain('fairness rules breached');
  });

  it('the settings: rules only on sensitive columns, summaries by their names, prediction or score', () => {
    const base = { sources: [{ files: ['x.csv'] }] };
    expect(driftModelSchema.safeParse({ ...base, fairness: { label: 'y', prediction: 'p', sensitive: ['race'], rules: { sex: { disparate_impact_ratio: { min: 0.8 } } } } }).success).toBe(false);
    expect(driftModelSchema.safeParse({ ...base, fairness: { label: 'y', prediction: 'p', sensitive: ['race'], rules: { race: { disparate_impact: { min: 0.8 } } } } }).success).toBe(false);
    expect(driftModelSchema.safeParse({ ...base, fairness: { label: 'y', sensitive: ['race'] } }).success).toBe(false);
    expect(driftModelSchema.safeParse({ ...base, fairness: { label: 'y', score: 's', sensitive: ['race'], rules: { race: { disparate_impact_ratio: { min: 0.8 } } } } }).success).toBe(true);
  });
});

describe('drift-check fairness: names are data', () => {
  it('a sensitive column named constructor with Markdown in its groups: checked, and escaped in the PR body', async () => {
    const { renderDriftPrBody } = await import('../../shared/report/drift-pr-body.js');
    const dir = mkdtempSync(join(tmpdir(), 'drift-fairness-names-'));
    const file = join(dir, 'prod.csv');
    // Group "*a*|b" selects 60 of 100, group "<c>" 10 of 100; 20 rows await their label.
    const rows = ['y,p,constructor,x'];
    for (let i = 0; i < 100; i++) rows.push(`${i % 2},${i < 60 ? 1 : 0},"*a*|b",${i % 3}`);
    for (let i = 0; i < 100; i++) rows.push(`${i % 2},${i < 10 ? 1 : 0},<c>,${i % 3}`);
    for (let i = 0; i < 20; i++) rows.push(`,1,<c>,${i % 3}`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const config = driftModelSchema.parse({
      sources: [{ files: [file] }],
      fairness: { label: 'y', prediction: 'p', sensitive: ['constructor'], resamples: 0, rules: JSON.parse('{"constructor": {"disparate_impact_ratio": {"min": 0.8}}}') },
    });
    const { report } = await checkDrift({ model: 'm', reference: { kind: 'file', path: file }, sources: config.sources!, config: { fairness: config.fairness }, out: join(dir, 'r.json'), env: {} });
    const f = report.fairness!;
    expect(f.missing_label).toBe(20);
    expect(f.used).toBe(200);
    expect(f.rules).toHaveLength(1);
    expect(f.rules[0]).toMatchObject({ column: 'constructor', summary: 'disparate_impact_ratio', passed: false });
    expect(f.rules[0]!.value).toBeCloseTo(10 / 60, 12);
    expect(report.decision).toBe('degradation');
    const body = renderDriftPrBody(report);
    expect(body).toContain('**20** rows have no label yet');
    expect(body).not.toContain('*a*|b');
    expect(body).not.toContain('<c>');
    expect(body).toContain('| \\*a\\*&#124;b | 100 | 0.6 |');
    expect(body).toContain('| &lt;c&gt; | 100 | 0.1 |');
  });
});

describe('drift-check fairness: regression', () => {
  it("group error gaps equal evaluate --sensitive's on the labelled rows; a gap over its bound is degradation", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-fairness-reg-'));
    const file = join(dir, 'prod.csv');
    const labelled = join(dir, 'labelled.csv');
    // Region "north" is predicted 0.5 too high on average, "south" within noise; every 9th row awaits its target.
    const all = ['target,predicted,region'];
    const done = ['target,predicted,region'];
    for (let i = 0; i < 400; i++) {
      const region = i % 2 ? 'north' : 'south';
      const y = Math.round(((i * 37) % 100) * 10) / 10;
      const p = Math.round((y + (region === 'north' ? 0.5 : 0) + (((i * 13) % 7) - 3) / 10) * 100) / 100;
      const row = `${i % 9 === 4 ? '' : y},${p},${region}`;
      all.push(row);
      if (i % 9 !== 4) done.push(row);
    }
    writeFileSync(file, `${all.join('\n')}\n`);
    writeFileSync(labelled, `${done.join('\n')}\n`);
    const fairness = driftModelSchema.parse({
      sources: [{ files: [file] }],
      fairness: { task: 'regression', label: 'target', prediction: 'predicted', sensitive: ['region'], resamples: 30, rules: { region: { mean_error_max_gap: { max: 0.2 }, mae_max_gap: { max: 5 } } } },
    }).fairness!;
    const { report } = await checkDrift({ model: 'm', reference: { kind: 'file', path: file }, sources: [{ files: [file] }] as never, config: { fairness }, out: join(dir, 'r.json'), env: {} });
    const { report: evaluation } = await evaluate({ predictions: labelled, task: 'regression', label: 'target', prediction: 'predicted', sensitive: ['region'], minGroupSize: 30, resamples: 30 });
    const f = report.fairness!;
    expect(f.task).toBe('regression');
    expect(f.missing_label).toBe(all.length - done.length);
    expect(f.section).toEqual(evaluation.fairness);
    const gap = f.rules.find((r) => r.summary === 'mean_error_max_gap')!;
    expect(gap.value!).toBeGreaterThan(0.2);
    expect(gap.passed).toBe(false);
    expect(f.rules.find((r) => r.summary === 'mae_max_gap')!.passed).toBe(true);
    expect(report.decision).toBe('degradation');
    expect(report.reasons.join('\n')).toMatch(/fairness degradation: region mean_error_max_gap 0\.\d+ > 0\.2 \(max\)/);
    // A classification summary on a regression model is a config error, not a rule that never runs.
    expect(driftModelSchema.safeParse({ sources: [{ files: [file] }], fairness: { task: 'regression', label: 'target', prediction: 'predicted', sensitive: ['region'], rules: { region: { disparate_impact_ratio: { min: 0.8 } } } } }).success).toBe(false);
  });
});

describe('drift-check fairness: an http source with rows', () => {
  it('pools its rows with a files source; an http source without a configured column is named', async () => {
    const { createServer } = await import('node:http');
    const dir = mkdtempSync(join(tmpdir(), 'drift-fairness-http-'));
    const file = join(dir, 'prod.csv');
    const csv = ['y,p,g'];
    for (let i = 0; i < 80; i++) csv.push(`${i % 2},${i % 4 === 0 ? 1 : 0},${i % 2 ? 'a' : 'b'}`);
    writeFileSync(file, `${csv.join('\n')}\n`);
    const rows = Array.from({ length: 40 }, (_, i) => ({ y: i < 5 ? null : i % 2, p: i % 3 === 0 ? 1 : 0, g: i % 2 ? 'a' : 'b' }));
    let payload: unknown = { data: rows };
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(payload));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/rows`;
    try {
      const sources = [{ files: [file] }, { name: 'scoring log', http: { url, rows: '/data' } }] as never;
      const fairness: DriftFairnessConfig = { task: 'binary', label: 'y', prediction: 'p', sensitive: ['g'], resamples: 0 };
      const { report } = await checkDrift({ model: 'm', reference: { kind: 'file', path: file }, sources, config: { fairness }, out: join(dir, 'r.json'), env: {} });
      expect(report.fairness!.rows).toBe(120);
      expect(report.fairness!.missing_label).toBe(5);
      expect(report.fairness!.used).toBe(115);
      payload = { data: rows.map(({ y, p }) => ({ y, p })) };
      // g ignored by the drift tests: the fairness check is the one that needs it.
      const err = await checkDrift({ model: 'm', reference: { kind: 'file', path: file }, sources, config: { fairness, columns: { g: { ignore: true } } }, out: join(dir, 'r2.json'), env: {} }).catch((e: unknown) => e);
      expect((err as MlopsError).exitCode).toBe(2);
      expect((err as Error).message).toMatch(/http source "scoring log".*"g" \(fairness\.sensitive\)/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe.skipIf(!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status !== 0)('drift-check fairness: multiclass, each class one-vs-rest', () => {
  it("equals evaluate --sensitive's section on the labelled rows and pandas' summaries per class; a rule is checked on every class", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-fairness-mc-'));
    const file = join(dir, 'prod.csv');
    const labelled = join(dir, 'labelled.csv');
    // Three classes, three groups (and a 12-row group left out); group "u" gets "fox" predicted far
    // more often than the others; every 11th row awaits its label.
    let s = 12345;
    const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
    const classes = ['cat', 'dog', 'fox'];
    const all = ['label,pred,grp'];
    const done = ['label,pred,grp'];
    for (let i = 0; i < 912; i++) {
      const grp = i < 12 ? 'tiny' : ['s', 't', 'u'][i % 3]!;
      const y = classes[Math.floor(rand() * 3)]!;
      const pred = grp === 'u' && rand() < 0.4 ? 'fox' : rand() < 0.7 ? y : classes[Math.floor(rand() * 3)]!;
      const row = `${i % 11 === 5 ? '' : y},${pred},${grp}`;
      all.push(row);
      if (i % 11 !== 5) done.push(row);
    }
    writeFileSync(file, `${all.join('\n')}\n`);
    writeFileSync(labelled, `${done.join('\n')}\n`);
    const fairness = driftModelSchema.parse({
      sources: [{ files: [file] }],
      fairness: { task: 'multiclass', label: 'label', prediction: 'pred', sensitive: ['grp'], resamples: 30, rules: { grp: { disparate_impact_ratio: { min: 0.6 } } } },
    }).fairness!;
    const { report } = await checkDrift({ model: 'm', reference: { kind: 'file', path: file }, sources: [{ files: [file] }] as never, config: { fairness }, out: join(dir, 'r.json'), env: {} });
    const { report: evaluation } = await evaluate({ predictions: labelled, task: 'multiclass', label: 'label', prediction: 'pred', sensitive: ['grp'], minGroupSize: 30, resamples: 30 });
    const f = report.fairness!;
    expect(f.task).toBe('multiclass');
    expect(f.positive_class).toBeNull();
    expect(f.missing_label).toBe(all.length - done.length);
    // The same functions on the same rows: the very same section, CIs included.
    expect(f.section).toEqual(evaluation.fairness);
    const run = spawnSync(PYTHON, [join(import.meta.dirname, 'drift-fairness-multiclass-reference.py'), file, '30'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`drift-fairness-multiclass-reference.py failed: ${run.stderr}`);
    const ref = JSON.parse(run.stdout) as Record<string, Record<string, number | null>>;
    const outcomes = f.section.columns[0]!.outcomes;
    expect(outcomes.map((o) => (o.kind === 'classification' ? o.positive_class : null))).toEqual(classes);
    expect(f.section.columns[0]!.skipped_groups.map((g) => g.value)).toEqual(['tiny']);
    let worst = 0;
    for (const o of outcomes) {
      if (o.kind !== 'classification') throw new Error('expected classification');
      for (const [name, v] of Object.entries(ref[String(o.positive_class)]!)) {
        if (v === null) {
          expect(o.summaries[name], `${String(o.positive_class)} ${name}`).toBeUndefined();
          continue;
        }
        const d = Math.abs(o.summaries[name]!.value - v);
        worst = Math.max(worst, d);
        expect(d, `${String(o.positive_class)} ${name}: ours ${o.summaries[name]!.value}, pandas ${v}`).toBeLessThanOrEqual(1e-12);
      }
    }
    console.log(`drift fairness, multiclass one-vs-rest vs pandas: max |ours − pandas| = ${worst.toExponential(2)}`);
    // One rule, checked on each class (pandas decides which pass): fox over-predicted in group u
    // moves the selection rates of every class there, so some classes breach and some do not.
    const di = classes.map((c) => ref[c]!.disparate_impact_ratio!);
    expect(f.rules.map((r) => [r.positive_class, r.summary, r.passed])).toEqual(classes.map((c, i) => [c, 'disparate_impact_ratio', di[i]! >= 0.6]));
    expect(f.rules.map((r) => r.value)).toEqual(f.section.columns[0]!.outcomes.map((o) => o.summaries.disparate_impact_ratio!.value));
    expect(new Set(f.rules.map((r) => r.passed))).toEqual(new Set([true, false]));
    expect(report.decision).toBe('degradation');
    const breached = classes.filter((_, i) => di[i]! < 0.6);
    for (const c of breached) expect(report.reasons.join('\n')).toMatch(new RegExp(`grp \\(class ${c}\\) disparate_impact_ratio 0\\.\\d+ < 0\\.6 \\(min\\)`));
    expect(driftReportSchema.parse(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).fairness).toEqual(f);
    const { renderDriftPrBody } = await import('../../shared/report/drift-pr-body.js');
    expect(renderDriftPrBody(report)).toContain(`| grp · class ${breached[0]} | disparate_impact_ratio |`);
    // Multiclass reads the predicted class: a score, threshold or positive class is a config error.
    expect(driftModelSchema.safeParse({ sources: [{ files: [file] }], fairness: { task: 'multiclass', label: 'label', score: 'p', sensitive: ['grp'] } }).success).toBe(false);
    expect(driftModelSchema.safeParse({ sources: [{ files: [file] }], fairness: { task: 'multiclass', label: 'label', prediction: 'pred', positive: 'fox', sensitive: ['grp'] } }).success).toBe(false);
  });
});
