/**
 * A DVC project folder: the metrics files `dvc.yaml` declares, imported like `dvc metrics show`.
 *
 * Sources of metrics paths (relative to the folder holding `dvc.yaml`):
 * - the top-level `metrics:` list (DVC 3), entries are paths;
 * - each stage's `metrics:` outputs, entries are a path or `{path: {cache: false, ...}}`.
 * Templated paths (`${item}` in `foreach`/`matrix` stages) cannot be resolved without DVC's
 * templating and are reported in `unresolved`. A path that is a directory contributes every
 * `.json`/`.yaml`/`.yml` file below it. Files are parsed by extension (`.json` → JSON, anything
 * else → YAML, DVC's default loader). Declared files that do not exist are listed in `missing`
 * (DVC also skips them); when none exists it is an error (`dvc pull` / `dvc repro` first).
 *
 * Key naming: with one metrics file, keys are the flattened names (`roc_auc.test`); with several,
 * each key is prefixed by its file's relative path and a colon (`eval/metrics.json:roc_auc.test`),
 * as `dvc metrics show` groups by path — so the same name in two files never collides.
 * `params.yaml`, when present, is returned flattened in `params` for context (not as metrics).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../runtime/errors.js';
import { shortened, shortList } from '../../runtime/message-text.js';
import type { SkippedMetric } from './flatten.js';
import { metricsDocumentFormat, metricsFromDocument, parseMetricsDocument } from './json-yaml.js';

export interface DvcMetrics {
  metrics: Record<string, number>;
  /** Metrics files read, relative to the project folder (POSIX separators). */
  files: string[];
  missing: string[];
  unresolved: string[];
  skipped: SkippedMetric[];
  params?: Record<string, number | string>;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Declared metrics paths of a parsed dvc.yaml, in file order, without duplicates. */
export function dvcMetricsPaths(dvcYaml: unknown, file: string): string[] {
  if (dvcYaml === null || typeof dvcYaml !== 'object' || Array.isArray(dvcYaml)) {
    throw new InputError('dvc.yaml is not a mapping', { location: { file }, hint: 'expected top-level keys such as "stages:" and "metrics:"' });
  }
  const out: string[] = [];
  const add = (entries: unknown, where: string): void => {
    if (entries === undefined || entries === null) return;
    if (!Array.isArray(entries)) {
      throw new InputError(`${where} "metrics" must be a list`, { location: { file }, hint: 'write "metrics:" followed by "- path/to/metrics.json" items' });
    }
    for (const e of entries) {
      if (typeof e === 'string') out.push(e);
      else if (e && typeof e === 'object' && !Array.isArray(e) && Object.keys(e).length === 1) out.push(Object.keys(e)[0]);
      else throw new InputError(`${where} has a metrics entry that is neither a path nor {path: options}`, { location: { file } });
    }
  };
  const doc = dvcYaml as Record<string, unknown>;
  add(doc.metrics, 'the top level');
  const stages = doc.stages;
  if (stages && typeof stages === 'object' && !Array.isArray(stages)) {
    for (const [name, stage] of Object.entries(stages as Record<string, unknown>)) {
      if (!stage || typeof stage !== 'object') continue;
      const s = stage as Record<string, unknown>;
      add(s.metrics, `stage "${name}"`);
      // foreach / matrix stages keep their outputs under `do:` (foreach) or at the top (matrix).
      const body = s.do as Record<string, unknown> | undefined;
      if (body && typeof body === 'object') add(body.metrics, `stage "${name}" (do)`);
    }
  }
  return [...new Set(out)];
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(p)));
    else if (/\.(json|ya?ml)$/i.test(entry.name)) out.push(p);
  }
  return out.sort();
}

export async function importDvcMetrics(folder: string): Promise<DvcMetrics> {
  const dvcFile = path.join(folder, 'dvc.yaml');
  let text: string;
  try {
    text = await readFile(dvcFile, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read dvc.yaml: ${shortened((e as Error).message, 200)}`, {
      location: { file: dvcFile },
      hint: 'point at the folder of a DVC project (the one holding dvc.yaml)',
      cause: e,
    });
  }
  const declared = dvcMetricsPaths(parseMetricsDocument(text, dvcFile, 'yaml'), dvcFile);
  const unresolved = declared.filter((p) => p.includes('${'));
  const missing: string[] = [];
  const files: string[] = [];
  for (const rel of declared.filter((p) => !p.includes('${'))) {
    const abs = path.resolve(folder, rel);
    const st = await stat(abs).catch(() => undefined);
    if (!st) missing.push(rel);
    else if (st.isDirectory()) files.push(...(await filesUnder(abs)).map((f) => toPosix(path.relative(folder, f))));
    else files.push(toPosix(path.normalize(rel)));
  }
  if (files.length === 0) {
    const what = declared.length === 0 ? 'declares no metrics' : `declares metrics but none exists (${shortList([...missing, ...unresolved])})`;
    throw new InputError(`dvc.yaml ${what}`, {
      location: { file: dvcFile },
      hint: declared.length === 0 ? 'add a "metrics:" entry to the stage that writes them' : 'run "dvc pull" or "dvc repro" first',
    });
  }

  const metrics: Record<string, number> = Object.create(null); // user names as keys: "__proto__" must stay data
  const skipped: SkippedMetric[] = [];
  const prefixed = files.length > 1;
  for (const rel of files) {
    const abs = path.resolve(folder, rel);
    const content = await readFile(abs, 'utf8');
    const one = metricsFromDocument(parseMetricsDocument(content, abs, metricsDocumentFormat(abs)), abs);
    for (const [k, v] of Object.entries(one.metrics)) metrics[prefixed ? `${rel}:${k}` : k] = v;
    for (const s of one.skipped) skipped.push({ key: prefixed ? `${rel}:${s.key}` : s.key, reason: s.reason });
  }

  const result: DvcMetrics = { metrics, files, missing, unresolved, skipped };
  const paramsFile = path.join(folder, 'params.yaml');
  const paramsText = await readFile(paramsFile, 'utf8').catch(() => undefined);
  if (paramsText !== undefined && paramsText.trim() !== '') {
    const doc = parseMetricsDocument(paramsText, paramsFile, 'yaml');
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) result.params = flattenParams(doc as Record<string, unknown>);
  }
  return result;
}

/** params.yaml flattened with dots; numbers stay numbers, everything else becomes its JSON text. */
function flattenParams(doc: Record<string, unknown>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  const walk = (v: unknown, key: string): void => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(x, key ? `${key}.${k}` : k);
    } else if (typeof v === 'number') out[key] = v;
    else out[key] = typeof v === 'string' ? v : JSON.stringify(v);
  };
  walk(doc, '');
  return out;
}
