package org.okr4j.core.model;

/**
 * How a change between two values is measured.
 *
 * <p>The Q3 FY20 deck uses all three: "2% (1919)" tool maintainers is relative, "+25" on a code
 * quality percentage is in percentage points, and developer satisfaction 3.8/5 → 3.4/5 printed as
 * "-8%" is in points of the five-point scale.
 */
public enum ChangeMeasure {
  /** {@code (new − old) / old}, in percent: 1880 → 1919 is +2.07%. Undefined from zero. */
  RELATIVE("relative"),
  /** {@code new − old} for percentages, in percentage points: 24.9% → 26.9% is +2 pp. */
  PERCENTAGE_POINTS("percentage-point"),
  /** {@code (new − old) / scale maximum}, in percent of the scale: 3.8/5 → 3.4/5 is −8 points. */
  SCALE_POINTS("scale-point");

  private final String adjective;

  ChangeMeasure(String adjective) {
    this.adjective = adjective;
  }

  /**
   * The measure as an adjective for descriptions: {@code "relative"}, {@code "percentage-point"},
   * {@code "scale-point"}.
   *
   * @return the adjective
   */
  public String adjective() {
    return adjective;
  }
}
