/**
 * `mlops new-action NAME`: writes a custom step into a team's repository, `actions/NAME/`, from the
 * templates in action-templates/custom-step/ (action.yml, a thin main.ts, step.ts, a test that runs
 * the bundle like the runner, package.json, tsconfig.json, README.md).
 *
 * The scaffold uses our library through the package's subpath exports (`mlops-actions/runtime`,
 * `mlops-actions/formats`, see package.json), installed from GitHub at the major version tag (the
 * coordinates of published-coordinates.ts, as `mlops init` writes them; `--uses` for a fork); the
 * versions of its build tools are ours (package.json devDependencies), so a scaffold builds with
 * what our own steps build with.
 *
 * All or nothing: every file is checked (NAME, existing files, --force) and written to a temp file
 * beside its target before the first one is renamed into place, so a refusal or a failed write
 * leaves the repository as it was.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../runtime/errors.js';
import { packageRoot } from '../runtime/package-root.js';
import { publishedCoordinates, type PublishedCoordinates } from '../runtime/published-coordinates.js';

/** Lowercase letters, digits and single hyphens, starting with a letter: a folder, an npm name and a step id. */
export const ACTION_NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_ACTION_NAME_LENGTH = 64;
/** The npm dependency on the library at `c`: `github:owner/repo#ref`, the coordinates `mlops init --uses` takes too. */
export const librarySpec = (c: PublishedCoordinates) => `github:${c.repository}#${c.ref}`;
/** Where the scaffold gets the library by default: our repository at the major version the actions are used at (package.json). */
export const LIBRARY_SPEC = librarySpec(publishedCoordinates());
/** Template files whose name npm would drop from a package (it never packs .gitignore). */
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

export interface ScaffoldOptions {
  name: string;
  /** The repository's root; the step goes to `<dir>/actions/<name>/`. */
  dir: string;
  /** Overwrite files that exist. */
  force?: boolean;
  /** Templates folder (default: action-templates/custom-step/ of this package). */
  templates?: string;
  /** Where the library comes from (`mlops new-action --uses`); default package.json's repository at v<major>. */
  coordinates?: PublishedCoordinates;
}

export interface ScaffoldResult {
  /** The step's folder, relative to `dir` (`actions/<name>`). */
  folder: string;
  /** Files written, relative to `dir`, sorted. */
  files: string[];
  /** Files that existed and were overwritten (--force), relative to `dir`. */
  overwritten: string[];
}

/** Returns the name, or throws UsageError saying what is wrong with it. */
export function validateActionName(name: string): string {
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  if (name === '') throw new UsageError('the action name is empty', { hint: 'mlops new-action NAME, e.g. mlops new-action metric-floor' });
  if (name.length > MAX_ACTION_NAME_LENGTH) throw new UsageError(`the action name ${shown} is ${name.length} characters long`, { hint: `use at most ${MAX_ACTION_NAME_LENGTH}` });
  if (!ACTION_NAME_RE.test(name)) {
    throw new UsageError(`the action name ${shown} is not allowed`, {
      hint: 'use lowercase letters, digits and single hyphens, starting with a letter (e.g. metric-floor); it names the folder actions/NAME',
    });
  }
  return name;
}

function ourPackageJson(): { devDependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
}

/** The placeholders of the templates and their values for one step. */
export function templateValues(name: string, library = LIBRARY_SPEC): Record<string, string> {
  const dev = ourPackageJson().devDependencies ?? {};
  const version = (pkg: string) => {
    const v = dev[pkg];
    if (!v) throw new Error(`package.json has no devDependency ${pkg}, which the custom-step scaffold builds with`);
    return v;
  };
  return {
    __NAME__: name,
    __LIBRARY__: library,
    __NCC_VERSION__: version('@vercel/ncc'),
    __TYPESCRIPT_VERSION__: version('typescript'),
    __TYPES_NODE_VERSION__: version('@types/node'),
  };
}

