package org.okr4j.core.quantity;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
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
 * numeric equality and agrees with {@link #compareTo}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** One: the progress of a key result that reached its target exactly. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  /** One hundred: the factor between a fraction and a percentage. */
  public static final Rational ONE_HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

  /** The largest scale {@link #toBigDecimal(int, RoundingMode)} accepts, either sign. */
  public static final int MAX_SCALE = 100;

  private static final BigInteger TWO = BigInteger.TWO;
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /**
   * 10^0 to 10^18, the denominators of decimals within {@link DecimalLimits}: the fast path of
   * {@link #ofChecked} divides by them without {@link BigInteger#pow}.
   */
  private static final long[] POWERS_OF_TEN = {
    1L,
    10L,
    100L,
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L,
    100_000_000_000L,
    1_000_000_000_000L,
    10_000_000_000_000L,
    100_000_000_000_000L,
    1_000_000_000_000_000L,
    10_000_000_000_000_000L,
    100_000_000_000_000_000L,
    1_000_000_000_000_000_000L
  };

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
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
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
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
      return normalized(numerator, denominator);
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
    return normalized(numerator, denominator);
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
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    if (scale >= 0 && scale < POWERS_OF_TEN.length && unscaled.bitLength() < Long.SIZE) {
      // Fast path, exact: a long over a power of ten, reduced by their gcd in long arithmetic.
      return normalized(unscaled.longValue(), POWERS_OF_TEN[scale]);
    }
    if (scale <= 0) {
      return normalized(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }
    return normalized(unscaled, BigInteger.TEN.pow(scale));
  }

  /**
   * {@code numerator / denominator} in lowest terms, for a positive denominator, computed in long
   * arithmetic: the same value as {@link #normalized(BigInteger, BigInteger)} gives.
   */
  private static Rational normalized(long numerator, long denominator) {
    if (numerator == 0) {
      return ZERO;
    }
    if (numerator == Long.MIN_VALUE) {
      // Its absolute value is not a long.
      return normalized(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    if (numerator == denominator) {
      return ONE;
    }
    long gcd = LongMath.gcd(Math.abs(numerator), denominator);
    return new Rational(BigInteger.valueOf(numerator / gcd), BigInteger.valueOf(denominator / gcd));
  }

  /** Whether the numerator and the denominator both fit in a long. */
  private boolean isSmall() {
    return numerator.bitLength() < Long.SIZE && denominator.bitLength() < Long.SIZE;
  }

  private static Rational normalized(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger n = numerator;
    BigInteger d = denominator;
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (!d.equals(BigInteger.ONE)) {
      BigInteger gcd = n.gcd(d);
      if (!gcd.equals(BigInteger.ONE)) {
        n = n.divide(gcd);
        d = d.divide(gcd);
      }
    }
    return new Rational(n, d);
  }

  /**
   * The numerator in lowest terms; carries the sign.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * The denominator in lowest terms; always positive.
   *
   * @return the denominator
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1 as this is negative, zero or positive
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Whether this is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /**
   * Whether this is a whole number.
   *
   * @return true when the denominator is one
   */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * The sum {@code this + other}.
   *
   * @param other the addend
   * @return the exact sum
   */
  public Rational plus(Rational other) {
    Checks.notNull(other, "addend");
    if (other.isZero()) {
      return this;
    }
    if (isZero()) {
      return other;
    }
    if (isSmall() && other.isSmall()) {
      long n1 = numerator.longValue();
      long d1 = denominator.longValue();
      long n2 = other.numerator.longValue();
      long d2 = other.denominator.longValue();
      try {
        return normalized(
            Math.addExact(Math.multiplyExact(n1, d2), Math.multiplyExact(n2, d1)),
            Math.multiplyExact(d1, d2));
      } catch (ArithmeticException overflow) {
        // Too large for a long: compute with BigInteger below.
      }
    }
    if (denominator.equals(other.denominator)) {
      return normalized(numerator.add(other.numerator), denominator);
    }
    return normalized(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * The difference {@code this − other}.
   *
   * @param other the subtrahend
   * @return the exact difference
   */
  public Rational minus(Rational other) {
    Checks.notNull(other, "subtrahend");
    if (!other.isZero() && !isZero() && isSmall() && other.isSmall()) {
      long n1 = numerator.longValue();
      long d1 = denominator.longValue();
      long n2 = other.numerator.longValue();
      long d2 = other.denominator.longValue();
      try {
        return normalized(
            Math.subtractExact(Math.multiplyExact(n1, d2), Math.multiplyExact(n2, d1)),
            Math.multiplyExact(d1, d2));
      } catch (ArithmeticException overflow) {
        // Too large for a long: negate and add with BigInteger below.
      }
    }
    return plus(other.negated());
  }

  /**
   * The product {@code this × other}.
   *
   * @param other the multiplier
   * @return the exact product
   */
  public Rational multipliedBy(Rational other) {
    Checks.notNull(other, "multiplier");
    if (other.equals(ONE)) {
      return this;
    }
    if (equals(ONE)) {
      return other;
    }
    if (isZero() || other.isZero()) {
      return ZERO;
    }
    if (isSmall() && other.isSmall()) {
      Rational product =
          smallProduct(
              numerator.longValue(),
              denominator.longValue(),
              other.numerator.longValue(),
              other.denominator.longValue());
      if (product != null) {
        return product;
      }
    }
    return normalized(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * {@code (n1 / d1) × (n2 / d2)} for non-zero fractions in lowest terms with positive
   * denominators, in long arithmetic: each numerator is first reduced against the other's
   * denominator, so the product is in lowest terms. Null when a product does not fit in a long.
   */
  private static @Nullable Rational smallProduct(long n1, long d1, long n2, long d2) {
    if (n1 == Long.MIN_VALUE || n2 == Long.MIN_VALUE) {
      return null;
    }
    long g1 = LongMath.gcd(Math.abs(n1), d2);
    long g2 = LongMath.gcd(Math.abs(n2), d1);
    try {
      long n = Math.multiplyExact(n1 / g1, n2 / g2);
      long d = Math.multiplyExact(d1 / g2, d2 / g1);
      return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d));
    } catch (ArithmeticException overflow) {
      return null;
    }
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
    Checks.notNull(divisor, "divisor");
    if (divisor.isZero()) {
      throw new ArithmeticException("division by zero: " + this + " / 0");
    }
    if (divisor.equals(ONE)) {
      return this;
    }
    if (!isZero() && isSmall() && divisor.isSmall()) {
      // Multiply by the reciprocal, whose denominator must be positive.
      long n2 = divisor.denominator.longValue();
      long d2 = divisor.numerator.longValue();
      if (d2 != Long.MIN_VALUE) {
        Rational quotient =
            smallProduct(
                numerator.longValue(), denominator.longValue(), d2 < 0 ? -n2 : n2, Math.abs(d2));
        if (quotient != null) {
          return quotient;
        }
      }
    }
    return normalized(
        numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
  }

  /**
   * The negation {@code −this}.
   *
   * @return the negated value
   */
  public Rational negated() {
    return isZero() ? this : new Rational(numerator.negate(), denominator);
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
    BigInteger d = denominator;
    int twos = d.getLowestSetBit();
    d = d.shiftRight(twos);
    while (d.mod(FIVE).signum() == 0) {
      d = d.divide(FIVE);
    }
    return d.equals(BigInteger.ONE);
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
    Checks.notNull(mode, "rounding mode");
    // Not Math.abs(scale): it is negative for Integer.MIN_VALUE, which would pass the check.
    Checks.argument(
        scale >= -MAX_SCALE && scale <= MAX_SCALE,
        "scale (%d) must be within ±%d",
        scale,
        MAX_SCALE);
    try {
      return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          String.format(
              Locale.ROOT,
              "%s cannot be written with %d decimal places without rounding; name a RoundingMode",
              this,
              scale));
    }
  }

  /**
   * This value as an exact decimal.
   *
   * @return the terminating decimal, with trailing zeros removed
   * @throws ArithmeticException if the expansion does not terminate ({@code 1/3}); the message
   *     names the value
   */
  public BigDecimal toBigDecimalExact() {
    if (!isTerminating()) {
      throw new ArithmeticException(
          this + " has no terminating decimal expansion; round it with an explicit RoundingMode");
    }
    BigInteger d = denominator;
    int twos = d.getLowestSetBit();
    int fives = 0;
    d = d.shiftRight(twos);
    while (d.mod(FIVE).signum() == 0) {
      d = d.divide(FIVE);
      fives++;
    }
    int scale = Math.max(twos, fives);
    BigInteger factor = TWO.pow(scale - twos).multiply(FIVE.pow(scale - fives));
    BigDecimal result = new BigDecimal(numerator.multiply(factor), scale);
    BigDecimal stripped = result.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
    Checks.argument(
        significantDigits >= 1 && significantDigits <= MAX_SCALE,
        "significant digits (%d) must be within 1..%d",
        significantDigits,
        MAX_SCALE);
    if (isZero()) {
      return BigDecimal.ZERO;
    }
    BigDecimal result =
        new BigDecimal(numerator)
            .divide(
                new BigDecimal(denominator),
                new java.math.MathContext(significantDigits, RoundingMode.HALF_EVEN));
    BigDecimal stripped = result.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  @Override
  public int compareTo(Rational other) {
    Checks.notNull(other, "other");
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    if (isSmall() && other.isSmall()) {
      long d1 = denominator.longValue();
      long d2 = other.denominator.longValue();
      long n1 = numerator.longValue();
      long n2 = other.numerator.longValue();
      // Exact 128-bit products: high words first, then the low words unsigned.
      long high1 = Math.multiplyHigh(n1, d2);
      long high2 = Math.multiplyHigh(n2, d1);
      if (high1 != high2) {
        return Long.compare(high1, high2);
      }
      return Long.compareUnsigned(n1 * d2, n2 * d1);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Rational other)) {
      return false;
    }
    return numerator.equals(other.numerator) && denominator.equals(other.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * The fraction in lowest terms: {@code "39/94"}, {@code "-1/2"}, or {@code "3"} for a whole
   * number.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
