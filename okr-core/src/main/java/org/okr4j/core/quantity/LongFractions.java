package org.okr4j.core.quantity;

import com.google.common.math.LongMath;
import org.jspecify.annotations.Nullable;

/**
 * The long-arithmetic fast paths of {@link Rational}: sums, products and comparisons of fractions
 * whose numerators and denominators fit in a {@code long}, each either exact or null when a term
 * would not fit (the caller then computes in {@link java.math.BigInteger}).
 *
 * <p>Operands are small rationals: in lowest terms, with a positive denominator and a numerator
 * other than {@link Long#MIN_VALUE}, so that every absolute value and negation is a long.
 */
final class LongFractions {
  /**
   * 10^0 to 10^18, the denominators of decimals within {@link DecimalLimits}: converting a decimal
   * divides by them without {@link java.math.BigInteger#pow}.
   */
  static final long[] POWERS_OF_TEN = {
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
   * What {@link #times} and {@link #plus} return for a result that does not fit: {@link
   * Long#MIN_VALUE}, which no small rational holds as a numerator, so the caller computes in {@link
   * java.math.BigInteger} either way.
   */
  static final long OVERFLOW = Long.MIN_VALUE;

  private LongFractions() {}

  /**
   * {@code n1 / d1 + n2 / d2} by Knuth's method (TAOCP 4.5.1): with {@code g = gcd(d1, d2)}, the
   * sum is {@code t / (d1 / g × d2)} for {@code t = n1 × d2 / g + n2 × d1 / g}, and only {@code
   * gcd(t, g)} can be left to divide out — no gcd of the large terms. Null when a term does not fit
   * in a long.
   */
  static @Nullable Rational sum(long n1, long d1, long n2, long d2) {
    long g = gcd(d1, d2);
    if (g == 1) {
      // Coprime denominators (two integers among them): nothing divides out, and no division is
      // needed.
      long t = plus(times(n1, d2), times(n2, d1));
      long d = times(d1, d2);
      return t == OVERFLOW || d == OVERFLOW ? null : Rational.small(t, d);
    }
    long a = d1 / g;
    long t = plus(times(n1, d2 / g), times(n2, a));
    if (t == OVERFLOW) {
      return null;
    }
    long g2 = gcd(Math.abs(t), g);
    long d = times(a, divide(d2, g2));
    return d == OVERFLOW ? null : Rational.small(divide(t, g2), d);
  }

  /**
   * {@code (n1 / d1) × (n2 / d2)} for non-zero fractions: each numerator is first reduced against
   * the other's denominator, so the product is in lowest terms. Null when a product does not fit in
   * a long other than {@link Long#MIN_VALUE}.
   */
  static @Nullable Rational product(long n1, long d1, long n2, long d2) {
    long g1 = gcd(Math.abs(n1), d2);
    long g2 = gcd(Math.abs(n2), d1);
    // A 64-bit division costs tens of cycles: skipped when the divisor is 1.
    long n = times(divide(n1, g1), divide(n2, g2));
    long d = times(divide(d1, g2), divide(d2, g1));
    return n == OVERFLOW || d == OVERFLOW ? null : Rational.small(n, d);
  }

  /**
   * {@code a × b}, or {@link #OVERFLOW} when the product is not a long other than {@link
   * Long#MIN_VALUE}, or either operand is {@link #OVERFLOW}. Checked by the high word of the
   * 128-bit product rather than by {@link Math#multiplyExact}: a thrown {@link ArithmeticException}
   * costs microseconds, and a rollup's sums overflow a long often enough for that to show.
   */
  static long times(long a, long b) {
    if (a == OVERFLOW || b == OVERFLOW) {
      return OVERFLOW;
    }
    long low = a * b;
    return Math.multiplyHigh(a, b) == (low >> 63) ? low : OVERFLOW;
  }

  /**
   * {@code a + b}, or {@link #OVERFLOW} when the sum is not a long other than {@link
   * Long#MIN_VALUE}, or either operand is {@link #OVERFLOW}.
   */
  static long plus(long a, long b) {
    if (a == OVERFLOW || b == OVERFLOW) {
      return OVERFLOW;
    }
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? OVERFLOW : sum;
  }

  /** {@code value / divisor}, without dividing when the divisor is 1. */
  static long divide(long value, long divisor) {
    return divisor == 1 ? value : value / divisor;
  }

  /**
   * The greatest common divisor of two non-negative longs: the binary gcd after the cases that need
   * no loop — either is 1 (an integer's denominator), or they are equal (a shared denominator) —
   * and, when one is more than 2^12 times the other, one remainder first. Binary gcd takes steps in
   * proportion to the larger operand's bits; {@code gcd(a, b) = gcd(a mod b, b)} brings it to the
   * smaller's size at the cost of one division. A sum's denominator grows with each fraction added,
   * so a rollup's sums meet such pairs all the time.
   */
  static long gcd(long a, long b) {
    if (a == 1 || b == 1) {
      return 1;
    }
    if (a == b) {
      return a;
    }
    long high = Math.max(a, b);
    long low = Math.min(a, b);
    if (low != 0 && (high >>> 12) > low) {
      high %= low;
    }
    return binaryGcd(high, low);
  }

  /**
   * Stein's binary gcd of two non-negative longs, as {@link LongMath#gcd} computes it but without
   * its argument checks, which every caller here has made: the operands are absolute values of
   * small numerators and positive denominators.
   */
  private static long binaryGcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    int twos = Long.numberOfTrailingZeros(a | b);
    long u = a >>> Long.numberOfTrailingZeros(a);
    long v = b >>> Long.numberOfTrailingZeros(b);
    // Both odd. Their difference is even: the smaller stays, and the difference with its factors 2
    // removed goes on. Counting those factors on the signed difference, not on its absolute value,
    // lets the count and the absolute value be computed side by side.
    long d = v - u;
    while (d != 0) {
      int zeros = Long.numberOfTrailingZeros(d);
      u = Math.min(u, v);
      v = Math.abs(d) >>> zeros;
      d = v - u;
    }
    return u << twos;
  }

  /** Compares {@code n1 / d1} with {@code n2 / d2} by exact 128-bit cross-multiplication. */
  static int compare(long n1, long d1, long n2, long d2) {
    if (d1 == d2) {
      return Long.compare(n1, n2);
    }
    // High words first, then the low words unsigned.
    long high1 = Math.multiplyHigh(n1, d2);
    long high2 = Math.multiplyHigh(n2, d1);
    if (high1 != high2) {
      return Long.compare(high1, high2);
    }
    return Long.compareUnsigned(n1 * d2, n2 * d1);
  }

  /** Whether {@code 1 / denominator} has a terminating decimal expansion. */
  static boolean isTerminating(long denominator) {
    long d = denominator >>> Long.numberOfTrailingZeros(denominator);
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  /** {@code BigInteger.valueOf(value).hashCode()}, without the BigInteger. */
  static int bigIntegerHash(long value) {
    long magnitude = Math.abs(value); // not Long.MIN_VALUE: no small value holds it
    int high = (int) (magnitude >>> Integer.SIZE);
    int hash = 31 * high + (int) magnitude;
    return value < 0 ? -hash : hash;
  }
}
