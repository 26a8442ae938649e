/**
 * `mlops-actions/runtime`: the action face our own steps use, for a team's own step (what
 * `mlops new-action` scaffolds). Re-exported, never copied: inputs read and checked with zod
 * (`readInputs`), outputs and the job summary (`setOutputs`, `appendSummary`, cut at GitHub's
 * 1 MiB), errors that become an annotation at file:line and our exit codes (`runAction`,
 * `InputError`, ...), and the Markdown escaping of untrusted text.
 *
 * `z` is re-exported so a step's input schema is built with the same zod that `readInputs` checks
 * it with: two copies of zod in one bundle would make its types disagree.
 */
export { z } from 'zod';
export { annotate, appendSummary, failStep, fitSummary, logInfo, readInputs, runAction, setOutputs, type OutputValue, type ReadInputsOptions } from '../runtime/action.js';
export {
  ContractError,
  EXIT_BAD_INPUT,
  EXIT_CHECK_FAILED,
  EXIT_OK,
  InputError,
  MlopsError,
  UsageError,
  formatLocation,
  isMlopsError,
  type SourceLocation,
} from '../runtime/errors.js';
export { escapeMarkdown, escapeMarkdownCell } from '../report/markdown-escape.js';
