package org.okr4j.core.audit;

/** What the audit concluded about a printed figure. */
public enum Verdict {
  /**
   * The figure follows from its inputs under the basis the report claims, rounded to nearest
   * ({@link java.math.RoundingMode#HALF_UP}) — from the inputs as printed, or from values within
   * their stated precision.
   */
  CONSISTENT,
  /**
   * The figure follows under the claimed basis only with another rounding mode, such as truncation
   * ({@link java.math.RoundingMode#DOWN}) where rounding half up would print otherwise.
   */
  CONSISTENT_UNDER_ROUNDING,
  /**
   * The figure follows only under another basis the library knows: percentage points, points of a
   * scale, the previous period instead of the baseline, or the other sign convention.
   */
  CONSISTENT_UNDER_OTHER_BASIS,
  /** No interpretation the library knows gives the figure from its inputs. */
  INCONSISTENT,
  /** The figure cannot be recomputed: an input is missing or the formula is undefined for it. */
  NOT_AUDITABLE
}
