/**
 * Every exit code `mlops` uses, one line each, for `mlops help` (and README's CLI section). A test
 * (test/cli/exit-codes.test.ts) finds each EXIT_* constant in shared/ and checks it is listed here.
 */
import { EXIT_FORGE_FAILED } from '../github/forge-error.js';
import { BASE_EXIT_CODES, type ExitCodeHelp } from '../runtime/cli.js';

export const MLOPS_EXIT_CODES: readonly ExitCodeHelp[] = [
  ...BASE_EXIT_CODES.slice(0, 3),
  { code: String(EXIT_FORGE_FAILED), meaning: 'GitHub refused or kept failing a call (a missing token permission, an outage)' },
  ...BASE_EXIT_CODES.slice(3),
  // No handler catches these: Node ends by the signal, and the shell reports 128 + its number.
  { code: '130, 143', meaning: 'interrupted by Ctrl-C (SIGINT) or SIGTERM' },
];
