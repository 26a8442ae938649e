/**
 * The example project's hold-out year (examples/weather/data/seattle-2015.csv) with its target as a
 * 0/1 `rain` column in place of `weather`: the rows explain permutes, as the example's README asks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './run-action.js';

/** The CSV text of the hold-out with a `rain` column (1 when the day's weather was rain). */
export function weatherHoldoutCsv(): string {
  const [header, ...lines] = readFileSync(join(repoRoot, 'examples/weather/data/seattle-2015.csv'), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const w = cols.indexOf('weather');
  const rows = lines.map((l) => l.split(',').map((c, i) => (i === w ? (c === 'rain' ? '1' : '0') : c)).join(','));
  return `${cols.map((c, i) => (i === w ? 'rain' : c)).join(',')}\n${rows.join('\n')}\n`;
}
