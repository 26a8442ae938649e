import { EXIT_CHECK_FAILED, MlopsError } from '../../runtime/errors.js';

/**
 * The training ran and did not do its job: the command failed, or it succeeded without writing a
 * declared output. Exit code 1, like a failed check; bad usage (a command that does not exist, a
 * bad params file) is a UsageError/InputError with exit code 2 instead.
 */
export class TrainingFailedError extends MlopsError {
  readonly exitCode = EXIT_CHECK_FAILED;
}

/**
 * mlops was interrupted (SIGINT, SIGTERM, SIGHUP) while the training command ran; the command's
 * whole process group was stopped first. Exit code 128 + the signal's number (130, 143, 129), as a
 * shell reports a process that signal ended, so a caller's `$?` reads the same as before.
 */
export class TrainingInterruptedError extends MlopsError {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}
