package org.okr4j.core.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.okr4j.core.internal.Checks;

/** The conversions of a {@link Rational} to decimals, each exact or rounded as its caller names. */
final class RationalDecimals {
  private static final BigInteger TWO = BigInteger.TWO;
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private RationalDecimals() {}

  /** Whether a denominator has no prime factor other than 2 and 5. */
  static boolean isTerminating(BigInteger denominator) {
    BigInteger d = denominator.shiftRight(denominator.getLowestSetBit());
    while (d.mod(FIVE).signum() == 0) {
      d = d.divide(FIVE);
    }
    return d.equals(BigInteger.ONE);
  }

  /** {@link Rational#toBigDecimal(int, RoundingMode)}. */
  static BigDecimal toBigDecimal(Rational value, int scale, RoundingMode mode) {
    Checks.notNull(mode, "rounding mode");
    // Not Math.abs(scale): it is negative for Integer.MIN_VALUE, which would pass the check.
    Checks.argument(
        scale >= -Rational.MAX_SCALE && scale <= Rational.MAX_SCALE,
        "scale (%d) must be within ±%d",
        scale,
        Rational.MAX_SCALE);
    try {
      return value.numeratorDecimal().divide(value.denominatorDecimal(), scale, mode);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          String.format(
              Locale.ROOT,
              "%s cannot be written with %d decimal places without rounding; name a RoundingMode",
              value,
              scale));
    }
  }

  /** {@link Rational#toBigDecimalExact()}. */
  static BigDecimal toBigDecimalExact(Rational value) {
    if (!value.isTerminating()) {
      throw new ArithmeticException(
          value + " has no terminating decimal expansion; round it with an explicit RoundingMode");
    }
    BigInteger d = value.denominator();
    int twos = d.getLowestSetBit();
    int fives = 0;
    d = d.shiftRight(twos);
    while (d.mod(FIVE).signum() == 0) {
      d = d.divide(FIVE);
      fives++;
    }
    int scale = Math.max(twos, fives);
    BigInteger factor = TWO.pow(scale - twos).multiply(FIVE.pow(scale - fives));
    return stripped(new BigDecimal(value.numerator().multiply(factor), scale));
  }

  /** {@link Rational#toBigDecimalSignificant(int)}. */
  static BigDecimal toBigDecimalSignificant(Rational value, int significantDigits) {
    Checks.argument(
        significantDigits >= 1 && significantDigits <= Rational.MAX_SCALE,
        "significant digits (%d) must be within 1..%d",
        significantDigits,
        Rational.MAX_SCALE);
    if (value.isZero()) {
      return BigDecimal.ZERO;
    }
    return stripped(
        value
            .numeratorDecimal()
            .divide(
                value.denominatorDecimal(),
                new MathContext(significantDigits, RoundingMode.HALF_EVEN)));
  }

  /** Trailing zeros removed, and a whole number at scale 0 rather than in an exponent. */
  private static BigDecimal stripped(BigDecimal result) {
    BigDecimal stripped = result.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
