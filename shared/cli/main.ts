/** The `mlops` command (bundled to dist/cli/index.js; bin/mlops.js runs it). */
import module from 'node:module';

// V8's compile cache, where Node has it (≥ 22.1; not 20): from the second run on, the code imported
// below is compiled from the cache in NODE_COMPILE_CACHE or os.tmpdir()/node-compile-cache, which
// Node keeps up to date and which never changes what runs. Only modules loaded after this call are
// cached, hence the import()s: ncc puts the CLI in a chunk of its own (issue 18).
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runCli } = await import('../runtime/cli.js');
const { program } = await import('./program.js');

process.exitCode = await runCli(process.argv.slice(2), program);
