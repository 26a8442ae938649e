/**
 * What `mlops init` writes, and from which template in action-templates/. The starter workflows are
 * the same files as workflows/ in this repository: those are what the templates render for the
 * example project (action-templates/README.md, "The example values"), which test/init checks byte
 * for byte.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../runtime/package-root.js';

/** The major version users pin: `@v1` in the workflows, `/v1/` in the schema URLs. */
export const MAJOR_VERSION = 'v1';
export const REPOSITORY = 'mlops-actions/mlops-actions';
const RAW = `https://raw.githubusercontent.com/${REPOSITORY}/${MAJOR_VERSION}`;
/** The JSON Schemas of the two files, at the major version's tag, for `# yaml-language-server: $schema=`. */
export const CONFIG_SCHEMA_URL = `${RAW}/schemas/mlops-config.schema.json`;
export const CONTRACT_SCHEMA_URL = `${RAW}/schemas/contract.schema.json`;

/** The starter workflows, by name: action-templates/workflows/<name>.yml → .github/workflows/<name>.yml. */
export const STARTER_WORKFLOWS = ['pr-report', 'pr-comment', 'release', 'promote', 'drift-check'] as const;
export type StarterWorkflow = (typeof STARTER_WORKFLOWS)[number];

export const CONFIG_TEMPLATE = 'mlops.yaml';
export const workflowTemplate = (name: StarterWorkflow) => `workflows/${name}.yml`;
export const workflowTarget = (name: StarterWorkflow) => `.github/workflows/${name}.yml`;

/** The action-templates/ folder of this package (from the sources or the CLI bundle alike). */
export function templatesDir(): string {
  return join(packageRoot(), 'action-templates');
}

/** The text of a template, by its path under action-templates/. */
export async function readTemplate(path: string): Promise<string> {
  return readFile(join(templatesDir(), path), 'utf8');
}
