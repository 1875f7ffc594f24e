package org.okr4j.benchmarks;

import java.time.LocalDate;

/**
 * The floor of the key-result evaluation benchmark: the formulas okr4j computes, written by hand in
 * {@code double} over plain arrays, with no validation, no units, no precision and no explanation.
 *
 * <ul>
 *   <li>progress {@code (c − b) / (t − b)} at the latest check-in, NaN when {@code t = b};
 *   <li>relative change in percent {@code (c − o) / o × 100} against the baseline and against the
 *       previous check-in, NaN from zero;
 *   <li>pace status as {@link org.okr4j.core.status.PaceRule#defaults()} judges it: the check-in
 *       the status context chooses (the latest whose period starts before the as-of day), its
 *       progress clamped to [0, 1], the fraction of the goal period elapsed in days (linear pace),
 *       green within 10 points behind, yellow within 25, else red.
 * </ul>
 */
public final class DoubleFloor {
  /** Status colours, as small integers. */
  public static final int GREEN = 0;

  /** Yellow. */
  public static final int YELLOW = 1;

  /** Red. */
  public static final int RED = 2;

  /** No check-in or undefined progress. */
  public static final int UNKNOWN = 3;

  private static final double GREEN_TOLERANCE = 0.10;
  private static final double YELLOW_TOLERANCE = 0.25;

  /**
   * A key result as plain numbers: baseline, target, and check-in values with the first day of each
   * check-in's period (epoch days), in period order.
   */
  public static final class Kr {
    final double baseline;
    final double target;
    final double[] values;
    final long[] periodStarts;

    /**
     * A key result.
     *
     * @param baseline the baseline value
     * @param target the target value
     * @param values the check-in values, in period order
     * @param periodStarts the first day of each check-in's period, as epoch days
     */
    public Kr(double baseline, double target, double[] values, long[] periodStarts) {
      this.baseline = baseline;
      this.target = target;
      this.values = values.clone();
      this.periodStarts = periodStarts.clone();
    }
  }

  /** What one evaluation computes. Mutable, so that the floor allocates nothing. */
  public static final class Result {
    /** Raw progress at the latest check-in. */
    public double progress;

    /** Relative change against the baseline, in percent. */
    public double changeVsBaseline;

    /** Relative change against the previous check-in, in percent. */
    public double changeVsPrevious;

    /** The pace colour. */
    public int color;
  }

  private DoubleFloor() {}

  /**
   * Evaluates a key result.
   *
   * @param kr the key result
   * @param goalStart the goal period's first day, as an epoch day
   * @param goalEndExclusive the day after the goal period, as an epoch day
   * @param asOf the day of the status, as an epoch day
   * @param into where to write the results
   */
  public static void evaluate(
      Kr kr, long goalStart, long goalEndExclusive, long asOf, Result into) {
    int n = kr.values.length;
    double b = kr.baseline;
    double span = kr.target - b;
    double current = kr.values[n - 1];
    into.progress = span == 0 ? Double.NaN : (current - b) / span;
    into.changeVsBaseline = b == 0 ? Double.NaN : (current - b) / b * 100;
    double previous = n < 2 ? Double.NaN : kr.values[n - 2];
    into.changeVsPrevious = previous == 0 ? Double.NaN : (current - previous) / previous * 100;

    int chosen = -1;
    for (int i = 0; i < n; i++) {
      if (kr.periodStarts[i] < asOf) {
        chosen = i;
      }
    }
    if (chosen < 0 || span == 0) {
      into.color = UNKNOWN;
      return;
    }
    double actual = Math.min(1, Math.max(0, (kr.values[chosen] - b) / span));
    double expected;
    if (asOf <= goalStart) {
      expected = 0;
    } else if (asOf >= goalEndExclusive) {
      expected = 1;
    } else {
      expected = (double) (asOf - goalStart) / (goalEndExclusive - goalStart);
    }
    double gap = expected - actual;
    into.color = gap <= GREEN_TOLERANCE ? GREEN : gap <= YELLOW_TOLERANCE ? YELLOW : RED;
  }

  /**
   * An epoch day.
   *
   * @param date the date
   * @return its epoch day
   */
  public static long day(LocalDate date) {
    return date.toEpochDay();
  }
}
