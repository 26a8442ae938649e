/**
 * Every exit code `mlops` uses, one line each, for `mlops help` (and README's CLI section). A test
 * (test/cli/exit-codes.test.ts) finds each EXIT_* constant in shared/ and checks it is listed here.
 */
import { EXIT_FORGE_FAILED } from '../ports/forge-error.js';
import { BASE_EXIT_CODES, type ExitCodeHelp } from '../runtime/cli.js';

export const MLOPS_EXIT_CODES: readonly ExitCodeHelp[] = [
  ...BASE_EXIT_CODES.slice(0, 3),
  { code: String(EXIT_FORGE_FAILED), meaning: 'GitHub refused or kept failing a call (a missing token permission, an outage)' },
  ...BASE_EXIT_CODES.slice(3),
  // 128 + the signal's number, as a shell reports it: Node ends by the signal, or (train) mlops
  // stops the training command's process group first and then exits with that code itself.
  { code: '130, 143, 129', meaning: 'interrupted by Ctrl-C (SIGINT), SIGTERM or SIGHUP' },
];
