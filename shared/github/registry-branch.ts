/**
 * The registry branch a step writes to (`registry-branch` input), checked before the first call to
 * GitHub: a name git refuses (`git check-ref-format`) would otherwise fail only after labels,
 * approvals and releases were read, or halfway through a publish.
 */
import { UsageError } from '../runtime/errors.js';

/** git-check-ref-format(1)'s rules for a branch name, plus a length GitHub accepts. */
export function validateRegistryBranch(branch: string): string {
  const problem = branchProblem(branch);
  if (problem === undefined) return branch;
  const shown = JSON.stringify(branch.length > 80 ? `${branch.slice(0, 80)}…` : branch);
  throw new UsageError(`registry branch ${shown} is not a valid branch name: ${problem}`, {
    hint: 'use letters, digits, "-", "_", "." and "/" (default mlops-registry)',
  });
}

function branchProblem(b: string): string | undefined {
  if (b === '') return 'it is empty';
  if (b.length > 200) return 'it is longer than 200 characters';
  // Control characters, space and the characters git gives meaning to in revisions.
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(b)) return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (b.includes('..')) return 'it contains ".."';
  if (b.includes('@{') || b === '@') return 'it contains "@{" or is "@"';
  if (b.startsWith('/') || b.endsWith('/') || b.includes('//')) return 'it starts or ends with "/" or has an empty part';
  if (b.startsWith('-')) return 'it starts with "-"';
  if (b.endsWith('.')) return 'it ends with "."';
  if (b.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))) return 'a part starts with "." or ends with ".lock"';
  return undefined;
}
