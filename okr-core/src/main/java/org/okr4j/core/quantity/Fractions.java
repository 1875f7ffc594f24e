package org.okr4j.core.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Building a {@link Rational} in lowest terms with a positive denominator: held in longs when both
 * fit ({@link LongFractions}), else in {@link BigInteger}.
 */
final class Fractions {
  private Fractions() {}

  /** The exact value of a decimal already known to be within {@link DecimalLimits}. */
  static Rational ofDecimal(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    if (scale >= 0
        && scale < LongFractions.POWERS_OF_TEN.length
        && unscaled.bitLength() < Long.SIZE) {
      // Fast path, exact: a long over a power of ten, reduced by their gcd in long arithmetic.
      return normalized(unscaled.longValue(), LongFractions.POWERS_OF_TEN[scale]);
    }
    if (scale <= 0) {
      return normalized(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }
    return normalized(unscaled, BigInteger.TEN.pow(scale));
  }

  /**
   * The exact value of {@code unscaled × 10^-scale}, for a scale from 0 to 18 (a quantity's value
   * never has a negative scale): the value of a compact {@link Quantity}, or a difference of two at
   * the same scale, without a {@link BigDecimal}.
   */
  static Rational ofDecimal(long unscaled, int scale) {
    return normalized(unscaled, LongFractions.POWERS_OF_TEN[scale]);
  }

  /**
   * {@code numerator / denominator} in lowest terms, for a positive denominator, computed in long
   * arithmetic: the same value as {@link #normalized(BigInteger, BigInteger)} gives.
   */
  static Rational normalized(long numerator, long denominator) {
    if (numerator == Long.MIN_VALUE) {
      // Its absolute value is not a long.
      return normalized(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    long gcd = LongFractions.gcd(Math.abs(numerator), denominator);
    return Rational.small(
        LongFractions.divide(numerator, gcd), LongFractions.divide(denominator, gcd));
  }

  /**
   * {@code numerator / denominator} in lowest terms, for a denominator of either sign other than
   * zero, in long arithmetic; null when either is {@link Long#MIN_VALUE}, whose negation is not a
   * long (and which {@link LongFractions#OVERFLOW} stands for).
   */
  static @Nullable Rational quotient(long numerator, long denominator) {
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return null;
    }
    return denominator > 0
        ? normalized(numerator, denominator)
        : normalized(-numerator, -denominator);
  }

  /** {@code numerator / denominator} in lowest terms, for a denominator other than zero. */
  static Rational normalized(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return Rational.ZERO;
    }
    BigInteger n = numerator;
    BigInteger d = denominator;
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger gcd = n.gcd(d);
    return reduced(n.divide(gcd), d.divide(gcd));
  }

  /** A value in lowest terms with a positive denominator, small when it fits. */
  static Rational reduced(BigInteger numerator, BigInteger denominator) {
    if (numerator.bitLength() < Long.SIZE
        && denominator.bitLength() < Long.SIZE
        && numerator.longValue() != Long.MIN_VALUE) {
      return Rational.small(numerator.longValue(), denominator.longValue());
    }
    return Rational.big(numerator, denominator);
  }

  /** {@code n1 / d1 + n2 / d2} in BigInteger, for values in lowest terms. */
  static Rational sum(BigInteger n1, BigInteger d1, BigInteger n2, BigInteger d2) {
    if (d1.equals(d2)) {
      return normalized(n1.add(n2), d1);
    }
    return normalized(n1.multiply(d2).add(n2.multiply(d1)), d1.multiply(d2));
  }
}
