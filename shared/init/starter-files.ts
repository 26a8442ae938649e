/**
 * What `mlops init` writes, and from which template in action-templates/. The starter workflows are
 * the same files as workflows/ in this repository: those are what the templates render for the
 * example project (action-templates/README.md, "The example values"), which test/init checks byte
 * for byte.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../runtime/package-root.js';
import { publishedCoordinates, type PublishedCoordinates } from '../runtime/published-coordinates.js';

const PUBLISHED = publishedCoordinates();
/** The ref users pin by default: `@v1` in the workflows, `/v1/` in the schema URLs (package.json's major). */
export const MAJOR_VERSION = PUBLISHED.ref;
/** Our repository on GitHub (package.json's `repository`). */
export const REPOSITORY = PUBLISHED.repository;
/** The coordinates the templates in action-templates/ are written with; init points them elsewhere (--uses). */
export const TEMPLATE_COORDINATES: PublishedCoordinates = PUBLISHED;

/** The JSON Schema of mlops.yaml and of a data contract at `c`, for `# yaml-language-server: $schema=`. */
export const configSchemaUrl = (c: PublishedCoordinates) => `https://raw.githubusercontent.com/${c.repository}/${c.ref}/schemas/mlops-config.schema.json`;
export const contractSchemaUrl = (c: PublishedCoordinates) => `https://raw.githubusercontent.com/${c.repository}/${c.ref}/schemas/contract.schema.json`;
export const CONFIG_SCHEMA_URL = configSchemaUrl(PUBLISHED);
export const CONTRACT_SCHEMA_URL = contractSchemaUrl(PUBLISHED);

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
