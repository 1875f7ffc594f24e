package org.okr4j.core.audit;

/** The kinds of derived figure the audit checks. */
public enum FigureKind {
  /** A share of a part in a whole: {@code 24.9% (238.9M/959.4M)}. */
  SHARE,
  /** A score restated as a percentage of its scale: {@code 3.8/5 or 76%}. */
  PERCENT_OF_SCALE,
  /** The value a change target leads to from the baseline: {@code 2% (18 days)}. */
  TARGET_VALUE,
  /** A change printed beside a check-in: {@code -1.4% (1151)}. */
  CHANGE,
  /**
   * A {@link org.okr4j.core.model.DerivedFigure} of the report, with the derivation it claims; its
   * formula is {@link AuditFinding#derivationKind()}.
   */
  DERIVED
}
