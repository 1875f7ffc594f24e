package org.okr4j.core.audit;

/** What the audit concluded about a printed figure. */
public enum Verdict {
  /**
   * The figure follows from its inputs as printed under the basis the report claims, rounded to
   * nearest ({@link java.math.RoundingMode#HALF_UP}) to its printed step.
   */
  CONSISTENT,
  /**
   * The figure follows from its inputs as printed under the claimed basis only with another
   * rounding mode, such as truncation ({@link java.math.RoundingMode#DOWN}) where rounding half up
   * would print otherwise.
   */
  CONSISTENT_UNDER_ROUNDING,
  /**
   * The figure follows under the claimed basis only with inputs away from their printed values, at
   * the edge of their stated precision (31.2M taken as up to 31.25M): no rounding mode gives it
   * from the inputs as printed, and no other basis does either.
   */
  CONSISTENT_AT_PRECISION_EDGE,
  /**
   * The figure follows only under another basis the library knows: percentage points, points of a
   * scale, the previous period instead of the baseline, or the other sign convention.
   */
  CONSISTENT_UNDER_OTHER_BASIS,
  /** No interpretation the audit tried gives the figure from its inputs. */
  INCONSISTENT,
  /** The figure cannot be recomputed: an input is missing or the formula is undefined for it. */
  NOT_AUDITABLE
}
