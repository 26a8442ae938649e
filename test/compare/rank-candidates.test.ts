/**
 * Ranking candidates on real reports: the example weather model trained with four parameter sets
 * (as a candidates matrix would), each evaluated on Seattle 2015, ranked under the example's
 * mlops.yaml. The expected order is worked out here from the reports' own metric values and the
 * rules' thresholds, not from the ranking code.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankCommand } from '../../shared/cli/commands/rank.js';
import { candidateFiles, runRankStep } from '../../shared/steps/rank-candidates.js';
import { rankCandidates, type Candidate } from '../../shared/compare/rank-candidates.js';
import { rankingSchema } from '../../shared/formats/ranking-format.js';
import { loadConfig, modelConfigOf, type ModelConfigInput } from '../../shared/config/mlops-config.js';
import { LocalForge } from '../../shared/local/local-forge.js';
import type { EvaluationReport } from '../../shared/formats/evaluation-format.js';
import { renderRanking } from '../../shared/report/ranking-comment.js';
import { runCli, type CliIo } from '../../shared/runtime/cli.js';
import { trainWeatherCandidate } from '../support/weather-candidate.js';

const root = process.cwd();
const CONFIG = join(root, 'examples/weather/mlops.yaml');
/** Parameter sets: the example's own, without the season features, temperatures and wind only, and undertrained. */
const PARAMS: Record<string, Record<string, unknown> | undefined> = {
  full: undefined,
  'no-season': { features: ['log1p_precipitation', 'temp_max', 'temp_min', 'wind'] },
  temps: { features: ['temp_max', 'temp_min', 'wind'] },
  short: { iterations: 5 },
};
const BASE = { model: 'logistic_regression', features: ['log1p_precipitation', 'temp_max', 'temp_min', 'wind', 'doy_sin', 'doy_cos'], threshold: 0.5, learning_rate: 0.0005, iterations: 3000 };

let dir: string;
const reports: Record<string, EvaluationReport> = {};
const files: Record<string, string> = {};
let rules: ModelConfigInput;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rank-candidates-'));
  await Promise.all(
    Object.entries(PARAMS).map(async ([name, params]) => {
      const out = join(dir, 'candidates', `mlops-candidate-${name}`);
      const { report, reportPath } = await trainWeatherCandidate(out, params && { ...BASE, ...params }, { id: 'date', resamples: 20 });
      reports[name] = report;
      files[name] = reportPath;
    }),
  );
  rules = modelConfigOf(await loadConfig(CONFIG), 'weather')!;
}, 180_000);

const candidates = (names = Object.keys(PARAMS)): Candidate[] => names.map((name) => ({ name, report: reports[name], file: files[name] }));
const value = (name: string, metric: string) => reports[name].metrics[metric]?.value;

/** What the example's rules say about one candidate without a baseline (threshold rules only). */
function passesThresholds(name: string): boolean {
  const r = reports[name];
  if (value(name, 'roc_auc')! < 0.9 || value(name, 'accuracy')! < 0.85) return false;
  return r.slices.filter((s) => s.column === 'season' && s.rows >= 30).every((s) => s.metrics.roc_auc === undefined || s.metrics.roc_auc.value >= 0.8);
}

