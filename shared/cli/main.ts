/** The `mlops` command (bundled to dist/cli/index.js; bin/mlops.js runs it). */
import { runCli } from '../runtime/cli.js';
import { program } from './program.js';

process.exitCode = await runCli(process.argv.slice(2), program);
