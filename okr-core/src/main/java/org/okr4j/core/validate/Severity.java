package org.okr4j.core.validate;

/**
 * How serious a {@link ValidationFinding} is.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
  /** The report is wrong: okr-json refuses a document with an error. */
  ERROR,

  /** The report is probably wrong: okr-json reads it and hands the warning to its caller. */
  WARNING
}