describe('rankCandidates on the weather model trained with four parameter sets', () => {
  it('trains candidates that differ, some failing the example gate', () => {
    const aucs = Object.keys(PARAMS).map((n) => value(n, 'roc_auc'));
    expect(new Set(aucs).size).toBe(4);
    const passing = Object.keys(PARAMS).filter(passesThresholds);
    expect(passing.length).toBeGreaterThan(0);
    expect(passing.length).toBeLessThan(4);
  });

  it('puts the candidates the gate passes first, each group by roc_auc (the first rule of mlops.yaml), and names the best as the winner', () => {
    const ranking = rankCandidates(candidates(), { config: rules, model: 'weather' });
    expect(rankingSchema.parse(ranking)).toEqual(ranking);
    expect(ranking.metric).toEqual({ name: 'roc_auc', direction: 'higher', source: 'config' });
    const byAuc = (names: string[]) => [...names].sort((a, b) => value(b, 'roc_auc')! - value(a, 'roc_auc')!);
    const names = Object.keys(PARAMS);
    const expected = [...byAuc(names.filter(passesThresholds)), ...byAuc(names.filter((n) => !passesThresholds(n)))];
    expect(ranking.candidates.map((c) => c.name)).toEqual(expected);
    expect(ranking.candidates.map((c) => c.verdict)).toEqual(expected.map((n) => (passesThresholds(n) ? 'pass' : 'fail')));
    expect(ranking.winner).toBe(expected[0]);
    expect(ranking.reason).toBe('passes the gate with the highest roc_auc');
    expect(ranking.candidates[0]).toMatchObject({ rank: 1, primary: value(expected[0], 'roc_auc'), baseline: null, delta: null });
    for (const c of ranking.candidates.filter((x) => x.verdict === 'fail')) expect(c.gate.failures.length).toBeGreaterThan(0);
  });

  it('does not depend on the order the candidates come in', () => {
    const names = Object.keys(PARAMS);
    const a = rankCandidates(candidates(names), { config: rules });
    const b = rankCandidates(candidates([...names].reverse()), { config: rules });
    const c = rankCandidates(candidates([names[2], names[0], names[3], names[1]]), { config: rules });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('gates against a baseline: max_regression 0.01 of the baseline\'s roc_auc', () => {
    const ranking = rankCandidates(candidates(), { config: rules, baseline: reports.full, baselineFile: files.full });
    for (const c of ranking.candidates) {
      expect(c.baseline).toBe(value('full', 'roc_auc'));
      expect(c.delta).toBeCloseTo(value(c.name, 'roc_auc')! - value('full', 'roc_auc')!, 15);
      const regressed = value(c.name, 'roc_auc')! < value('full', 'roc_auc')! - 0.01;
      if (regressed) expect(c.verdict).toBe('fail');
      if (!regressed && passesThresholds(c.name)) expect(c.verdict).toBe('pass');
    }
  });

  it('ranks by a lower-is-better metric when asked', () => {
    const ranking = rankCandidates(candidates(), { metric: 'log_loss' });
    expect(ranking.metric).toEqual({ name: 'log_loss', direction: 'lower', source: 'option' });
    expect(ranking.gated).toBe(false);
    expect(ranking.candidates.every((c) => c.verdict === 'report-only')).toBe(true);
    expect(ranking.candidates.map((c) => c.name)).toEqual(Object.keys(PARAMS).sort((a, b) => value(a, 'log_loss')! - value(b, 'log_loss')!));
    expect(ranking.reason).toBe('has the lowest log_loss');
  });

  it('breaks a tie by name, whatever the order', () => {
    const twins = [
      { name: 'b-copy', report: reports.full, file: files.full },
      { name: 'a-copy', report: reports.full, file: files.full },
      { name: 'temps', report: reports.temps, file: files.temps },
    ];
    for (const list of [twins, [...twins].reverse()]) {
      const r = rankCandidates(list, { config: rules });
      expect(r.candidates.slice(0, 2).map((c) => c.name)).toEqual(['a-copy', 'b-copy']);
      expect(r.winner === null || r.winner === 'a-copy').toBe(true);
    }
    const r = rankCandidates(twins, { metric: 'roc_auc' });
    expect(r.winner).toBe('a-copy');
    expect(r.reason).toBe('has the highest roc_auc (tied with b-copy; first by name)');
  });

  it('names no winner when the gate fails every candidate', () => {
    const strict: ModelConfigInput = { metrics: { roc_auc: { threshold: 0.9999 } } };
    const r = rankCandidates(candidates(), { config: strict });
    expect(r.winner).toBeNull();
    expect(r.reason).toBe('no candidate passes the gate (4 ranked)');
    expect(r.candidates.map((c) => c.name)).toEqual(Object.keys(PARAMS).sort((a, b) => value(b, 'roc_auc')! - value(a, 'roc_auc')!));
  });

  it('refuses duplicate names, a metric no report has, and a metric of unknown direction', () => {
    expect(() => rankCandidates([...candidates(['full']), ...candidates(['full'])])).toThrow(/candidate "full" is given twice/);
    expect(() => rankCandidates(candidates(), { metric: 'r2' })).toThrow(/no candidate's report has the metric r2/);
    const custom = { ...reports.full, metrics: { ...reports.full.metrics, lift: { value: 2 } } } as EvaluationReport;
    expect(() => rankCandidates([{ name: 'x', report: custom }], { metric: 'lift' })).toThrow(/cannot tell whether higher or lower is better/);
  });
});

describe('the ranking comment', () => {
  it('shows the winner, every candidate and the failed rules, with names escaped', () => {
    const ranking = rankCandidates(candidates(), { config: rules, model: 'weather' });
    const md = renderRanking(ranking, { model: 'weather', baseline: { kind: 'none' } }, { marker: '<!-- m -->' });
    expect(md.startsWith('<!-- m -->\n## 🏆 weather: ')).toBe(true);
    for (const c of ranking.candidates) expect(md).toContain(`| ${c.rank} | `);
    expect(md).toContain('<details><summary>Failed rules</summary>');
    const evil = rankCandidates([{ name: '<img src=x>|@admin', report: reports.full }], { metric: 'roc_auc' });
    const out = renderRanking(evil, { model: 'weather', baseline: { kind: 'none' } });
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/(^|[^`\\])@admin/);
  });
});

describe('runRankStep and mlops rank', () => {
  it('names candidates by their artifact folder and posts one sticky comment, updated in place', async () => {
    const found = await candidateFiles([join(dir, 'candidates/*/evaluation.json')]);
    expect(found.map((c) => c.name).sort()).toEqual(Object.keys(PARAMS).sort());
    const out = join(dir, 'step');
    const forge = new LocalForge(join(out, 'forge'));
    const options = { candidates: found, baseline: { kind: 'file' as const, path: files.full }, config: CONFIG, outDir: out, workflow: 'candidates.yml', failIfNoWinner: true, target: { owner: 'o', repo: 'r', prNumber: 3, headSha: 'a'.repeat(40) } };
    const first = await runRankStep(options, { forge });
    expect(first.model).toBe('weather');
    expect(JSON.parse(readFileSync(first.files.ranking, 'utf8'))).toEqual(first.ranking);
    const comments = join(out, 'forge/o/r/comments/3');
    const again = await runRankStep(options, { forge });
    expect(again.comment).toBe(first.comment);
    expect(first.comment).toContain('<!-- mlops-actions:candidates.yml/weather/candidates -->');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(comments)).toHaveLength(1);
  });

  it('ranks from the command line and exits 1 when no candidate passes', async () => {
    const captured = { stdout: '', stderr: '' };
    const io: CliIo = { stdout: (t) => void (captured.stdout += t), stderr: (t) => void (captured.stderr += t), env: {} };
    const program = { name: 'mlops', version: '0', summary: '', commands: [rankCommand] };
    const out = join(dir, 'cli');
    const args = ['rank', '--config', CONFIG, '--out-dir', out, ...Object.keys(PARAMS).flatMap((n) => ['--candidate', `${n}=${files[n]}`])];
    const code = await runCli(args, program, io);
    expect(captured.stderr).toBe('');
    const ranking = rankingSchema.parse(JSON.parse(readFileSync(join(out, 'ranking.json'), 'utf8')));
    expect(code).toBe(ranking.winner ? 0 : 1);
    expect(captured.stdout).toContain(`winner: ${ranking.winner}`);
    // A rules file nobody passes: every candidate fails.
    const strict = join(dir, 'strict.yaml');
    mkdirSync(join(dir, 'strict'), { recursive: true });
    await writeFile(strict, 'version: 1\nmodels:\n  weather:\n    metrics:\n      roc_auc: { threshold: 0.9999 }\n');
    copyFileSync(files.full, join(dir, 'strict', 'evaluation.json'));
    const none = await runCli(['rank', '--config', strict, '--out-dir', join(dir, 'strict-out'), '--candidate', `full=${files.full}`], program, io);
    expect(none).toBe(1);
    expect(await runCli(['rank', '--config', strict, '--out-dir', join(dir, 'strict-out'), '--no-fail', '--candidate', `full=${files.full}`], program, io)).toBe(0);
    expect(await runCli(['rank', '--config', CONFIG], program, io)).toBe(2);
  });
});
