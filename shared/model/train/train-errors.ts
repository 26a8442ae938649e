import { EXIT_CHECK_FAILED, MlopsError } from '../../runtime/errors.js';

/**
 * The training ran and did not do its job: the command failed, or it succeeded without writing a
 * declared output. Exit code 1, like a failed check; bad usage (a command that does not exist, a
 * bad params file) is a UsageError/InputError with exit code 2 instead.
 */
export class TrainingFailedError extends MlopsError {
  readonly exitCode = EXIT_CHECK_FAILED;
}
