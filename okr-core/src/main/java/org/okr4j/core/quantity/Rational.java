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

  /**
   * The value when it is small: a numerator other than {@link Long#MIN_VALUE} and a positive
   * denominator, both longs. Unused (zero) when the value is held in {@link #bigNumerator}.
   */
  private final long num;

  private final long den;

  /** The value when it is not small, else null: every value that can be small is. */
  private final @Nullable BigInteger bigNumerator;

  private final @Nullable BigInteger bigDenominator;

  /** A small value, already in lowest terms with a positive denominator. */
  private Rational(long numerator, long denominator) {
    this.num = numerator;
    this.den = denominator;
    this.bigNumerator = null;
    this.bigDenominator = null;
  }

  /** A value in lowest terms with a positive denominator that is not small. */
  private Rational(BigInteger numerator, BigInteger denominator) {
    this.num = 0;
    this.den = 0;
    this.bigNumerator = numerator;
    this.bigDenominator = denominator;
  }

  /** A value in lowest terms with a positive denominator, small when it fits. */
  private static Rational reduced(BigInteger numerator, BigInteger denominator) {
    if (numerator.bitLength() < Long.SIZE
        && denominator.bitLength() < Long.SIZE
        && numerator.longValue() != Long.MIN_VALUE) {
      long n = numerator.longValue();
      long d = denominator.longValue();
      return n == d ? ONE : new Rational(n, d);
    }
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
      return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
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
   * The exact value of {@code unscaled × 10^-scale}, for an unscaled value of at most 18 digits and
   * a scale within {@link DecimalLimits}: the value of a compact {@link Quantity}, without a {@link
   * BigDecimal}.
   */
  static Rational ofDecimal(long unscaled, int scale) {
    if (scale >= 0) {
      return normalized(unscaled, POWERS_OF_TEN[scale]);
    }
    // A whole number written with trailing zeros (2389E5): rare, and exact in BigInteger.
    return normalized(
        BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
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
    return new Rational(numerator / gcd, denominator / gcd);
  }

  /** Whether the value is held in longs. */
  private boolean isSmall() {
    return bigNumerator == null;
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
    return reduced(n, d);
  }

  /**
   * The numerator in lowest terms; carries the sign.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    BigInteger big = bigNumerator;
    return big != null ? big : BigInteger.valueOf(num);
  }

  /**
   * The denominator in lowest terms; always positive.
   *
   * @return the denominator
   */
  public BigInteger denominator() {
    BigInteger big = bigDenominator;
    return big != null ? big : BigInteger.valueOf(den);
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1 as this is negative, zero or positive
   */
  public int signum() {
    BigInteger big = bigNumerator;
    return big != null ? big.signum() : Long.signum(num);
  }

  /**
   * Whether this is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return bigNumerator == null && num == 0;
  }

  /**
   * Whether this is a whole number.
   *
   * @return true when the denominator is one
   */
  public boolean isInteger() {
    BigInteger big = bigDenominator;
    return big != null ? big.equals(BigInteger.ONE) : den == 1;
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
      Rational sum = smallSum(num, den, other.num, other.den);
      if (sum != null) {
        return sum;
      }
    }
    BigInteger n1 = numerator();
    BigInteger d1 = denominator();
    BigInteger n2 = other.numerator();
    BigInteger d2 = other.denominator();
    if (d1.equals(d2)) {
      return normalized(n1.add(n2), d1);
    }
    return normalized(n1.multiply(d2).add(n2.multiply(d1)), d1.multiply(d2));
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
      // A small numerator is never Long.MIN_VALUE, so its negation is a long.
      Rational difference = smallSum(num, den, -other.num, other.den);
      if (difference != null) {
        return difference;
      }
    }
    return plus(other.negated());
  }

  /**
   * {@code n1 / d1 + n2 / d2} for small fractions (lowest terms, positive denominators) in long
   * arithmetic, by Knuth's method (TAOCP 4.5.1): with {@code g = gcd(d1, d2)}, the sum is {@code t
   * / (d1 / g × d2)} for {@code t = n1 × d2 / g + n2 × d1 / g}, and only {@code gcd(t, g)} can be
   * left to divide out — no gcd of the large terms. Null when a term does not fit in a long.
   */
  private static @Nullable Rational smallSum(long n1, long d1, long n2, long d2) {
    try {
      long g = LongMath.gcd(d1, d2);
      long t = Math.addExact(Math.multiplyExact(n1, d2 / g), Math.multiplyExact(n2, d1 / g));
      if (t == 0) {
        return ZERO;
      }
      if (t == Long.MIN_VALUE) {
        return null;
      }
      long g2 = g == 1 ? 1 : LongMath.gcd(Math.abs(t), g);
      long n = t / g2;
      long d = Math.multiplyExact(d1 / g, d2 / g2);
      return n == d ? ONE : new Rational(n, d);
    } catch (ArithmeticException overflow) {
      return null;
    }
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
      Rational product = smallProduct(num, den, other.num, other.den);
      if (product != null) {
        return product;
      }
    }
    return normalized(
        numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  /**
   * {@code (n1 / d1) × (n2 / d2)} for non-zero fractions in lowest terms with positive
   * denominators, in long arithmetic: each numerator is first reduced against the other's
   * denominator, so the product is in lowest terms. Null when a product does not fit in a long.
   */
  private static @Nullable Rational smallProduct(long n1, long d1, long n2, long d2) {
    // Small values never hold Long.MIN_VALUE, so both absolute values are longs.
    long g1 = LongMath.gcd(Math.abs(n1), d2);
    long g2 = LongMath.gcd(Math.abs(n2), d1);
    try {
      long n = Math.multiplyExact(n1 / g1, n2 / g2);
      long d = Math.multiplyExact(d1 / g2, d2 / g1);
      return n == Long.MIN_VALUE
          ? new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d))
          : new Rational(n, d);
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
      // Multiply by the reciprocal den / num, with its sign on the numerator.
      long n2 = divisor.den;
      long d2 = divisor.num;
      Rational quotient = smallProduct(num, den, d2 < 0 ? -n2 : n2, Math.abs(d2));
      if (quotient != null) {
        return quotient;
      }
    }
    return normalized(
        numerator().multiply(divisor.denominator()), denominator().multiply(divisor.numerator()));
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
    BigInteger big = bigNumerator;
    if (big == null) {
      return new Rational(-num, den); // num is not Long.MIN_VALUE
    }
    return reduced(big.negate(), denominator());
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
    if (isSmall()) {
      long d = den >>> Long.numberOfTrailingZeros(den);
      while (d % 5 == 0) {
        d /= 5;
      }
      return d == 1;
    }
    BigInteger d = denominator();
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
      return numeratorDecimal().divide(denominatorDecimal(), scale, mode);
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
    BigInteger d = denominator();
    int twos = d.getLowestSetBit();
    int fives = 0;
    d = d.shiftRight(twos);
    while (d.mod(FIVE).signum() == 0) {
      d = d.divide(FIVE);
      fives++;
    }
    int scale = Math.max(twos, fives);
    BigInteger factor = TWO.pow(scale - twos).multiply(FIVE.pow(scale - fives));
    BigDecimal result = new BigDecimal(numerator().multiply(factor), scale);
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
        numeratorDecimal()
            .divide(
                denominatorDecimal(),
                new java.math.MathContext(significantDigits, RoundingMode.HALF_EVEN));
    BigDecimal stripped = result.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  @Override
  public int compareTo(Rational other) {
    Checks.notNull(other, "other");
    if (isSmall() && other.isSmall()) {
      long d1 = den;
      long d2 = other.den;
      long n1 = num;
      long n2 = other.num;
      if (d1 == d2) {
        return Long.compare(n1, n2);
      }
      // Exact 128-bit products: high words first, then the low words unsigned.
      long high1 = Math.multiplyHigh(n1, d2);
      long high2 = Math.multiplyHigh(n2, d1);
      if (high1 != high2) {
        return Long.compare(high1, high2);
      }
      return Long.compareUnsigned(n1 * d2, n2 * d1);
    }
    BigInteger d1 = denominator();
    BigInteger d2 = other.denominator();
    if (d1.equals(d2)) {
      return numerator().compareTo(other.numerator());
    }
    return numerator().multiply(d2).compareTo(other.numerator().multiply(d1));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Rational other)) {
      return false;
    }
    BigInteger big = bigNumerator;
    BigInteger otherBig = other.bigNumerator;
    if (big == null || otherBig == null) {
      // Every value that fits in longs is held in longs, so a small and a big one differ.
      return big == null && otherBig == null && num == other.num && den == other.den;
    }
    return big.equals(otherBig) && denominator().equals(other.denominator());
  }

  @Override
  public int hashCode() {
    BigInteger big = bigNumerator;
    if (big == null) {
      return 31 * bigIntegerHash(num) + bigIntegerHash(den);
    }
    return 31 * big.hashCode() + denominator().hashCode();
  }

  /** {@code BigInteger.valueOf(value).hashCode()}, without the BigInteger. */
  static int bigIntegerHash(long value) {
    if (value == 0) {
      return 0;
    }
    long magnitude = Math.abs(value); // not Long.MIN_VALUE: no small value holds it
    int high = (int) (magnitude >>> Integer.SIZE);
    int hash = 31 * high + (int) magnitude;
    return value < 0 ? -hash : hash;
  }

  private BigDecimal numeratorDecimal() {
    BigInteger big = bigNumerator;
    return big != null ? new BigDecimal(big) : BigDecimal.valueOf(num);
  }

  private BigDecimal denominatorDecimal() {
    BigInteger big = bigDenominator;
    return big != null ? new BigDecimal(big) : BigDecimal.valueOf(den);
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
