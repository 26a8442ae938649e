/**
 * mlops.yaml: that it exists and our loader takes it (its error, at file:line:column), and that
 * every model a workflow runs a step for has what that step reads from it: compare's gate rules,
 * publish-model's model card text, drift-check's sources.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { CONFIG_FILE, DEFAULT_ALIASES, declaredAliases, loadConfig, type MlopsConfig } from '../config/mlops-config.js';
import { formatLocation, isMlopsError, type SourceLocation } from '../runtime/errors.js';
import { check, type Check } from './check.js';
import { literalOf, possibleValues, type OwnUse } from './own-uses.js';
import { isExpression } from './workflow.js';
import { aliasProblem } from './workflow-checks.js';

export interface LoadedConfig {
  /** Relative to the repository. */
  file: string;
  config?: MlopsConfig;
  check: Check;
}

const toRepo = (dir: string, file: string) => (isAbsolute(file) ? relative(dir, file) : file).split(sep).join('/');

/** The config file a use reads: its config input when that is a literal, else mlops.yaml. */
export function configFileOf(use: OwnUse): string {
  return literalOf(use.given.config) ?? CONFIG_FILE;
}

/** Loads one config file of the repository into a check; `usedBy` names who reads it (for a missing file). */
export async function loadRepoConfig(dir: string, file: string, usedBy?: { where: string; location: SourceLocation }): Promise<LoadedConfig> {
  const abs = join(dir, file);
  if (!existsSync(abs)) {
    return {
      file,
      check: check('config', 'error', usedBy ? `${file} does not exist (${usedBy.where} reads it)` : `${file} does not exist`, {
        location: usedBy?.location ?? { file },
        fix: file === CONFIG_FILE ? 'create it with "version: 1" and your models (see docs/compare.md and docs/drift.md); mlops init writes a starter one' : 'fix the config input, or create the file',
      }),
    };
  }
  try {
    const config = await loadConfig(abs);
    const sections = [
      ['models', config.models],
      ['release', config.release?.models],
      ['drift', config.drift?.models],
    ] as const;
    const described = sections.filter(([, m]) => m && Object.keys(m).length > 0).map(([s, m]) => `${s}: ${Object.keys(m!).join(', ')}`);
    return { file, config, check: check('config', 'ok', `valid${described.length ? `: ${described.join('; ')}` : ''}`, { location: { file } }) };
  } catch (e) {
    if (!isMlopsError(e)) throw e;
    const location = e.location ? { ...e.location, file: toRepo(dir, e.location.file) } : { file };
    // The loader's message carries its place and hint; the check keeps them in their own fields.
    let what = e.message;
    if (e.location) what = what.slice(formatLocation(e.location).length + 2);
    if (e.hint && what.endsWith(` (${e.hint})`)) what = what.slice(0, -(e.hint.length + 3));
    return { file, check: check('config', 'error', what, { location, fix: e.hint ?? 'see docs/compare.md and docs/drift.md for the keys' }) };
  }
}

