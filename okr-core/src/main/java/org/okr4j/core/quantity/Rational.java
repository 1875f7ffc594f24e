package org.okr4j.core.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * An exact fraction {@code numerator / denominator} of two integers, the number every okr4j
 * calculator computes in.
 *
 * <p>Progress {@code (1919 − 1880) / (1974 − 1880)} is {@code 39/94}, a fraction no {@link
 * BigDecimal} can hold without rounding. okr4j keeps it exact until the caller asks for a decimal
 * with {@link #toBigDecimal(int, RoundingMode)}, naming the scale and the {@link RoundingMode}.
 * Invariants therefore hold exactly: relative changes {@code a→b} and {@code b→a} satisfy {@code (1
 * + x)(1 + y) = 1} with no tolerance.
 *
 * <p>A rational is always in lowest terms with a positive denominator, so {@link #equals} is
 * numeric equality and agrees with {@link #compareTo}. A fraction whose numerator and denominator
 * fit in a {@code long} is held and computed in {@code long} arithmetic, with {@link BigInteger}
 * taking over exactly when a result would not fit: the values are the same either way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(0, 1);

  /** One: the progress of a key result that reached its target exactly. */
  public static final Rational ONE = new Rational(1, 1);

  /** One hundred: the factor between a fraction and a percentage. */
  public static final Rational ONE_HUNDRED = new Rational(100, 1);

  /** The largest scale {@link #toBigDecimal(int, RoundingMode)} accepts, either sign. */
  public static final int MAX_SCALE = 100;

  /**
   * The value when it is small: a numerator other than {@link Long#MIN_VALUE} and a positive
   * denominator, both longs. Unused (zero) when the value is held in {@link #big}.
   */
  private final long num;

  private final long den;

  /** The value when it is not small, else null: every value that can be small is. */
  private final @Nullable Big big;

  /**
   * A value that is not small, in lowest terms with a positive denominator. One field for both
   * keeps a small rational at 32 bytes on a 64-bit JVM.
   */
  private static final class Big {
    final BigInteger numerator;
    final BigInteger denominator;

    Big(BigInteger numerator, BigInteger denominator) {
      this.numerator = numerator;
      this.denominator = denominator;
    }
  }

  /** A small value, already in lowest terms with a positive denominator. */
  private Rational(long numerator, long denominator) {
    this.num = numerator;
    this.den = denominator;
    this.big = null;
  }

  /** A value in lowest terms with a positive denominator that is not small. */
  private Rational(BigInteger numerator, BigInteger denominator) {
    this.num = 0;
    this.den = 0;
    this.big = new Big(numerator, denominator);
  }

  /**
   * A small value already in lowest terms with a positive denominator, for {@link LongFractions}:
   * zero is always {@link #ZERO}, whatever denominator the arithmetic left.
   */
  static Rational small(long numerator, long denominator) {
    return numerator == 0 ? ZERO : new Rational(numerator, denominator);
  }

  /**
   * A value in lowest terms with a positive denominator that does not fit in longs, for {@link
   * Fractions}.
   */
  static Rational big(BigInteger numerator, BigInteger denominator) {
    return new Rational(numerator, denominator);
  }

  /**
   * The integer {@code value}.
   *
   * @param value the integer
   * @return {@code value / 1}
   */
  public static Rational of(long value) {
    if (value == 0) {
      return ZERO;
    }
    if (value == 1) {
      return ONE;
    }
    if (value == Long.MIN_VALUE) {
      return big(BigInteger.valueOf(value), BigInteger.ONE);
    }
    return new Rational(value, 1);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced to lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Rational of(long numerator, long denominator) {
    if (denominator > 0) {
      return Fractions.normalized(numerator, denominator);
    }
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The fraction {@code numerator / denominator}, reduced to lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Checks.notNull(numerator, "numerator");
    Checks.notNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator of " + numerator + "/0 must not be zero");
    }
    return Fractions.normalized(numerator, denominator);
  }

  /**
   * The exact value of a decimal: {@code 3.8} is {@code 19/5}.
   *
   * @param value the decimal, within {@link DecimalLimits}
   * @return the same number as a fraction
   * @throws IllegalArgumentException if the decimal is outside {@link DecimalLimits}
   */
  public static Rational of(BigDecimal value) {
    DecimalLimits.check(value, "decimal");
    return ofChecked(value);
  }

  /** Converts a decimal already known to be within limits. */
  static Rational ofChecked(BigDecimal value) {
    return Fractions.ofDecimal(value);
  }

  /** Whether the value is held in longs. */
  boolean isSmall() {
    return big == null;
  }

  /** The numerator of a small value (zero when big). */
  long num() {
    return num;
  }

  /** The denominator of a small value (zero when big). */
  long den() {
    return den;
  }

  /**
   * The numerator in lowest terms; carries the sign.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    Big b = big;
    return b != null ? b.numerator : BigInteger.valueOf(num);
  }

  /**
   * The denominator in lowest terms; always positive.
   *
   * @return the denominator
   */
  public BigInteger denominator() {
    Big b = big;
    return b != null ? b.denominator : BigInteger.valueOf(den);
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1 as this is negative, zero or positive
   */
  public int signum() {
    Big b = big;
    return b != null ? b.numerator.signum() : Long.signum(num);
  }

  /**
   * Whether this is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return big == null && num == 0;
  }

  /**
   * Whether this is a whole number.
   *
   * @return true when the denominator is one
   */
  public boolean isInteger() {
    // A big value with denominator 1 has a numerator too large for a long.
    Big b = big;
    return b != null ? b.denominator.equals(BigInteger.ONE) : den == 1;
  }

  /**
   * The sum {@code this + other}.
   *
   * @param other the addend
   * @return the exact sum
   */
  public Rational plus(Rational other) {
    return RationalArithmetic.plus(this, Checks.notNull(other, "addend"));
  }

  /**
   * The difference {@code this − other}.
   *
   * @param other the subtrahend
   * @return the exact difference
   */
  public Rational minus(Rational other) {
    return RationalArithmetic.minus(this, Checks.notNull(other, "subtrahend"));
  }

  /**
   * The product {@code this × other}.
   *
   * @param other the multiplier
   * @return the exact product
   */
  public Rational multipliedBy(Rational other) {
    return RationalArithmetic.times(this, Checks.notNull(other, "multiplier"));
  }

  /**
   * The quotient {@code this / divisor}.
   *
   * @param divisor the divisor, not zero
   * @return the exact quotient
   * @throws ArithmeticException if {@code divisor} is zero; calculators check for zero first and
   *     return a typed undefined outcome instead
   */
  public Rational dividedBy(Rational divisor) {
    return RationalArithmetic.quotient(this, Checks.notNull(divisor, "divisor"));
  }

  /**
   * Where this value lies on the way from {@code start} to {@code end}: {@code (this − start) /
   * (end − start)}, as {@link Quantity#fractionOfWay} computes it for figures. The same number as
   * {@code minus(start).dividedBy(end.minus(start))}, with one reduction when the terms fit in
   * longs.
   *
   * @param start the value at fraction 0
   * @param end the value at fraction 1, not equal to {@code start}
   * @return the exact fraction of the way
   * @throws ArithmeticException if {@code end} equals {@code start}
   */
  public Rational fractionOfWay(Rational start, Rational end) {
    return RationalArithmetic.fractionOfWay(
        this, Checks.notNull(start, "start"), Checks.notNull(end, "end"));
  }

  /**
   * The negation {@code −this}.
   *
   * @return the negated value
   */
  public Rational negated() {
    if (isZero()) {
      return this;
    }
    Big b = big;
    if (b == null) {
      return new Rational(-num, den); // num is not Long.MIN_VALUE
    }
    return Fractions.reduced(b.numerator.negate(), b.denominator);
  }

  /**
   * The absolute value.
   *
   * @return {@code this} if not negative, else its negation
   */
  public Rational abs() {
    return signum() < 0 ? negated() : this;
  }

  /**
   * The smaller of this and {@code other}.
   *
   * @param other the other value
   * @return the smaller value; {@code this} when equal
   */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of this and {@code other}.
   *
   * @param other the other value
   * @return the larger value; {@code this} when equal
   */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Whether this is strictly greater than {@code other}.
   *
   * @param other the other value
   * @return {@code this > other}
   */
  public boolean isGreaterThan(Rational other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this is strictly less than {@code other}.
   *
   * @param other the other value
   * @return {@code this < other}
   */
  public boolean isLessThan(Rational other) {
    return compareTo(other) < 0;
  }

  /**
   * Whether the decimal expansion terminates, so that {@link #toBigDecimalExact()} succeeds.
   *
   * @return true when the denominator has no prime factor other than 2 and 5
   */
  public boolean isTerminating() {
    Big b = big;
    return b != null
        ? RationalDecimals.isTerminating(b.denominator)
        : LongFractions.isTerminating(den);
  }

  /**
   * This value as a decimal with exactly {@code scale} decimal places, rounded by {@code mode}.
   *
   * <p>Every mode rounds correctly from the exact fraction (no intermediate rounding). {@link
   * RoundingMode#UNNECESSARY} throws when the value does not fit the scale.
   *
   * @param scale decimal places of the result, from {@code -MAX_SCALE} to {@code MAX_SCALE}
   * @param mode how to round
   * @return the rounded decimal
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed; the
   *     message names the value and the scale
   * @throws IllegalArgumentException if {@code scale} is out of range
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    return RationalDecimals.toBigDecimal(this, scale, mode);
  }

  /**
   * This value as an exact decimal.
   *
   * @return the terminating decimal, with trailing zeros removed
   * @throws ArithmeticException if the expansion does not terminate ({@code 1/3}); the message
   *     names the value
   */
  public BigDecimal toBigDecimalExact() {
    return RationalDecimals.toBigDecimalExact(this);
  }

  /**
   * This value rounded to {@code significantDigits} significant digits with {@link
   * RoundingMode#HALF_EVEN}, for display and for formats that need a finite decimal. Exact when the
   * expansion terminates within that many digits.
   *
   * @param significantDigits how many significant digits, 1 to {@code MAX_SCALE}
   * @return the decimal, trailing zeros removed
   */
  public BigDecimal toBigDecimalSignificant(int significantDigits) {
    return RationalDecimals.toBigDecimalSignificant(this, significantDigits);
  }

  @Override
  public int compareTo(Rational other) {
    return RationalArithmetic.compare(this, Checks.notNull(other, "other"));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Rational other)) {
      return false;
    }
    Big mine = big;
    Big theirs = other.big;
    if (mine == null || theirs == null) {
      // Every value that fits in longs is held in longs, so a small and a big one differ.
      return mine == null && theirs == null && num == other.num && den == other.den;
    }
    return mine.numerator.equals(theirs.numerator) && mine.denominator.equals(theirs.denominator);
  }

  @Override
  public int hashCode() {
    Big b = big;
    if (b == null) {
      return 31 * LongFractions.bigIntegerHash(num) + LongFractions.bigIntegerHash(den);
    }
    return 31 * b.numerator.hashCode() + b.denominator.hashCode();
  }

  BigDecimal numeratorDecimal() {
    Big b = big;
    return b != null ? new BigDecimal(b.numerator) : BigDecimal.valueOf(num);
  }

  BigDecimal denominatorDecimal() {
    Big b = big;
    return b != null ? new BigDecimal(b.denominator) : BigDecimal.valueOf(den);
  }

  /**
   * The fraction in lowest terms: {@code "39/94"}, {@code "-1/2"}, or {@code "3"} for a whole
   * number.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (isSmall()) {
      return den == 1 ? Long.toString(num) : num + "/" + den;
    }
    return isInteger() ? numerator().toString() : numerator() + "/" + denominator();
  }
}
