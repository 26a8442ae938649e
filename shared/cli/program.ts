/**
 * The `mlops` program: its commands and exit codes (main.ts runs it; tests call runCli with it).
 *
 * Each command's module is imported when that command runs or shows its usage (LazyCommand in
 * runtime/cli.ts): `mlops validate` compiles the validator, not the trainer, the registry's GitHub
 * client and the fourteen others (issue 18). A command's name and summary are written here, for
 * `mlops help`, and in its module; test/cli/program.test.ts checks that they agree.
 */
import type { Command, LazyCommand, Program } from '../runtime/cli.js';
import { MLOPS_EXIT_CODES } from './exit-codes.js';
import pkg from '../../package.json' with { type: 'json' };

const lazy = (name: string, summary: string, load: () => Promise<Command>): LazyCommand => ({ name, summary, load });

export const program: Program = {
  name: 'mlops',
  version: pkg.version,
  summary: 'the mlops-actions steps on your machine',
  commands: [
    lazy('validate', 'Profile a data file and check it against a data contract (also in shards)', async () => (await import('./commands/validate.js')).validateCommand),
    lazy('profile merge', 'Merge shard profiles into one profile', async () => (await import('./commands/profile-merge.js')).profileMergeCommand),
    lazy('profile show', 'Print a profile as a table', async () => (await import('./commands/profile-show.js')).profileShowCommand),
    lazy('evaluate', 'Compute metrics, slices and CIs from predictions (or import logged metrics)', async () => (await import('./commands/evaluate.js')).evaluateCommand),
    lazy('explain', 'Permutation feature importance through your own predict command', async () => (await import('./commands/explain.js')).explainCommand),
    lazy('train', 'Run a training command with params, a seed, a run record and a run cache', async () => (await import('./commands/train.js')).trainCommand),
    lazy('compare', 'Compare an evaluation report with a baseline, gate it, and render the PR report', async () => (await import('./commands/compare.js')).compareCommand),
    lazy('rank', 'Rank candidate models by their evaluations under the gate rules', async () => (await import('./commands/rank.js')).rankCommand),
    lazy('publish', 'Publish a model as a versioned, checksummed release with a model card', async () => (await import('./commands/publish.js')).publishCommand),
    lazy('promote', 'Move an alias (staging, production) of a model to a verified version', async () => (await import('./commands/promote.js')).promoteCommand),
    lazy('pull', 'Download and verify a model version (NAME@ALIAS) from the release or the OCI registry', async () => (await import('./commands/pull.js')).pullCommand),
    lazy('registry list', 'List the models in the registry with their aliases', async () => (await import('./commands/registry.js')).registryListCommand),
    lazy('registry show', "Show a model's versions and aliases", async () => (await import('./commands/registry.js')).registryShowCommand),
    lazy('registry history', "Show a model's audit log: publishes and promotions", async () => (await import('./commands/registry.js')).registryHistoryCommand),
    lazy('drift', 'Check current production data and metrics for drift against the reference', async () => (await import('./commands/drift.js')).driftCommand),
    lazy('init', 'Write mlops.yaml, a data contract and the starter workflows into a repository', async () => (await import('./commands/init.js')).initCommand),
    lazy('doctor', "Check a repository's mlops-actions setup and say what to fix; --run plays the PR report locally", async () => (await import('./commands/doctor.js')).doctorCommand),
    lazy('new-action', 'Scaffold a custom step (actions/NAME) on the mlops-actions library', async () => (await import('./commands/new-action.js')).newActionCommand),
  ],
  exitCodes: MLOPS_EXIT_CODES,
};
