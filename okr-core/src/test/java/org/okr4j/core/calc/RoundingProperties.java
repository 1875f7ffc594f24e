package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.GeneratorCoverage;

/**
 * Rounding against a reference oracle written with {@link BigInteger} floor division, and the error
 * bounds and idempotence every mode promises.
 */
class RoundingProperties {

  /** Fractions with small denominators, exact ties at the rounded place, and whole numbers. */
  @Provide
  Arbitrary<Rational> values() {
    Arbitrary<Rational> fractions =
        Combinators.combine(
                Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.longs().between(1, 2_000))
            .as(Rational::of);
    Arbitrary<Rational> ties =
        Combinators.combine(
                Arbitraries.longs().between(-10_000, 10_000), Arbitraries.integers().between(0, 4))
            .as(
                (k, s) ->
                    Rational.of(BigInteger.valueOf(2 * k + 1), BigInteger.TEN.pow(s).shiftLeft(1)));
    Arbitrary<Rational> wholes = Arbitraries.longs().between(-5_000, 5_000).map(Rational::of);
    return Arbitraries.frequencyOf(Tuple.of(5, fractions), Tuple.of(3, ties), Tuple.of(1, wholes));
  }

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  @Property
  void round_matchesBigIntegerOracle(
      @ForAll("values") Rational x,
      @ForAll @IntRange(min = -3, max = 4) int decimals,
      @ForAll("modes") RoundingMode mode) {
    BigDecimal rounded = Rounding.of(decimals, mode).round(x);
    GeneratorCoverage.label("needs rounding").collect(!isMultipleOfUnit(x, decimals));
    GeneratorCoverage.label("tie").collect(isTie(x, decimals));
    assertThat(rounded.scale()).isEqualTo(decimals);
    assertThat(rounded.unscaledValue()).isEqualTo(oracle(x, decimals, mode));
    GeneratorCoverage.label("needs rounding")
        .coverage(
            c -> {
              c.check(true).percentage(p -> p > 20);
              c.check(false).percentage(p -> p > 2.5);
            });
    GeneratorCoverage.label("tie").coverage(c -> c.check(true).percentage(p -> p > 0.5));
  }

  @Property
  void round_tieAtTheRoundedPlace_matchesOracle(
      @ForAll @IntRange(min = -10_000, max = 10_000) int k,
      @ForAll @IntRange(min = -3, max = 4) int decimals,
      @ForAll("modes") RoundingMode mode) {
    // (2k + 1) / 2 units of the last kept place: exactly halfway between two rounded values.
    Rounding r = Rounding.of(decimals, mode);
    Rational tie = Rational.of(2L * k + 1, 2).multipliedBy(r.unitInLastPlace());
    assertThat(isTie(tie, decimals)).isTrue();
    assertThat(r.round(tie).unscaledValue()).isEqualTo(oracle(tie, decimals, mode));
  }

  @Property
  void round_halfModes_withinHalfAUnit(
      @ForAll("values") Rational x,
      @ForAll @IntRange(min = -3, max = 4) int decimals,
      @ForAll boolean even) {
    Rounding r = Rounding.of(decimals, even ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP);
    Rational error = Rational.of(r.round(x)).minus(x).abs();
    assertThat(error.multipliedBy(Rational.of(2))).isLessThanOrEqualTo(r.unitInLastPlace());
  }

  @Property
  void round_down_withinOneUnitAndTowardZero(
      @ForAll("values") Rational x, @ForAll @IntRange(min = -3, max = 4) int decimals) {
    Rounding r = Rounding.of(decimals, RoundingMode.DOWN);
    Rational rounded = Rational.of(r.round(x));
    GeneratorCoverage.label("sign").collect(x.signum());
    assertThat(rounded.minus(x).abs()).isLessThan(r.unitInLastPlace());
    assertThat(rounded.abs()).isLessThanOrEqualTo(x.abs());
    assertThat(rounded.signum() * x.signum()).isNotNegative();
    GeneratorCoverage.label("sign")
        .coverage(
            c -> {
              c.check(-1).percentage(p -> p > 10);
              c.check(1).percentage(p -> p > 10);
            });
  }

  @Property
  void round_isIdempotent(
      @ForAll("values") Rational x,
      @ForAll @IntRange(min = -3, max = 4) int decimals,
      @ForAll("modes") RoundingMode mode) {
    Rounding r = Rounding.of(decimals, mode);
    BigDecimal once = r.round(x);
    assertThat(r.round(once)).isEqualTo(once);
    assertThat(Rounding.of(decimals, RoundingMode.UNNECESSARY).round(once)).isEqualTo(once);
  }

  @Property
  void round_isMonotone(
      @ForAll("values") Rational x,
      @ForAll("values") Rational y,
      @ForAll @IntRange(min = -3, max = 4) int decimals,
      @ForAll("modes") RoundingMode mode) {
    Rounding r = Rounding.of(decimals, mode);
    Rational lo = x.min(y);
    Rational hi = x.max(y);
    assertThat(r.round(lo)).isLessThanOrEqualTo(r.round(hi));
  }

  private static boolean isMultipleOfUnit(Rational x, int decimals) {
    return scaled(x, decimals).isInteger();
  }

  private static boolean isTie(Rational x, int decimals) {
    Rational s = scaled(x, decimals);
    return s.multipliedBy(Rational.of(2)).isInteger() && !s.isInteger();
  }

  private static Rational scaled(Rational x, int decimals) {
    Rational ten = Rational.of(10);
    Rational factor = Rational.ONE;
    for (int i = 0; i < Math.abs(decimals); i++) {
      factor = factor.multipliedBy(ten);
    }
    return decimals >= 0 ? x.multipliedBy(factor) : x.dividedBy(factor);
  }

  /** The unscaled value of {@code x} rounded to {@code decimals}, by floor division and cases. */
  private static BigInteger oracle(Rational x, int decimals, RoundingMode mode) {
    Rational s = scaled(x, decimals);
    BigInteger n = s.numerator();
    BigInteger d = s.denominator();
    BigInteger[] qr = floorDivMod(n, d);
    BigInteger floor = qr[0];
    BigInteger rem = qr[1];
    if (rem.signum() == 0) {
      return floor;
    }
    BigInteger ceiling = floor.add(BigInteger.ONE);
    int half = rem.shiftLeft(1).compareTo(d);
    boolean negative = n.signum() < 0;
    BigInteger towardZero = negative ? ceiling : floor;
    BigInteger awayFromZero = negative ? floor : ceiling;
    return switch (mode) {
      case FLOOR -> floor;
      case CEILING -> ceiling;
      case DOWN -> towardZero;
      case UP -> awayFromZero;
      case HALF_UP -> half < 0 ? floor : half > 0 ? ceiling : awayFromZero;
      case HALF_DOWN -> half < 0 ? floor : half > 0 ? ceiling : towardZero;
      case HALF_EVEN -> half < 0 ? floor : half > 0 ? ceiling : floor.testBit(0) ? ceiling : floor;
      case UNNECESSARY -> throw new AssertionError("not an oracle case");
    };
  }

  private static BigInteger[] floorDivMod(BigInteger n, BigInteger d) {
    BigInteger[] qr = n.divideAndRemainder(d);
    if (qr[1].signum() < 0) {
      return new BigInteger[] {qr[0].subtract(BigInteger.ONE), qr[1].add(d)};
    }
    return qr;
  }
}
