/**
 * The MLflow step option (`--mlflow-step N`, input `mlflow-step`), parsed where the faces read it.
 * Its own module: the CLI's evaluate command loads it at start, and must not load the importers then.
 */
import { UsageError } from '../../runtime/errors.js';
/** `--mlflow-step N` / input `mlflow-step`: a whole number of steps (MLflow logs steps as int64), or absent. */
export function parseMlflowStep(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (!/^-?\d{1,15}$/.test(v)) throw new UsageError((o) => `${o.option('mlflow-step')} must be a whole number, the step a metric was logged at (got ${JSON.stringify(value)})`);
  return Number(v);
}
