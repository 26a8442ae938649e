/**
 * How to start one of our worker threads: from the ncc bundles, the worker's own bundle beside the
 * bundle that starts it (scripts/build.mjs writes it there); from TypeScript sources (vitest, tsx),
 * code that registers tsx's loader and then imports the worker's .ts entry. Node 20 does not apply
 * `--import tsx` (module.register) to a worker's execArgv, but tsx's API registers it inside the worker.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * `callerUrl`: the starting module's import.meta.url, passed as a value (`new URL('…',
 * import.meta.url)` written inline would make ncc copy the file as an asset, and the worker must be
 * a bundle of its own). `sourceEntry`: the worker's .ts file beside the caller; `bundledEntry`:
 * its bundle, relative to the caller's bundle.
 */
export function workerEntry(callerUrl: string, sourceEntry: string, bundledEntry: string): { file: URL } | { code: string } {
  if (callerUrl.endsWith('.ts')) {
    // createRequire resolves the package's `require` entry; the worker code imports the ESM one.
    const api = pathToFileURL(createRequire(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const entry = new URL(callerUrl.replace(/[^/]*$/, sourceEntry)).href;
    return { code: `const { register } = await import(${JSON.stringify(api)});\nregister();\nawait import(${JSON.stringify(entry)});\n` };
  }
  return { file: new URL(bundledEntry, callerUrl) };
}
