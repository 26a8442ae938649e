/**
 * The data contract `mlops init` writes: inferred from the training data the way
 * `mlops validate --infer-contract` does (shared/data/infer-contract.ts: the data it came from
 * passes it, and so does fresh data from the same source), with a `# yaml-language-server:
 * $schema=` line for editors.
 */
import { join } from 'node:path';
import { validateData } from '../steps/validate-data.js';
import { contractToYaml, inferContract } from '../data/infer-contract.js';
import type { PublishedCoordinates } from '../runtime/published-coordinates.js';
import { contractSchemaUrl, TEMPLATE_COORDINATES } from './starter-files.js';

export interface InferredContract {
  yaml: string;
  rows: number;
  /**
   * Columns that drift by construction, which the drift check starts out ignoring: dates and
   * timestamps (time moves on) and columns whose every value is distinct (ids).
   */
  driftByConstruction: string[];
  /** The data's columns, in file order. */
  columns: string[];
}

/** Profiles `data` (a path relative to `dir`, as written in the header) and infers its contract. */
export async function inferDataContract(dir: string, data: string, coordinates: PublishedCoordinates = TEMPLATE_COORDINATES): Promise<InferredContract> {
  const { profile } = await validateData({ data: join(dir, data) });
  const contract = inferContract(profile);
  const header = [
    `yaml-language-server: $schema=${contractSchemaUrl(coordinates)}`,
    `Data contract inferred by \`mlops init\` from ${data} (${profile.rows} rows). Reference: docs/contract.md`,
    `in ${coordinates.repository}. Review it: types are strict; missing values and categories get`,
    'the tolerance this sample allows; ranges are its range widened by 10%, as warnings. Tighten',
    'what you know (hard limits as errors) and loosen what merely happened to hold.',
  ].join('\n');
  // All-distinct columns from the profile, not the contract's `unique`: inference claims uniqueness
  // only for id-like columns, but distinct names or free text drift by construction all the same.
  const allDistinct = (name: string): boolean => {
    const p = profile.columns[name];
    return p !== undefined && (p.distinct.exact || p.frequent_exact) && p.count > 1 && p.distinct.estimate === p.count;
  };
  const driftByConstruction = Object.entries(contract.columns ?? {})
    .filter(([name, c]) => {
      const type = typeof c.type === 'object' ? c.type.value : c.type;
      return c.unique === true || allDistinct(name) || type === 'date' || type === 'timestamp';
    })
    .map(([name]) => name);
  return { yaml: contractToYaml(contract, header), rows: profile.rows, driftByConstruction, columns: Object.keys(contract.columns ?? {}) };
}
