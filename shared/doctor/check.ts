/** One finding of `mlops doctor`: what was checked or is wrong, where, and what to do about it. */
import type { SourceLocation } from '../runtime/errors.js';

export type CheckStatus = 'ok' | 'warn' | 'error';
export type CheckArea = 'config' | 'workflows' | 'permissions' | 'environments' | 'secrets' | 'models';

export interface Check {
  area: CheckArea;
  status: CheckStatus;
  /** What was checked (ok) or what is wrong (warn, error). */
  message: string;
  /** Where, relative to the repository's root: file, and line and column when known. */
  location?: SourceLocation;
  /** How to fix it (warn, error). */
  fix?: string;
  /** What doctor cannot check offline and a person should (ok). */
  note?: string;
}

export const check = (area: CheckArea, status: CheckStatus, message: string, extra: Omit<Check, 'area' | 'status' | 'message'> = {}): Check => ({
  area,
  status,
  message,
  ...extra,
});
