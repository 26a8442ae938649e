/**
 * `mlops-actions/ranking@1`: the candidates of a training matrix ranked under one model's gate
 * rules (rank-candidates writes `ranking.json`; shared/compare/rank-candidates.ts says how the
 * order is decided).
 */
import { z } from 'zod';

export const RANKING_SCHEMA = 'mlops-actions/ranking@1';

export const rankedCandidateSchema = z.object({
  /** 1-based position. */
  rank: z.number().int().positive(),
  name: z.string(),
  /** The candidate's evaluation report, as given. */
  file: z.string().nullable(),
  /** The gate's verdict for this candidate against the baseline (compare's). */
  verdict: z.enum(['pass', 'fail', 'report-only']),
  /** Error-severity rules failed, warn-severity rules failed, and one line per failure. */
  gate: z.object({ failed: z.number().int().nonnegative(), warned: z.number().int().nonnegative(), failures: z.array(z.string()) }),
  /** The primary metric: the candidate's value, the baseline's, and their difference (null when either is missing). */
  primary: z.number().nullable(),
  baseline: z.number().nullable(),
  delta: z.number().nullable(),
  /** Every metric of the candidate's report. */
  metrics: z.record(z.string(), z.number()),
});

export const rankingSchema = z.object({
  schema: z.literal(RANKING_SCHEMA),
  model: z.string().nullable(),
  metric: z.object({ name: z.string(), direction: z.enum(['higher', 'lower']), source: z.enum(['option', 'config', 'task']) }),
  baseline: z.object({ file: z.string().nullable() }).nullable(),
  /** Whether gate rules were configured (else every candidate is report-only). */
  gated: z.boolean(),
  /** The best candidate that passes the gate; null when none does. */
  winner: z.string().nullable(),
  /** One sentence: why the winner won, or why there is none. */
  reason: z.string(),
  candidates: z.array(rankedCandidateSchema),
});

export type RankedCandidate = z.infer<typeof rankedCandidateSchema>;
export type Ranking = z.infer<typeof rankingSchema>;
