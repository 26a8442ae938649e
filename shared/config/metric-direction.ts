/**
 * Which way is better for a metric nobody configured a direction for. Compare gates and charts by
 * it; a name it does not know needs `direction:` in the rule (compare will not guess `loss_v2`).
 *
 * Known: the metric registry's names (`roc_auc`), the names other tools log for the same metrics
 * (below, each with the tool that writes it), any of those with a dataset part split off by `.`,
 * `/` or `:` (`roc_auc.test`, `test/log_loss`: DVC, TensorBoard and MLflow), or after a split
 * prefix joined by `_` (`val_loss`, `eval_loss`, `training_roc_auc`: Keras, Hugging Face's
 * Trainer, MLflow autolog), in any letter case (`RMSE`).
 */
import { METRICS, type Direction } from '../model/metrics/index.js';

/** Names other tools give our metrics (or metrics whose direction is as plain). */
export const METRIC_ALIASES: ReadonlyMap<string, Direction> = new Map<string, Direction>([
  // ROC AUC: Keras' AUC metric, XGBoost's and LightGBM's `auc`.
  ['auc', 'higher'],
  // Average precision: DVC's example-get-started (`avg_prec`), XGBoost's `aucpr`.
  ['avg_prec', 'higher'],
  ['aucpr', 'higher'],
  ['pr_auc', 'higher'],
  // The training objective: Keras, PyTorch Lightning, Hugging Face (`loss`); XGBoost, LightGBM.
  ['loss', 'lower'],
  ['logloss', 'lower'],
  ['binary_logloss', 'lower'],
  ['multi_logloss', 'lower'],
  // Regression errors under scikit-learn's and Keras' long names (MLflow autolog logs these).
  ['mean_absolute_error', 'lower'],
  ['mean_squared_error', 'lower'],
  ['root_mean_squared_error', 'lower'],
  ['r2_score', 'higher'],
  // MLflow autolog's classifier names.
  ['accuracy_score', 'higher'],
  ['f1_score', 'higher'],
  ['precision_score', 'higher'],
  ['recall_score', 'higher'],
  ['roc_auc_score', 'higher'],
]);

const KNOWN: ReadonlyMap<string, Direction> = new Map<string, Direction>([...Object.values(METRICS).map((m): [string, Direction] => [m.name, m.direction]), ...METRIC_ALIASES]);

/** A split's name before `_` (Keras `val_`, Hugging Face `eval_`, MLflow `training_`, TensorBoard `epoch_`). */
const SPLIT_PREFIX = /^(?:train|training|val|valid|validation|test|eval|epoch)_/;

function known(part: string): Direction | undefined {
  const p = part.toLowerCase();
  return KNOWN.get(p) ?? KNOWN.get(p.replace(SPLIT_PREFIX, ''));
}

/** The direction for a standard or aliased metric name; undefined when it is not known (or the parts disagree). */
export function defaultDirection(name: string): Direction | undefined {
  const exact = known(name);
  if (exact) return exact;
  const hits = new Set(name.split(/[./:]/).map(known).filter((d) => d !== undefined));
  return hits.size === 1 ? [...hits][0] : undefined;
}
