package org.okr4j.core.model;

/**
 * The vocabulary of derived figures: each kind is one formula, written once over exact and interval
 * arithmetic, over the figures a {@link Derivation} names.
 *
 * <p>A result printed in percent is the formula's value times 100 where the kind says so ({@link
 * #SHARE}, {@link #RATIO}); changes are in percent, percentage points or points of a scale as the
 * kind says, and {@link #DIFFERENCE}, {@link #SUM}, {@link #MEAN}, {@link #APPLIED_CHANGE} and
 * {@link #RESTATEMENT} are in the inputs' unit.
 *
 * <p>Against what: the operands name it. Against the baseline ({@link FigureRef#baseline}), the
 * previous period, the same period a year earlier or any named period ({@link FigureRef#checkIn}
 * with that period), or the target or plan ({@link FigureRef#target}): a variance against plan is a
 * {@link #DIFFERENCE} (absolute) or a {@link #RELATIVE_CHANGE} (relative) from the plan to the
 * actual figure; "22% under plan" is printed as −22.
 */
public enum DerivationKind {
  /** A part of a whole, {@code part / whole} (× 100 when printed in percent): {@code 24.9%}. */
  SHARE(2, 2),
  /**
   * A ratio or multiple, {@code a / b} (× 100 when printed in percent): {@code "2x"} is 2, {@code
   * "halved"} is 0.5.
   */
  RATIO(2, 2),
  /** An absolute change in the metric's unit, {@code new − old}: {@code "+39 maintainers"}. */
  DIFFERENCE(2, 2),
  /** A relative change in percent, {@code (new − old) / |old| × 100}: {@code "-9.1%"}. */
  RELATIVE_CHANGE(2, 2),
  /** A change of a percentage in percentage points, {@code new − old}: {@code "+11.9 pp"}. */
  PERCENTAGE_POINT_CHANGE(2, 2),
  /** A change of a score in points of its scale, {@code (new − old) / scale × 100}. */
  SCALE_POINT_CHANGE(2, 2),
  /** A score as a percentage of its scale, {@code score / scale × 100}: {@code 3.8/5 or 76%}. */
  PERCENT_OF_SCALE(1, 1),
  /**
   * The value a change leads to from a figure, {@code base × (1 + change / 100)} or as the {@link
   * Derivation#measure() measure} says: a change target's {@code 2% (18 days)}.
   */
  APPLIED_CHANGE(1, 1),
  /** A total, {@code a + b + …}: {@code "Total Expenses 43,799,030"}. */
  SUM(1, Integer.MAX_VALUE),
  /** An arithmetic mean, {@code (a + b + …) / n}. */
  MEAN(1, Integer.MAX_VALUE),
  /** The percent of a target reached, {@code actual / target × 100}. */
  PERCENT_OF_TARGET(2, 2),
  /**
   * The same value printed at another precision or magnitude: {@code "$51.28MM"} for 51,280,212.
   */
  RESTATEMENT(1, 1);

  private final int minOperands;
  private final int maxOperands;

  DerivationKind(int minOperands, int maxOperands) {
    this.minOperands = minOperands;
    this.maxOperands = maxOperands;
  }

  /**
   * The fewest operands the formula takes.
   *
   * @return the minimum
   */
  public int minOperands() {
    return minOperands;
  }

  /**
   * The most operands the formula takes.
   *
   * @return the maximum, {@link Integer#MAX_VALUE} for sums and means
   */
  public int maxOperands() {
    return maxOperands;
  }

  /**
   * Whether the kind is a change between an old and a new figure, read in a {@link ChangeSense}.
   *
   * @return true for the difference and the three change kinds
   */
  public boolean isChange() {
    return this == DIFFERENCE
        || this == RELATIVE_CHANGE
        || this == PERCENTAGE_POINT_CHANGE
        || this == SCALE_POINT_CHANGE;
  }

  /**
   * The change measure of a change kind in percent.
   *
   * @param measure the measure
   * @return {@link #RELATIVE_CHANGE}, {@link #PERCENTAGE_POINT_CHANGE} or {@link
   *     #SCALE_POINT_CHANGE}
   */
  public static DerivationKind ofChange(ChangeMeasure measure) {
    return switch (measure) {
      case RELATIVE -> RELATIVE_CHANGE;
      case PERCENTAGE_POINTS -> PERCENTAGE_POINT_CHANGE;
      case SCALE_POINTS -> SCALE_POINT_CHANGE;
    };
  }
}
