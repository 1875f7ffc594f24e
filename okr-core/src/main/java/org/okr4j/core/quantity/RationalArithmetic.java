package org.okr4j.core.quantity;

import java.math.BigInteger;

/**
 * The four operations and the order of {@link Rational}: in long arithmetic ({@link LongFractions})
 * when both operands are small and the result fits, else in {@link BigInteger} ({@link Fractions}).
 * The values are the same either way.
 */
final class RationalArithmetic {
  private RationalArithmetic() {}

  static Rational plus(Rational a, Rational b) {
    if (b.isZero()) {
      return a;
    }
    if (a.isZero()) {
      return b;
    }
    if (a.isSmall() && b.isSmall()) {
      Rational sum = LongFractions.sum(a.num(), a.den(), b.num(), b.den());
      if (sum != null) {
        return sum;
      }
    }
    return Fractions.sum(a.numerator(), a.denominator(), b.numerator(), b.denominator());
  }

  static Rational minus(Rational a, Rational b) {
    if (!b.isZero() && !a.isZero() && a.isSmall() && b.isSmall()) {
      // A small numerator is never Long.MIN_VALUE, so its negation is a long.
      Rational difference = LongFractions.sum(a.num(), a.den(), -b.num(), b.den());
      if (difference != null) {
        return difference;
      }
    }
    return plus(a, b.negated());
  }

  static Rational times(Rational a, Rational b) {
    if (b.equals(Rational.ONE)) {
      return a;
    }
    if (a.equals(Rational.ONE)) {
      return b;
    }
    if (a.isZero() || b.isZero()) {
      return Rational.ZERO;
    }
    if (a.isSmall() && b.isSmall()) {
      Rational product = LongFractions.product(a.num(), a.den(), b.num(), b.den());
      if (product != null) {
        return product;
      }
    }
    return Fractions.normalized(
        a.numerator().multiply(b.numerator()), a.denominator().multiply(b.denominator()));
  }

  static Rational quotient(Rational a, Rational divisor) {
    if (divisor.isZero()) {
      throw new ArithmeticException("division by zero: " + a + " / 0");
    }
    if (divisor.equals(Rational.ONE)) {
      return a;
    }
    if (!a.isZero() && a.isSmall() && divisor.isSmall()) {
      // Multiply by the reciprocal den / num, with its sign on the numerator.
      long n2 = divisor.den();
      long d2 = divisor.num();
      Rational quotient = LongFractions.product(a.num(), a.den(), d2 < 0 ? -n2 : n2, Math.abs(d2));
      if (quotient != null) {
        return quotient;
      }
    }
    return Fractions.normalized(
        a.numerator().multiply(divisor.denominator()),
        a.denominator().multiply(divisor.numerator()));
  }

  /**
   * {@code (c − a) / (b − a)}: with {@code n1 = c.n·a.d − a.n·c.d} and {@code n2 = b.n·a.d −
   * a.n·b.d}, it is {@code (n1 / (c.d·a.d)) / (n2 / (b.d·a.d)) = n1·b.d / (n2·c.d)}, reduced once.
   */
  static Rational fractionOfWay(Rational c, Rational a, Rational b) {
    if (a.equals(b)) {
      throw new ArithmeticException("no way from " + a + " to " + b + ": the two values are equal");
    }
    if (a.isSmall() && b.isSmall() && c.isSmall()) {
      long n1 =
          LongFractions.plus(
              LongFractions.times(c.num(), a.den()), LongFractions.times(-a.num(), c.den()));
      long n2 =
          LongFractions.plus(
              LongFractions.times(b.num(), a.den()), LongFractions.times(-a.num(), b.den()));
      long numerator = LongFractions.times(n1, b.den());
      long denominator = LongFractions.times(n2, c.den());
      // Null when a term overflowed (LongFractions.OVERFLOW is Long.MIN_VALUE); n2 is not zero
      // as a ≠ b.
      Rational quotient = Fractions.quotient(numerator, denominator);
      if (quotient != null) {
        return quotient;
      }
    }
    return minus(c, a).dividedBy(minus(b, a));
  }

  static int compare(Rational a, Rational b) {
    if (a.isSmall() && b.isSmall()) {
      return LongFractions.compare(a.num(), a.den(), b.num(), b.den());
    }
    BigInteger d1 = a.denominator();
    BigInteger d2 = b.denominator();
    if (d1.equals(d2)) {
      return a.numerator().compareTo(b.numerator());
    }
    return times(a.numerator(), d2).compareTo(times(b.numerator(), d1));
  }

  /**
   * {@code x × y}, without a product when either is one: comparing with one or with an integer (an
   * objective's mean against [0, 1], whose ten-term sum often outgrows longs) multiplies once or
   * not at all. {@link BigInteger#multiply} copies its operand even then.
   */
  private static BigInteger times(BigInteger x, BigInteger y) {
    if (y.equals(BigInteger.ONE)) {
      return x;
    }
    return x.equals(BigInteger.ONE) ? y : x.multiply(y);
  }
}
