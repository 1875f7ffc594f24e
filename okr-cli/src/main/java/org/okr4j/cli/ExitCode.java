package org.okr4j.cli;

/** What the {@code okr} command's exit status means. */
final class ExitCode {
  /** Everything fine. */
  static final int OK = 0;

  /** The check found a problem: an inconsistent figure. */
  static final int PROBLEM_FOUND = 1;

  /** The input or the arguments are wrong: a missing file, an invalid report, a bad date. */
  static final int BAD_INPUT = 2;

  /** A failure of okr itself: a bug to report (run with --verbose for the stack trace). */
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
