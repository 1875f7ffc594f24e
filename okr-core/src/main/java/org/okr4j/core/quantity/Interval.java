package org.okr4j.core.quantity;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * A closed interval {@code [lower, upper]} of exact numbers, for interval arithmetic over rounded
 * figures.
 *
 * <p>A figure printed as {@code 31.2M} stands for any value in {@code [31.15M, 31.25M]}; a ratio of
 * two printed figures stands for any value in the interval computed here. The audit uses these
 * intervals to decide whether a printed figure can follow from its printed inputs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Interval {
  private final Rational lower;
  private final Rational upper;

  private Interval(Rational lower, Rational upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * The interval {@code [lower, upper]}.
   *
   * @param lower the lower end, included
   * @param upper the upper end, included
   * @return the interval
   * @throws IllegalArgumentException if {@code lower > upper}
   */
  public static Interval between(Rational lower, Rational upper) {
    Checks.notNull(lower, "lower end");
    Checks.notNull(upper, "upper end");
    Checks.argument(
        lower.compareTo(upper) <= 0, "lower end (%s) must be <= upper end (%s)", lower, upper);
    return new Interval(lower, upper);
  }

  /**
   * The degenerate interval {@code [value, value]} of an exact number.
   *
   * @param value the number
   * @return the interval holding only {@code value}
   */
  public static Interval of(Rational value) {
    Checks.notNull(value, "value");
    return new Interval(value, value);
  }

  /**
   * The interval {@code [centre − halfWidth, centre + halfWidth]}.
   *
   * @param centre the centre
   * @param halfWidth the half width, not negative
   * @return the interval
   */
  public static Interval around(Rational centre, Rational halfWidth) {
    Checks.notNull(centre, "centre");
    Checks.notNull(halfWidth, "half width");
    Checks.argument(halfWidth.signum() >= 0, "half width (%s) must be >= 0", halfWidth);
    return new Interval(centre.minus(halfWidth), centre.plus(halfWidth));
  }

  /**
   * The lower end.
   *
   * @return the smallest number in the interval
   */
  public Rational lower() {
    return lower;
  }

  /**
   * The upper end.
   *
   * @return the largest number in the interval
   */
  public Rational upper() {
    return upper;
  }

  /**
   * Whether the interval holds a single number.
   *
   * @return true when {@code lower == upper}
   */
  public boolean isPoint() {
    return lower.equals(upper);
  }

  /**
   * Whether {@code value} lies in the interval.
   *
   * @param value the number
   * @return {@code lower <= value <= upper}
   */
  public boolean contains(Rational value) {
    Checks.notNull(value, "value");
    return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
  }

  /**
   * Whether the interval contains zero.
   *
   * @return true when zero lies in the interval
   */
  public boolean containsZero() {
    return contains(Rational.ZERO);
  }

  /**
   * Whether the two intervals share at least one number.
   *
   * @param other the other interval
   * @return true when they overlap or touch
   */
  public boolean intersects(Interval other) {
    Checks.notNull(other, "other interval");
    return lower.compareTo(other.upper) <= 0 && other.lower.compareTo(upper) <= 0;
  }

  /**
   * The sum of every pair of numbers from the two intervals.
   *
   * @param other the addend
   * @return {@code [lower + other.lower, upper + other.upper]}
   */
  public Interval plus(Interval other) {
    Checks.notNull(other, "addend");
    return new Interval(lower.plus(other.lower), upper.plus(other.upper));
  }

  /**
   * The difference of every pair of numbers from the two intervals.
   *
   * @param other the subtrahend
   * @return {@code [lower − other.upper, upper − other.lower]}
   */
  public Interval minus(Interval other) {
    Checks.notNull(other, "subtrahend");
    return new Interval(lower.minus(other.upper), upper.minus(other.lower));
  }

  /**
   * The product of every pair of numbers from the two intervals.
   *
   * @param other the multiplier
   * @return the smallest interval holding every product
   */
  public Interval multipliedBy(Interval other) {
    Checks.notNull(other, "multiplier");
    Rational a = lower.multipliedBy(other.lower);
    Rational b = lower.multipliedBy(other.upper);
    Rational c = upper.multipliedBy(other.lower);
    Rational d = upper.multipliedBy(other.upper);
    return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
  }

  /**
   * The quotient of every pair of numbers from the two intervals.
   *
   * @param divisor the divisor; must not contain zero
   * @return the smallest interval holding every quotient
   * @throws ArithmeticException if {@code divisor} contains zero (the quotients are unbounded);
   *     callers check {@link #containsZero()} first
   */
  public Interval dividedBy(Interval divisor) {
    Checks.notNull(divisor, "divisor");
    if (divisor.containsZero()) {
      throw new ArithmeticException("division by an interval containing zero: " + divisor);
    }
    return multipliedBy(
        new Interval(Rational.ONE.dividedBy(divisor.upper), Rational.ONE.dividedBy(divisor.lower)));
  }

  /**
   * The negation of every number of the interval.
   *
   * @return {@code [−upper, −lower]}
   */
  public Interval negated() {
    return new Interval(upper.negated(), lower.negated());
  }

  /**
   * Every number of the interval multiplied by an exact factor.
   *
   * @param factor the factor
   * @return the scaled interval
   */
  public Interval multipliedBy(Rational factor) {
    return multipliedBy(of(factor));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Interval other)) {
      return false;
    }
    return lower.equals(other.lower) && upper.equals(other.upper);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, upper);
  }

  /**
   * The interval as {@code "[lower, upper]"} with exact fractions.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "[" + lower + ", " + upper + "]";
  }
}