export function renderTemplate(text: string, values: Record<string, string>): string {
  const out = text.replace(/__[A-Z_]+?__/g, (p) => (Object.hasOwn(values, p) ? values[p]! : p));
  const left = /__[A-Z_]+?__/.exec(out);
  if (left) throw new Error(`template placeholder ${left[0]} has no value`);
  return out;
}

/** The files a scaffold writes: path relative to the step's folder -> content. */
export function renderCustomStep(name: string, templates = join(packageRoot(), 'action-templates', 'custom-step'), library = LIBRARY_SPEC): Map<string, string> {
  validateActionName(name);
  const values = templateValues(name, library);
  const files = new Map<string, string>();
  for (const entry of readdirSync(templates).sort()) {
    if (!statSync(join(templates, entry)).isFile()) continue;
    files.set(RENAMED[entry] ?? entry, renderTemplate(readFileSync(join(templates, entry), 'utf8'), values));
  }
  if (!files.has('action.yml') || !files.has('main.ts')) throw new Error(`${templates} is not the custom-step templates folder (no action.yml or main.ts)`);
  return files;
}

export async function scaffoldCustomStep(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const name = validateActionName(options.name);
  if (!existsSync(options.dir) || !statSync(options.dir).isDirectory()) {
    throw new UsageError(`${options.dir} is not a folder`, { hint: 'pass --dir with the root of your repository (default: the current folder)' });
  }
  const files = renderCustomStep(name, options.templates, options.coordinates ? librarySpec(options.coordinates) : LIBRARY_SPEC);
  const folder = `actions/${name}`;
  const abs = (rel: string) => join(options.dir, folder, rel);

  // Everything that can refuse, before anything is written.
  for (const parent of ['actions', folder]) {
    const p = join(options.dir, parent);
    if (existsSync(p) && !statSync(p).isDirectory()) throw new UsageError(`${parent} exists and is not a folder`, { location: { file: p }, hint: 'move it away, or pick another name' });
  }
  const existing = [...files.keys()].filter((rel) => existsSync(abs(rel)) || isDanglingLink(abs(rel)));
  const notFiles = existing.filter((rel) => !lstatSync(abs(rel)).isFile());
  if (notFiles.length > 0) {
    throw new UsageError(`${notFiles.map((f) => `${folder}/${f}`).join(', ')} exist${notFiles.length === 1 ? 's' : ''} and ${notFiles.length === 1 ? 'is not a file' : 'are not files'}`, {
      hint: 'move them away; --force only overwrites files',
    });
  }
  if (existing.length > 0 && !options.force) {
    throw new UsageError(`${folder} already has ${existing.join(', ')}`, { hint: 'pass --force to overwrite them, or pick another name; nothing was written' });
  }

  await mkdir(join(options.dir, folder), { recursive: true });
  const suffix = `.mlops-new-action-${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: string[] = [];
  try {
    for (const [rel, content] of files) {
      await writeFile(abs(rel) + suffix, content, { flag: 'wx' });
      staged.push(rel);
    }
  } catch (e) {
    await Promise.all(staged.map((rel) => rm(abs(rel) + suffix, { force: true })));
    throw e;
  }
  for (const rel of staged) await rename(abs(rel) + suffix, abs(rel));
  return { folder, files: [...files.keys()].map((rel) => `${folder}/${rel}`).sort(), overwritten: existing.map((rel) => `${folder}/${rel}`) };
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** What to do next, printed by `mlops new-action`. */
export function nextSteps(name: string, folder: string, library = LIBRARY_SPEC): string {
  return `Next steps:
  cd ${folder}
  npm install          # the mlops-actions library (${library}), ncc and TypeScript
  # write your logic in step.ts; main.ts maps action.yml's inputs and outputs to it
  npm run typecheck
  npm test             # builds dist/index.js and runs it the way the runner does
  git add .            # dist/ included: the runner runs the committed bundle

Use it in a workflow, after actions/checkout:
      - uses: ./${folder}
        id: ${name}
        with:
          evaluation: mlops-out/evaluation.json
          metric: roc_auc
          threshold: '0.8'

More: docs/new-action.md in mlops-actions.
`;
}
