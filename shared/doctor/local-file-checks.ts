/**
 * What doctor can check against the repository's own files before anything runs: the columns a
 * workflow's evaluate step names against the predictions file (when training has written one
 * locally), that an evaluate step names a score or a prediction column at all, and drift file
 * sources that match no file. Each mismatch is reported at the workflow key (or mlops.yaml) a
 * person edits.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { openTable } from '../data/open-table.js';
import { check, type Check } from './check.js';
import { configFileOf, type LoadedConfig } from './config-checks.js';
import { literalOf, possibleValues, type OwnUse } from './own-uses.js';

const COLUMN_INPUTS = ['label', 'score', 'prediction', 'slice', 'id'] as const;

/** A list input as evaluate splits it: commas or lines. */
const columnsOf = (text: string) => text.split(/[,\n]/).map((c) => c.trim()).filter((c) => c !== '');

async function headerOf(file: string): Promise<string[] | undefined> {
  try {
    return [...(await (await openTable(file)).columns())];
  } catch {
    return undefined;
  }
}

export async function evaluateInputChecks(uses: readonly OwnUse[], dir: string): Promise<Check[]> {
  const out: Check[] = [];
  for (const use of uses) {
    if (!use.steps.includes('evaluate') || use.given.import !== undefined) continue;
    const at = (key: string) => use.source.locate(use.given[key] === undefined ? use.path : [...use.path, 'with', key]);
    const subject = `jobs.${use.jobId}`;
    const score = literalOf(use.given.score);
    const prediction = literalOf(use.given.prediction);
    const named = (k: string) => use.given[k] !== undefined && String(use.given[k]).trim() !== '';
    if (!named('score') && !named('prediction')) {
      out.push(check('workflows', 'error', `${subject}: evaluate is given neither score nor prediction, so it fails with "give a score and/or prediction column"`, { location: at('predictions'), fix: 'add score: <the score column> (and/or prediction: <the predicted-label column>) of the predictions file' }));
      continue;
    }
    const predictions = literalOf(use.given.predictions);
    if (!predictions || predictions.includes('*')) continue;
    const file = join(dir, predictions);
    if (!existsSync(file)) continue;
    const header = await headerOf(file);
    if (!header) continue;
    const have = new Set(header);
    let missing = 0;
    for (const key of COLUMN_INPUTS) {
      const text = key === 'score' ? score : key === 'prediction' ? prediction : literalOf(use.given[key]);
      if (text === undefined) continue;
      for (const col of columnsOf(text)) {
        if (have.has(col)) continue;
        missing++;
        out.push(check('workflows', 'error', `${subject}: evaluate's ${key} "${col}" is not a column of ${predictions} (it has ${header.join(', ')})`, { location: at(key), fix: `name one of the file's columns, or make training write "${col}"` }));
      }
    }
    if (missing === 0) out.push(check('workflows', 'ok', `${subject}: evaluate's columns are in ${predictions}`, { location: at('predictions') }));
  }
  return out;
}

/** Drift `files` sources of the models the workflows check, whose globs match nothing here. */
export async function driftSourceChecks(uses: readonly OwnUse[], configs: ReadonlyMap<string, LoadedConfig>, dir: string): Promise<Check[]> {
  const out: Check[] = [];
  const seen = new Set<string>();
  for (const use of uses) {
    if (!use.steps.includes('drift-check')) continue;
    const file = configFileOf(use);
    const config = configs.get(file)?.config;
    for (const model of possibleValues(use.given.model, use.job, use.source.workflow, use.jobId)?.values ?? []) {
      for (const [n, source] of (config?.drift?.models?.[model]?.sources ?? []).entries()) {
        const files = (source as { files?: unknown }).files;
        if (!Array.isArray(files)) continue;
        for (const pattern of files.map(String)) {
          const key = `${file}\0${model}\0${pattern}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const matched = isDynamicPattern(pattern) ? (await glob(pattern, { cwd: dir, onlyFiles: true, expandDirectories: false })).length : existsSync(join(dir, pattern)) ? 1 : 0;
          if (matched > 0) continue;
          out.push(
            check('models', 'warn', `${model}: drift source ${JSON.stringify(pattern)} (drift.models.${model}.sources[${n}]) matches no file in the repository`, {
              location: { file },
              fix: 'point it at your production data, or fetch that data in a step before drift-check (the check fails while the source matches nothing)',
            }),
          );
        }
      }
    }
  }
  return out;
}
