/**
 * The shared workspace beside the repository (`../shared`): real third-party files (`realdata/`) and
 * GitHub's JSON Schemas (`schemas/`) that tests read but the repository does not ship. A plain clone
 * (a user's, or CI on GitHub) has no `../shared`, so every test that needs it asks here and skips
 * with a printed reason when it is absent, rather than failing in `beforeAll`.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sharedWorkspaceDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

export interface SharedFile {
  /** Absolute path of `../shared/<relative>`. */
  path: string;
  /** True when it does not exist (a plain clone); the reason has been printed. */
  absent: boolean;
}

/** `../shared/<relative>`; when absent, prints that `what` is skipped and why. */
export function sharedFile(relative: string, what: string): SharedFile {
  const path = resolve(sharedWorkspaceDir, relative);
  const absent = !existsSync(path);
  if (absent) console.warn(`skipping ${what}: ${path} is absent (../shared sits beside the repository in the shared workspace, not in a plain clone)`);
  return { path, absent };
}
