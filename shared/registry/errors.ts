/**
 * Registry failures. Both mean "the step ran and refused", so both exit 1 (a check failed), which a
 * workflow can tell apart from bad usage or input (2, e.g. a hostile model name) and from the forge
 * failing (3):
 *   ConflictError   a published version is immutable: different content under an existing version,
 *                   or a state update that kept losing the compare-and-swap race.
 *   IntegrityError  a stored asset is missing or its SHA-256 differs from the manifest (tampering,
 *                   truncation), or an archive entry would escape its folder.
 */
import { EXIT_CHECK_FAILED, MlopsError } from '../runtime/errors.js';

export class ConflictError extends MlopsError {
  readonly exitCode = EXIT_CHECK_FAILED;
}

export class IntegrityError extends MlopsError {
  readonly exitCode = EXIT_CHECK_FAILED;
}

/** A promotion that requires an approval found none for its environment in this run. */
export class ApprovalError extends MlopsError {
  readonly exitCode = EXIT_CHECK_FAILED;
}
