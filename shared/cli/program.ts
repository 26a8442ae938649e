/** The `mlops` program: its commands and exit codes (main.ts runs it; tests call runCli with it). */
import type { Program } from '../runtime/cli.js';
import { profileMergeCommand } from './commands/profile-merge.js';
import { profileShowCommand } from './commands/profile-show.js';
import { validateCommand } from './commands/validate.js';
import { evaluateCommand } from './commands/evaluate.js';
import { explainCommand } from './commands/explain.js';
import { trainCommand } from './commands/train.js';
import { compareCommand } from './commands/compare.js';
import { rankCommand } from './commands/rank.js';
import { publishCommand } from './commands/publish.js';
import { promoteCommand } from './commands/promote.js';
import { pullCommand } from './commands/pull.js';
import { driftCommand } from './commands/drift.js';
import { doctorCommand } from './commands/doctor.js';
import { newActionCommand } from './commands/new-action.js';
import { initCommand } from './commands/init.js';
import { registryHistoryCommand, registryListCommand, registryShowCommand } from './commands/registry.js';
import { MLOPS_EXIT_CODES } from './exit-codes.js';
import pkg from '../../package.json' with { type: 'json' };

export const program: Program = {
  name: 'mlops',
  version: pkg.version,
  summary: 'the mlops-actions steps on your machine',
  commands: [validateCommand, profileMergeCommand, profileShowCommand, evaluateCommand, explainCommand, trainCommand, compareCommand, rankCommand, publishCommand, promoteCommand, pullCommand, registryListCommand, registryShowCommand, registryHistoryCommand, driftCommand, initCommand, doctorCommand, newActionCommand],
  exitCodes: MLOPS_EXIT_CODES,
};
