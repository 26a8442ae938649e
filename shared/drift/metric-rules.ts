/**
 * Rules on production metrics (drift-check's "degradation"): a value from a source (Prometheus,
 * an HTTP endpoint) checked against an absolute bound, or against the released model's own
 * evaluation (how far it may drop). Pure: values in, MetricCheck rows out.
 *
 *   accuracy:    { min: 0.85, max_drop: 0.03 }   # >= 0.85, and at most 0.03 below the release's accuracy
 *   latency_p95: { max: 250 }                    # <= 250 (the unit is the source's)
 *
 * A rule whose metric no source delivered fails: a silent pass on missing evidence would hide an
 * outage of the very thing being watched.
 */
import type { MetricCheck } from '../formats/drift-format.js';

export interface MetricRuleConfig {
  min?: number;
  max?: number;
  max_drop?: number;
}

export interface MetricValue {
  value: number;
  /** Where it came from, e.g. `prometheus: avg_over_time(model_accuracy[1d])`. */
  source: string;
}

// Four significant digits, without trailing zeros: 0.31, 0.8612, 250.
const fmt = (x: number) => String(Number(x.toPrecision(4)));

/**
 * Checks every configured rule. `baseline` gives the released model's value of a metric (its
 * evaluation), which `max_drop` needs; without one, max_drop fails and says why.
 */
export function checkMetricRules(
  rules: Record<string, MetricRuleConfig>,
  values: ReadonlyMap<string, MetricValue>,
  baseline: (name: string) => number | undefined,
): MetricCheck[] {
  const out: MetricCheck[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const got = values.get(name);
    const value = got && Number.isFinite(got.value) ? got.value : null;
    const source = got?.source ?? 'none';
    const missing = (kind: MetricCheck['rule'], threshold: number): MetricCheck => ({
      name, source, value: null, rule: kind, threshold, baseline: null, passed: false,
      message: `${name}: no source delivered a value (configure it under sources, or remove the rule)`,
    });
    if (rule.min !== undefined) {
      out.push(value === null ? missing('min', rule.min) : {
        name, source, value, rule: 'min', threshold: rule.min, baseline: null, passed: value >= rule.min,
        message: `${name} ${fmt(value)} ${value >= rule.min ? '>=' : '<'} ${fmt(rule.min)} (min)`,
      });
    }
    if (rule.max !== undefined) {
      out.push(value === null ? missing('max', rule.max) : {
        name, source, value, rule: 'max', threshold: rule.max, baseline: null, passed: value <= rule.max,
        message: `${name} ${fmt(value)} ${value <= rule.max ? '<=' : '>'} ${fmt(rule.max)} (max)`,
      });
    }
    if (rule.max_drop !== undefined) {
      const base = baseline(name);
      if (value === null) out.push(missing('max_drop', rule.max_drop));
      else if (base === undefined || !Number.isFinite(base)) {
        out.push({
          name, source, value, rule: 'max_drop', threshold: rule.max_drop, baseline: null, passed: false,
          message: `${name}: max_drop needs the released model's ${name}, and its evaluation has none (use reference: production with a release that reports ${name}, or a min rule)`,
        });
      } else {
        const drop = base - value;
        out.push({
          name, source, value, rule: 'max_drop', threshold: rule.max_drop, baseline: base, passed: drop <= rule.max_drop,
          message: `${name} ${fmt(value)} is ${fmt(Math.abs(drop))} ${drop >= 0 ? 'below' : 'above'} the release's ${fmt(base)} (max_drop ${fmt(rule.max_drop)})`,
        });
      }
    }
  }
  return out;
}
