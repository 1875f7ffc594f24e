package org.okr4j.core.formula;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.Direction;
import org.okr4j.core.quantity.Rational;

/**
 * The formulas of okr4j, each written once and evaluated over any {@link Arithmetic}. Every
 * variable occurs once in each formula, so that evaluating over intervals gives the exact range.
 */
public final class Formulas {
  private static final Rational HUNDRED = Rational.ONE_HUNDRED;

  private Formulas() {}

  /**
   * A change from {@code from} to {@code to}, in percent, percentage points or points of a scale.
   * The caller checks first that a relative change is not from zero (for intervals: that {@code
   * from} cannot be zero).
   *
   * <p>A relative change divides by the magnitude of the old value, {@code (to − from) / |from|},
   * so that a loss narrowing from −57.0 to −40.3 is a rise of +29.3%, not −29.3%. It is evaluated
   * as {@code (to / from − 1) × sign(from) × 100}, where each variable occurs once.
   *
   * @param <N> the kind of number
   * @param a the arithmetic
   * @param measure how the change is measured
   * @param from the old value
   * @param to the new value
   * @param scaleMaximum the scale of a score, required for {@link ChangeMeasure#SCALE_POINTS}
   * @return {@code (to − from) / |from| × 100}, {@code to − from}, or {@code (to − from) / scale ×
   *     100}
   */
  public static <N> N change(
      Arithmetic<N> a, ChangeMeasure measure, N from, N to, Optional<Rational> scaleMaximum) {
    return switch (measure) {
      case RELATIVE ->
          a.times(
              a.minus(a.dividedBy(to, from), a.constant(Rational.ONE)),
              a.constant(a.signum(from) < 0 ? HUNDRED.negated() : HUNDRED));
      case PERCENTAGE_POINTS -> a.minus(to, from);
      case SCALE_POINTS ->
          a.times(a.minus(to, from), a.constant(HUNDRED.dividedBy(requireScale(scaleMaximum))));
    };
  }

  /**
   * The value a change of {@code amount} leads to from {@code base}: the inverse of {@link
   * #change}, so a relative change moves the base by {@code |base| × amount / 100}.
   *
   * @param <N> the kind of number
   * @param a the arithmetic
   * @param measure how the change is measured
   * @param base the value changed
   * @param amount the change in percent, percentage points or points of the scale
   * @param scaleMaximum the scale of a score, required for {@link ChangeMeasure#SCALE_POINTS}
   * @return {@code base × (1 + amount / 100)} ({@code base × (1 − amount / 100)} for a negative
   *     base), {@code base + amount}, or {@code base + amount / 100 × scale}
   */
  public static <N> N applyChange(
      Arithmetic<N> a, ChangeMeasure measure, N base, N amount, Optional<Rational> scaleMaximum) {
    return switch (measure) {
      case RELATIVE ->
          a.times(
              base,
              a.plus(
                  a.constant(Rational.ONE),
                  a.dividedBy(
                      amount, a.constant(a.signum(base) < 0 ? HUNDRED.negated() : HUNDRED))));
      case PERCENTAGE_POINTS -> a.plus(base, amount);
      case SCALE_POINTS ->
          a.plus(base, a.times(amount, a.constant(requireScale(scaleMaximum).dividedBy(HUNDRED))));
    };
  }

  /**
   * A change read in a sense: unchanged for {@link ChangeSense#CHANGE} or a higher-is-better
   * metric, negated for an improvement of a lower-is-better metric.
   *
   * @param <N> the kind of number
   * @param a the arithmetic
   * @param change the raw change
   * @param sense the sense asked for
   * @param direction the metric's direction
   * @return the change in that sense
   */
  public static <N> N inSense(Arithmetic<N> a, N change, ChangeSense sense, Direction direction) {
    return sense == ChangeSense.IMPROVEMENT && direction == Direction.LOWER_IS_BETTER
        ? a.negated(change)
        : change;
  }

  /**
   * A share: {@code part / whole}, times 100 when in percent.
   *
   * @param <N> the kind of number
   * @param a the arithmetic
   * @param part the part
   * @param whole the whole; the caller checks it is not zero
   * @param inPercent whether the share is in percent
   * @return the share
   */
  public static <N> N share(Arithmetic<N> a, N part, N whole, boolean inPercent) {
    N ratio = a.dividedBy(part, whole);
    return inPercent ? a.times(ratio, a.constant(HUNDRED)) : ratio;
  }

  /**
   * A total: {@code a + b + …}.
   *
   * @param <N> the kind of number
   * @param a the arithmetic
   * @param terms at least one term
   * @return the sum
   */
  public static <N> N sum(Arithmetic<N> a, List<N> terms) {
    N total = terms.get(0);
    for (int i = 1; i < terms.size(); i++) {
      total = a.plus(total, terms.get(i));
    }
    return total;
  }

  /**
   * An arithmetic mean: {@code (a + b + …) / n}.
   *
   * @param <N> the kind of number
   * @param a the arithmetic
   * @param terms at least one term
   * @return the mean
   */
  public static <N> N mean(Arithmetic<N> a, List<N> terms) {
    return a.dividedBy(sum(a, terms), a.constant(Rational.of(terms.size())));
  }

  private static Rational requireScale(Optional<Rational> scaleMaximum) {
    return scaleMaximum.orElseThrow(
        () -> new IllegalStateException("points of a scale need the scale's maximum"));
  }
}