/** What each model's steps need from the config file they read. */
export function modelChecks(uses: readonly OwnUse[], configs: ReadonlyMap<string, LoadedConfig>): Check[] {
  const out: Check[] = [];
  const seen = new Set<string>();
  const once = (key: string, c: Check) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  for (const use of uses) {
    const file = configFileOf(use);
    const config = configs.get(file)?.config;
    if (!config) continue;
    const location = use.source.locate(use.path);
    const subject = `jobs.${use.jobId}`;
    const modelValues = possibleValues(use.given.model, use.job, use.source.workflow, use.jobId);
    const models = modelValues?.values ?? [];

    if (use.steps.includes('compare') && use.given.rules === undefined) {
      const gated = Object.keys(config.models ?? {});
      if (models.length === 0 && use.given.model === undefined && gated.length > 1) {
        out.push(check('models', 'error', `${subject}: compare does not say which model, and ${file} configures ${gated.length} (${gated.join(', ')})`, { location, fix: 'give compare its model input' }));
      }
      for (const model of models) {
        if (gated.length === 0) {
          once(`compare-none:${file}:${model}`, check('models', 'warn', `${model}: ${file} has no models: section, so compare only reports and never fails a PR`, { location: { file }, fix: `add gate rules: models: { ${model}: { metrics: { <metric>: { threshold: ..., max_regression: ... } } } } (docs/compare.md)` }));
        } else if (!Object.hasOwn(config.models!, model)) {
          out.push(check('models', 'error', `${subject}: compare gates model "${model}", which ${file} does not configure under models (it has ${gated.join(', ')})`, { location, fix: `add models.${model} to ${file}, or fix the model name` }));
        } else {
          const rules = Object.keys(config.models![model]!.metrics ?? {}).length;
          once(`compare:${file}:${model}`, check('models', rules > 0 ? 'ok' : 'warn', `${model}: ${rules > 0 ? `compare gates ${rules} metric${rules === 1 ? '' : 's'}` : 'models entry has no metrics, so compare only reports'}`, { location: { file }, ...(rules > 0 ? {} : { fix: `add models.${model}.metrics (docs/compare.md)` }) }));
        }
      }
    }

    if (use.steps.includes('publish-model')) {
      for (const model of models) {
        const card = config.release?.models?.[model];
        const missing = (['intended_use', 'limitations', 'owners'] as const).filter((k) => card?.[k] === undefined || (Array.isArray(card[k]) && card[k].length === 0));
        if (missing.length === 0) once(`release:${file}:${model}`, check('models', 'ok', `${model}: the model card has its intended use, limitations and owners`, { location: { file } }));
        else {
          once(
            `release:${file}:${model}`,
            check('models', 'warn', `${model}: ${file} has no release.models.${model}.${missing.join(', .')}, so the model card says "not set"`, {
              location: { file },
              fix: `add release: { models: { ${model}: { intended_use: ..., limitations: ..., owners: [...] } } } to ${file}`,
            }),
          );
        }
      }
    }

    if (use.steps.includes('promote-model')) {
      // promote refuses to create an alias mlops.yaml does not declare. Our reusable workflow checks
      // nothing out, so there only the defaults count; a step of your own reads its config input.
      const reusable = use.step === undefined;
      const declared = reusable ? DEFAULT_ALIASES : declaredAliases(config);
      const aliasValues = possibleValues(use.given.alias, use.job, use.source.workflow, use.jobId);
      const creates = String(use.given['create-alias'] ?? '').trim();
      for (const alias of aliasValues?.values ?? []) {
        // An alias promote-model refuses outright is workflow-checks.ts's finding, not this one.
        if (declared.includes(alias) || creates === 'true' || isExpression(creates) || aliasProblem(alias)) continue;
        out.push(
          check('environments', 'error', `${subject}: promotes to alias "${alias}" (${aliasValues!.from}), which ${reusable ? `${use.target.replace('.github/workflows/', '')} takes only when it exists or is created (it reads no mlops.yaml: ${declared.join(', ')})` : `${file} does not declare under promote.aliases (${declared.join(', ')})`}`, {
            location: use.source.locate(aliasValues!.path ?? [...use.path, 'with', 'alias']),
            fix: reusable ? 'pass create-alias: true to create it on its first promotion, or use staging or production' : `add it to promote.aliases in ${file}, or pass create-alias: true`,
          }),
        );
      }
    }

    if (use.steps.includes('drift-check')) {
      const current = use.given.current;
      const hasCurrent = current !== undefined && current !== null && String(current).trim() !== '';
      for (const model of models) {
        const settings = config.drift?.models?.[model];
        if (hasCurrent) continue;
        if (!settings?.sources?.length) {
          out.push(
            check('models', 'error', `${subject}: drift-check for ${model} has no current data: ${settings ? `drift.models.${model} has no sources` : `${file} has no drift.models.${model}`} and the job gives no current input`, {
              location,
              fix: `add drift: { models: { ${model}: { sources: [{ files: ["prod/*.csv"] }] } } } to ${file} (docs/drift.md), or pass current:`,
            }),
          );
        } else {
          once(`drift:${file}:${model}`, check('models', 'ok', `${model}: drift-check reads ${settings.sources.length} source${settings.sources.length === 1 ? '' : 's'}`, { location: { file } }));
        }
      }
    }
  }
  return out;
}
