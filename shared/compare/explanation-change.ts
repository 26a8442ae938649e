/**
 * The PR report's "What the model relies on": each side's explanation (explain's
 * `mlops-actions/explanation@1`) read from beside its evaluation report — where the PR report's
 * artifact and a registry release keep `explanation.json` — or from a path given, and their top
 * features side by side with their ranks, so a reviewer sees when the head model leans on
 * something new.
 *
 * Found and read as the training records are (side-record.ts).
 */
import { EXPLANATION_ASSET, EXPLANATION_SCHEMA, explanationSchema, type Explanation, type ExplanationChange } from '../formats/explanation-format.js';
import { readJsonAs } from '../registry/release-files.js';
import { readSideRecord } from './side-record.js';

/** Features shown per side: the union of both sides' top ten. */
export const TOP_FEATURES_SHOWN = 10;
/** An explanation is a few KB per feature; more than this is not one we wrote. */
export const MAX_EXPLANATION_BYTES = 64 * 1024 * 1024;

export interface SideExplanation {
  file: string;
  explanation: Explanation;
}

/** One side's explanation: the file given, else `explanation.json` beside its report, else none. */
export async function readSideExplanation(spec: { side: 'head' | 'baseline'; given?: string; besideReport?: string }, notes: string[]): Promise<SideExplanation | undefined> {
  const read = await readSideRecord(
    {
      ...spec,
      name: EXPLANATION_ASSET,
      what: 'explanation',
      maxBytes: MAX_EXPLANATION_BYTES,
      hint: 'give the explanation.json explain wrote, or leave the option out',
      read: (file) => readJsonAs(file, explanationSchema, `${EXPLANATION_SCHEMA} explanation`, 'point at the explanation.json explain wrote'),
    },
    notes,
  );
  return read && { file: read.file, explanation: read.value };
}

function sideInfo(s: SideExplanation | undefined): ExplanationChange['head'] {
  if (!s) return null;
  const x = s.explanation;
  return { file: s.file, metric: x.metric.name, direction: x.metric.direction, rows_used: x.dataset.rows_used, repeats: x.repeats };
}

/** Both sides' top features side by side; undefined when neither side has an explanation. */
export function explanationChange(head: SideExplanation | undefined, baseline: SideExplanation | undefined, notes: string[] = [], top = TOP_FEATURES_SHOWN): ExplanationChange | undefined {
  if (!head && !baseline) return undefined;
  const out = [...notes];
  if (!head) out.push('the head has no explanation (explain\'s explanation.json beside its evaluation report): only the baseline\'s ranks are shown');
  if (!baseline) out.push('the baseline has no explanation: only the head\'s ranks are shown');
  if (head && baseline && head.explanation.metric.name !== baseline.explanation.metric.name) {
    out.push(`the two sides measured importance in different metrics (head ${head.explanation.metric.name}, baseline ${baseline.explanation.metric.name}): compare ranks, not values`);
  }
  // Maps, not objects: feature names are the data's column names, untrusted ("__proto__" is a name like any other).
  const byName = (s: SideExplanation | undefined) => {
    const m = new Map<string, { rank: number; mean: number }>();
    for (const f of s?.explanation.features ?? []) m.set(f.feature, { rank: f.rank, mean: f.importance_mean });
    return m;
  };
  const h = byName(head);
  const b = byName(baseline);
  const shown: string[] = [];
  for (const f of head?.explanation.features ?? []) if (f.rank <= top) shown.push(f.feature);
  for (const f of baseline?.explanation.features ?? []) if (f.rank <= top && !shown.includes(f.feature)) shown.push(f.feature);
  return {
    top,
    head: sideInfo(head),
    baseline: sideInfo(baseline),
    features: shown.map((feature) => ({
      feature,
      head_rank: h.get(feature)?.rank ?? null,
      baseline_rank: b.get(feature)?.rank ?? null,
      head_importance: h.get(feature)?.mean ?? null,
      baseline_importance: b.get(feature)?.mean ?? null,
    })),
    notes: out,
  };
}
