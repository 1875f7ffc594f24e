package org.okr4j.cli;

/**
 * A mistake in the input or the arguments, reported as one line on standard error with exit status
 * {@value ExitCode#BAD_INPUT}.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
