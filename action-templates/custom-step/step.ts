/**
 * __NAME__'s logic: a plain function from typed options to a result. It knows nothing about the
 * runner (main.ts maps inputs and outputs), so it is easy to test and to call from elsewhere.
 * Replace it with your own, and keep reading mlops-actions' files through mlops-actions/formats:
 * they are checked with the same schemas our steps write them with.
 */
import { readFormat } from 'mlops-actions/formats';
import { InputError, escapeMarkdown } from 'mlops-actions/runtime';

export interface CheckMetricOptions {
  /** The evaluation report (mlops-actions/evaluation@1) the evaluate step wrote. */
  evaluation: string;
  /** The metric's name as the report writes it (roc_auc, accuracy, rmse, ...). */
  metric: string;
  /** Fail when the metric is worse than this; undefined: report only. */
  threshold?: number;
  /** Which way is better; default: what the report says for the metric, else higher. */
  direction?: 'higher' | 'lower';
}

export interface CheckMetricResult {
  value: number;
  direction: 'higher' | 'lower';
  passed: boolean;
  /** Markdown for the job summary. */
  summary: string;
}

export async function checkMetric(o: CheckMetricOptions): Promise<CheckMetricResult> {
  const report = await readFormat(o.evaluation, 'mlops-actions/evaluation@1');
  const metric = Object.hasOwn(report.metrics, o.metric) ? report.metrics[o.metric] : undefined;
  if (!metric) {
    const omitted = report.omitted.find((m) => m.metric === o.metric);
    throw new InputError(omitted ? `metric "${o.metric}" was omitted: ${omitted.reason}` : `the report has no metric "${o.metric}"`, {
      location: { file: o.evaluation },
      hint: `it has: ${Object.keys(report.metrics).join(', ') || 'no metrics'}`,
    });
  }
  const direction = o.direction ?? metric.direction ?? 'higher';
  const passed = o.threshold === undefined || (direction === 'higher' ? metric.value >= o.threshold : metric.value <= o.threshold);
  const required = o.threshold === undefined ? 'none (report only)' : `${direction === 'higher' ? '≥' : '≤'} ${o.threshold}`;
  // Metric names come from files a PR can change: escaped before they reach Markdown.
  const summary = [
    `### __NAME__: ${escapeMarkdown(o.metric)}`,
    '',
    '| value | required | result |',
    '| ---: | --- | --- |',
    `| ${metric.value} | ${required} | ${passed ? 'pass' : 'fail'} |`,
    '',
  ].join('\n');
  return { value: metric.value, direction, passed, summary };
}
