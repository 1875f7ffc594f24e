package org.okr4j.core.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * How precisely a figure was stated: exactly (a count of 1134 code reviews) or to the nearest
 * {@linkplain #step() step} ({@code 3.8} to the nearest 0.1; {@code 238.9M} to the nearest
 * 100,000).
 *
 * <p>A figure stated to the nearest {@code s} stands for any value within {@code ±s/2} of it: this
 * is the interval the figure audit works with. An exact figure stands for itself alone.
 *
 * <p>Two precisions are equal when both are exact or both have numerically equal steps.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Precision {
  private static final Precision EXACT = new Precision(null);
  private static final Rational TWO = Rational.of(2);

  /**
   * The precisions of {@link #decimals(int)}, indexed by {@code decimals + MAX_DECIMAL_PLACES}:
   * shared, as most figures are stated to one of them and a model holds millions of figures.
   */
  private static final Precision[] POWERS_OF_TEN = powersOfTen();

  private final @Nullable BigDecimal step;

  private Precision(@Nullable BigDecimal step) {
    this.step = step;
  }

  private static Precision[] powersOfTen() {
    int max = DecimalLimits.MAX_DECIMAL_PLACES;
    Precision[] powers = new Precision[2 * max + 1];
    for (int decimals = -max; decimals <= max; decimals++) {
      powers[decimals + max] = new Precision(BigDecimal.ONE.scaleByPowerOfTen(-decimals));
    }
    return powers;
  }

  /**
   * The precision of an exact figure, such as a count declared exact.
   *
   * @return the exact precision
   */
  public static Precision exact() {
    return EXACT;
  }

  /**
   * The precision of a figure rounded to the nearest {@code step}.
   *
   * @param step the rounding step, greater than zero (0.1, 1, 100000, 0.25)
   * @return the precision
   * @throws IllegalArgumentException if {@code step} is not positive or outside {@link
   *     DecimalLimits}
   */
  public static Precision toNearest(BigDecimal step) {
    // Limits first: they refuse 1e999999999 without printing it.
    DecimalLimits.check(step, "precision step");
    Checks.positive(step, "precision step");
    BigDecimal normalized = step.stripTrailingZeros();
    return new Precision(normalized);
  }

  /**
   * The precision of a figure printed with {@code decimals} decimal places: {@code 3.8} has one
   * (step 0.1), {@code 1974} none (step 1).
   *
   * @param decimals decimal places, from {@code -18} (nearest 10<sup>18</sup>) to {@code 18}
   * @return the precision
   * @throws IllegalArgumentException if {@code decimals} is outside {@code -18..18}
   */
  public static Precision decimals(int decimals) {
    // Not Math.abs(decimals): it is negative for Integer.MIN_VALUE, which would pass the check.
    Checks.argument(
        decimals >= -DecimalLimits.MAX_DECIMAL_PLACES
            && decimals <= DecimalLimits.MAX_DECIMAL_PLACES,
        "decimals (%d) must be within ±%d",
        decimals,
        DecimalLimits.MAX_DECIMAL_PLACES);
    return POWERS_OF_TEN[decimals + DecimalLimits.MAX_DECIMAL_PLACES];
  }

  /**
   * The precision its digits give a printed decimal: the unit in its last place. {@code 3.80} is
   * stated to 0.01, {@code 3.8} to 0.1, {@code 2389E5} (238.9 million) to 100,000.
   *
   * @param printed the decimal as printed
   * @return the precision of its last digit
   */
  public static Precision ofDigits(BigDecimal printed) {
    DecimalLimits.check(printed, "printed value");
    // The unit in the last place is 10^-scale, one of the shared precisions: within DecimalLimits
    // the scale lies in -17..18.
    return POWERS_OF_TEN[printed.scale() + DecimalLimits.MAX_DECIMAL_PLACES];
  }

  /**
   * Whether the figure is exact.
   *
   * @return true for {@link #exact()}
   */
  public boolean isExact() {
    return step == null;
  }

  /**
   * Whether a value is a whole number of steps: always for an exact figure. A step of one unit in
   * some decimal place (1, 0.1, 1E+3) holds every value written with no more places than it, with
   * no division.
   */
  boolean isOnStep(BigDecimal value) {
    BigDecimal s = step;
    if (s == null || (value.scale() <= s.scale() && BigInteger.ONE.equals(s.unscaledValue()))) {
      return true;
    }
    return value.remainder(s).signum() == 0;
  }

  /**
   * The rounding step of an inexact figure.
   *
   * @return the step, or empty when exact
   */
  public Optional<BigDecimal> step() {
    return Optional.ofNullable(step);
  }

  /**
   * The decimal places the step corresponds to, used to print a value as it was stated.
   *
   * @return the scale of the step (1 for 0.1, 0 for 1, -5 for 100000, 2 for 0.25), or empty when
   *     exact
   */
  public Optional<Integer> decimalPlaces() {
    return step == null ? Optional.empty() : Optional.of(step.scale());
  }

  /** {@link #decimalPlaces()}, or 0 when exact, without an Optional: for every figure built. */
  int decimalPlacesOrZero() {
    return step == null ? 0 : step.scale();
  }

  /**
   * Half the step: how far the true value may lie from the stated one.
   *
   * @return {@code step / 2}, or zero when exact
   */
  public Rational halfWidth() {
    return step == null ? Rational.ZERO : Rational.ofChecked(step).dividedBy(TWO);
  }

  /**
   * Every value a figure stated as {@code value} with this precision may stand for.
   *
   * @param value the stated value
   * @return {@code [value − step/2, value + step/2]}, or {@code [value, value]} when exact
   */
  public Interval intervalAround(BigDecimal value) {
    Rational centre = Rational.of(value);
    return step == null ? Interval.of(centre) : Interval.around(centre, halfWidth());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Precision other)) {
      return false;
    }
    BigDecimal mine = step;
    BigDecimal theirs = other.step;
    if (mine == null || theirs == null) {
      return mine == null && theirs == null;
    }
    return mine.compareTo(theirs) == 0;
  }

  @Override
  public int hashCode() {
    return step == null ? 0 : step.hashCode();
  }

  /**
   * {@code "exact"} or {@code "to the nearest 0.1"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return step == null ? "exact" : "to the nearest " + step.toPlainString();
  }
}
