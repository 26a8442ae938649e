/**
 * Secrets and variables: which ones the workflows read (`secrets.X`, `vars.X`), listed for a person
 * to check, because a repository's secrets cannot be read offline (nor, by design, by anyone); and
 * whether the credentials mlops.yaml's drift sources name with `secret_env` reach the drift job.
 */
import type { MlopsConfig } from '../config/mlops-config.js';
import { check, type Check } from './check.js';
import type { OwnUse } from './own-uses.js';
import { literalOf, possibleValues } from './own-uses.js';
import { workflowCallOf, type WorkflowSource } from './workflow.js';
import type { SourceLocation } from '../runtime/errors.js';

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const REFERENCE = /\b(secrets|vars)\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'([^']+)'\s*\])/g;

interface Reference {
  kind: 'secrets' | 'vars';
  name: string;
  places: SourceLocation[];
}

/** Every `secrets.X` and `vars.X` read in expressions, except GITHUB_TOKEN and a reusable workflow's own declared secrets. */
export function referencedSecrets(sources: readonly WorkflowSource[]): Reference[] {
  const found = new Map<string, Reference>();
  for (const source of sources) {
    const declared = new Set(Object.keys(workflowCallOf(source.workflow)?.secrets ?? {}));
    for (const scalar of source.scalars()) {
      for (const expr of scalar.value.matchAll(EXPRESSION)) {
        for (const ref of expr[1]!.matchAll(REFERENCE)) {
          const kind = ref[1] as 'secrets' | 'vars';
          const name = ref[2] ?? ref[3]!;
          if (kind === 'secrets' && (name === 'GITHUB_TOKEN' || declared.has(name))) continue;
          const key = `${kind}.${name}`;
          const entry = found.get(key) ?? { kind, name, places: [] };
          const index = expr.index! + ref.index!;
          entry.places.push({ file: source.file, line: scalar.lineOf(index), column: scalar.location.line === scalar.lineOf(index) ? scalar.location.column : undefined });
          found.set(key, entry);
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

export function secretListChecks(sources: readonly WorkflowSource[]): Check[] {
  return referencedSecrets(sources).map((r) => {
    const where = r.places.map((p) => `${p.file}:${p.line}`);
    const what = r.kind === 'secrets' ? 'secret' : 'variable';
    const also = where.slice(1);
    return check('secrets', 'ok', `${what} ${r.name} is used${also.length ? ` (also at ${also.slice(0, 3).join(', ')}${also.length > 3 ? ` and ${also.length - 3} more` : ''})` : ''}`, {
      location: r.places[0],
      note: `make sure it exists: Settings > Secrets and variables > Actions > ${r.kind === 'secrets' ? 'Secrets' : 'Variables'} (doctor cannot read a repository's ${r.kind === 'secrets' ? 'secrets' : 'variables'} offline); an unset one reads as empty`,
    });
  });
}

/** The secret_env names of a model's drift sources. */
function secretEnvNames(config: MlopsConfig, model: string): string[] {
  const sources = config.drift?.models?.[model]?.sources ?? [];
  return [...new Set(sources.flatMap((s) => [s.http?.secret_env, s.prometheus?.secret_env]).filter((n): n is string => typeof n === 'string'))];
}

/**
 * Each drift job must hand the drift-check step the variables its sources name: through the
 * reusable workflow's source-secrets secret (one NAME=value line each), or in env: of the step,
 * its job or the workflow when the action is used directly.
 */
export function sourceSecretChecks(uses: readonly OwnUse[], configOf: (use: OwnUse) => { file: string; config: MlopsConfig } | undefined): Check[] {
  const out: Check[] = [];
  for (const use of uses.filter((u) => u.steps.includes('drift-check'))) {
    const loaded = configOf(use);
    if (!loaded) continue;
    // Files given as `current` replace the configured sources.
    if (literalOf(use.given.current) !== undefined || (typeof use.given.current === 'string' && use.given.current.includes('${{'))) continue;
    const models = possibleValues(use.given.model, use.job, use.source.workflow, use.jobId)?.values ?? [];
    for (const model of models) {
      for (const name of secretEnvNames(loaded.config, model)) {
        const subject = `jobs.${use.jobId}${use.step ? `.steps[${use.path[3]}]` : ''}`;
        if (use.step) {
          const env = { ...(use.source.workflow.env ?? {}), ...(use.job.env ?? {}), ...(use.step.env ?? {}) };
          if (Object.hasOwn(env, name)) out.push(check('secrets', 'ok', `${subject}: drift source secret ${name} (${loaded.file}, drift.models.${model}) is in the step's environment`, { location: use.source.locate(use.path) }));
          else {
            out.push(
              check('secrets', 'error', `${subject}: ${loaded.file} drift.models.${model} reads ${name} (secret_env), but drift-check's environment does not have it`, {
                location: use.source.locate(use.path),
                fix: `add to the step: env: { ${name}: \${{ secrets.${name} }} }`,
              }),
            );
          }
          continue;
        }
        const secrets = use.job.secrets;
        const text = secrets && typeof secrets === 'object' ? secrets['source-secrets'] : undefined;
        const passed = typeof text === 'string' && new RegExp(`^\\s*${name}\\s*=`, 'm').test(text);
        if (passed) {
          out.push(check('secrets', 'ok', `${subject}: drift source secret ${name} (${loaded.file}, drift.models.${model}) is passed in source-secrets`, { location: use.source.locate([...use.path, 'secrets', 'source-secrets']) }));
        } else {
          out.push(
            check('secrets', 'error', `${subject}: ${loaded.file} drift.models.${model} reads ${name} (secret_env), but the job does not pass it in source-secrets${secrets === 'inherit' ? ' (secrets: inherit does not fill source-secrets)' : ''}`, {
              location: use.source.locate(secrets && typeof secrets === 'object' ? [...use.path, 'secrets'] : use.path),
              fix: `pass it: secrets: { source-secrets: "${name}=\${{ secrets.${name} }}" } (one NAME=value line per secret)`,
            }),
          );
        }
      }
    }
  }
  return out;
}
