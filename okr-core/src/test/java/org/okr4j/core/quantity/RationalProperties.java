package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.testing.GeneratorCoverage;

/** Rational is an exact ordered field, and every conversion to a decimal matches BigDecimal. */
class RationalProperties {

  /** Non-negative longs of every size, small ones and multiples of one another often. */
  @Provide
  Arbitrary<Long> gcdOperands() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 20),
        Arbitraries.longs().between(0, 1L << 20),
        Arbitraries.longs().between(0, Long.MAX_VALUE),
        Combinators.combine(
                Arbitraries.longs().between(1, 5000), Arbitraries.integers().between(0, 40))
            .as((odd, shift) -> odd << shift));
  }

  @Property(tries = 3000)
  void gcd_isBigIntegersGcd(@ForAll("gcdOperands") long a, @ForAll("gcdOperands") long b) {
    long expected = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
    assertThat(LongFractions.gcd(a, b)).isEqualTo(expected);
    assertThat(LongFractions.gcd(b, a)).isEqualTo(expected);
    long high = Math.max(a, b);
    long low = Math.min(a, b);
    GeneratorCoverage.label("remainder first")
        .collect(low > 1 && high != low && (high >>> 12) > low);
  }

  /** Numerators and denominators: zero, small, and up to 40 digits, either sign. */
  @Provide
  Arbitrary<BigInteger> integers() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(BigInteger.ZERO)),
        Tuple.of(6, Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf)),
        Tuple.of(
            3,
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))));
  }

  @Provide
  Arbitrary<Rational> rationals() {
    Arbitrary<BigInteger> denominators = integers().filter(d -> d.signum() != 0);
    return Combinators.combine(integers(), denominators).as(Rational::of);
  }

  @Provide
  Arbitrary<Rational> nonZeroRationals() {
    return rationals().filter(x -> !x.isZero());
  }

  @Provide
  Arbitrary<RoundingMode> roundingModes() {
    return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  /** Decimals within DecimalLimits: up to 18 integer digits and 18 decimal places. */
  @Provide
  Arbitrary<BigDecimal> limitedDecimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf),
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(18)));
    Arbitrary<Integer> scales = Arbitraries.integers().between(-10, 18);
    return Combinators.combine(unscaled, scales)
        .as(BigDecimal::new)
        .filter(DecimalLimits::isWithinLimits);
  }

  private static String magnitude(Rational x) {
    if (x.isZero()) {
      return "zero";
    }
    int bits = Math.max(x.numerator().bitLength(), x.denominator().bitLength());
    return bits > 64 ? "huge" : "small";
  }

  private static void collectShape(String label, Rational x) {
    GeneratorCoverage.label(label + " sign").collect(x.signum());
    GeneratorCoverage.label(label + " magnitude").collect(magnitude(x));
  }

  private static void checkShapeCoverage(String label) {
    GeneratorCoverage.label(label + " sign")
        .coverage(
            c -> {
              c.check(-1).percentage(p -> p > 7.5);
              c.check(0).percentage(p -> p > 1.5);
              c.check(1).percentage(p -> p > 7.5);
            });
    GeneratorCoverage.label(label + " magnitude")
        .coverage(
            c -> {
              c.check("huge").percentage(p -> p > 5);
              c.check("small").percentage(p -> p > 5);
            });
  }

  /** An exact rational from a decimal of any size, as an oracle independent of DecimalLimits. */
  private static Rational exact(BigDecimal d) {
    return d.scale() >= 0
        ? Rational.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
        : Rational.of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
  }

  @Property
  void plus_isCommutativeAndAssociative(
      @ForAll("rationals") Rational a,
      @ForAll("rationals") Rational b,
      @ForAll("rationals") Rational c) {
    collectShape("a", a);
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    checkShapeCoverage("a");
  }

  @Property
  void multipliedBy_isCommutativeAndAssociative(
      @ForAll("rationals") Rational a,
      @ForAll("rationals") Rational b,
      @ForAll("rationals") Rational c) {
    collectShape("a", a);
    assertThat(a.multipliedBy(b)).isEqualTo(b.multipliedBy(a));
    assertThat(a.multipliedBy(b).multipliedBy(c)).isEqualTo(a.multipliedBy(b.multipliedBy(c)));
    checkShapeCoverage("a");
  }

  @Property
  void multipliedBy_distributesOverPlus(
      @ForAll("rationals") Rational a,
      @ForAll("rationals") Rational b,
      @ForAll("rationals") Rational c) {
    assertThat(a.multipliedBy(b.plus(c))).isEqualTo(a.multipliedBy(b).plus(a.multipliedBy(c)));
  }

  @Property
  void inverses_andIdentities(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    collectShape("a", a);
    assertThat(a.plus(a.negated())).isEqualTo(Rational.ZERO);
    assertThat(a.minus(b).plus(b)).isEqualTo(a);
    assertThat(a.plus(Rational.ZERO)).isEqualTo(a);
    assertThat(a.multipliedBy(Rational.ONE)).isEqualTo(a);
    assertThat(a.negated().negated()).isEqualTo(a);
    if (!a.isZero()) {
      assertThat(a.multipliedBy(Rational.ONE.dividedBy(a))).isEqualTo(Rational.ONE);
    }
    if (!b.isZero()) {
      assertThat(a.dividedBy(b).multipliedBy(b)).isEqualTo(a);
    }
    checkShapeCoverage("a");
  }

  @Property
  void results_areInLowestTermsWithPositiveDenominator(
      @ForAll("rationals") Rational a, @ForAll("nonZeroRationals") Rational b) {
    for (Rational x :
        new Rational[] {a.plus(b), a.minus(b), a.multipliedBy(b), a.dividedBy(b), a.negated()}) {
      assertThat(x.denominator().signum()).isPositive();
      assertThat(x.numerator().gcd(x.denominator())).isEqualTo(BigInteger.ONE);
    }
  }

  @Property
  void equalFractions_areEqualWithEqualHashCodesAndCompareToZero(
      @ForAll("integers") BigInteger n,
      @ForAll("integers") BigInteger d,
      @ForAll @IntRange(min = -1000, max = 1000) int k) {
    Assume.that(d.signum() != 0 && k != 0);
    BigInteger factor = BigInteger.valueOf(k);
    Rational x = Rational.of(n, d);
    Rational y = Rational.of(n.multiply(factor), d.multiply(factor));
    GeneratorCoverage.label("negative factor").collect(k < 0);
    assertThat(y).isEqualTo(x);
    assertThat(y.hashCode()).isEqualTo(x.hashCode());
    assertThat(y.compareTo(x)).isZero();
    GeneratorCoverage.label("negative factor").coverage(c -> c.check(true).percentage(p -> p > 15));
  }

  @Property
  void compareTo_agreesWithCrossMultiplicationAndWithEquals(
      @ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    int oracle =
        a.numerator()
            .multiply(b.denominator())
            .subtract(b.numerator().multiply(a.denominator()))
            .signum();
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(oracle);
    assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-oracle);
    assertThat(a.equals(b)).isEqualTo(oracle == 0);
    assertThat(a.isLessThan(b)).isEqualTo(oracle < 0);
    assertThat(a.isGreaterThan(b)).isEqualTo(oracle > 0);
    assertThat(a.min(b).compareTo(a.max(b))).isLessThanOrEqualTo(0);
  }

  /**
   * Against one, for numbers of up to 40 digits either side of it: numerator against denominator.
   */
  @Property
  void compareToOne_isTheOrderOfNumeratorAndDenominator(@ForAll("rationals") Rational a) {
    int oracle = a.numerator().compareTo(a.denominator());
    assertThat(Integer.signum(a.compareTo(Rational.ONE))).isEqualTo(Integer.signum(oracle));
    assertThat(Integer.signum(Rational.ONE.compareTo(a))).isEqualTo(-Integer.signum(oracle));
    GeneratorCoverage.label("held in longs").collect(a.isSmall());
  }

  @Property
  void compareTo_isTransitive(
      @ForAll("rationals") Rational a,
      @ForAll("rationals") Rational b,
      @ForAll("rationals") Rational c) {
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
    assertThat(Integer.signum(a.plus(c).compareTo(b.plus(c))))
        .isEqualTo(Integer.signum(a.compareTo(b)));
  }

  @Property
  void toBigDecimal_equalsBigDecimalDivision_forEveryRoundingMode(
      @ForAll("rationals") Rational x,
      @ForAll("roundingModes") RoundingMode mode,
      @ForAll @IntRange(min = -20, max = 45) int scale) {
    collectShape("x", x);
    GeneratorCoverage.label("mode").collect(mode);
    BigDecimal oracle =
        new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()), scale, mode);
    BigDecimal actual = x.toBigDecimal(scale, mode);
    assertThat(actual).isEqualTo(oracle);
    assertThat(actual.scale()).isEqualTo(scale);

    Rational error = exact(actual).minus(x).abs();
    Rational ulp =
        scale >= 0
            ? Rational.of(BigInteger.ONE, BigInteger.TEN.pow(scale))
            : Rational.of(BigInteger.TEN.pow(-scale), BigInteger.ONE);
    Rational bound = mode.name().startsWith("HALF_") ? ulp.dividedBy(Rational.of(2)) : ulp;
    assertThat(error.compareTo(bound)).isLessThanOrEqualTo(0);
    if (mode != RoundingMode.HALF_UP
        && mode != RoundingMode.HALF_DOWN
        && mode != RoundingMode.HALF_EVEN) {
      assertThat(error.compareTo(ulp)).isLessThan(0);
    }
    checkShapeCoverage("x");
    GeneratorCoverage.label("mode")
        .coverage(
            c -> {
              for (RoundingMode m : RoundingMode.values()) {
                if (m != RoundingMode.UNNECESSARY) {
                  c.check(m).count(n -> n > 0);
                }
              }
            });
  }

  @Property
  void toBigDecimal_unnecessary_succeedsExactlyWhenTheScaleHoldsTheValue(
      @ForAll("rationals") Rational x, @ForAll @IntRange(min = 0, max = 6) int scale) {
    boolean fits =
        x.multipliedBy(Rational.of(BigInteger.TEN.pow(scale), BigInteger.ONE)).isInteger();
    GeneratorCoverage.label("fits").collect(fits);
    if (fits) {
      assertThat(exact(x.toBigDecimal(scale, RoundingMode.UNNECESSARY))).isEqualTo(x);
    } else {
      assertThatThrownBy(() -> x.toBigDecimal(scale, RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("cannot be written with " + scale + " decimal places");
    }
    GeneratorCoverage.label("fits")
        .coverage(
            c -> {
              c.check(true).percentage(p -> p > 2.5);
              c.check(false).percentage(p -> p > 2.5);
            });
  }

  @Property
  void isTerminating_matchesFactorisationOfTheDenominator(@ForAll("rationals") Rational x) {
    BigInteger d = x.denominator();
    for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (d.mod(p).signum() == 0) {
        d = d.divide(p);
      }
    }
    boolean oracle = d.equals(BigInteger.ONE);
    GeneratorCoverage.label("terminating").collect(oracle);
    assertThat(x.isTerminating()).isEqualTo(oracle);
    if (oracle) {
      assertThat(exact(x.toBigDecimalExact())).isEqualTo(x);
    } else {
      assertThatThrownBy(x::toBigDecimalExact)
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("no terminating decimal expansion");
    }
    GeneratorCoverage.label("terminating")
        .coverage(
            c -> {
              c.check(true).percentage(p -> p > 2.5);
              c.check(false).percentage(p -> p > 2.5);
            });
  }

  @Property
  void toBigDecimalExact_roundTripsThroughOfBigDecimal(@ForAll("limitedDecimals") BigDecimal d) {
    Rational x = Rational.of(d);
    GeneratorCoverage.label("sign").collect(d.signum());
    GeneratorCoverage.label("has decimals").collect(d.stripTrailingZeros().scale() > 0);
    BigDecimal back = x.toBigDecimalExact();
    assertThat(back).isEqualByComparingTo(d);
    assertThat(back.scale()).isGreaterThanOrEqualTo(0);
    assertThat(
            back.signum() == 0
                || back.scale() == 0
                || back.unscaledValue().mod(BigInteger.TEN).signum() != 0)
        .as("no trailing zeros after the point in %s", back)
        .isTrue();
    assertThat(Rational.of(back)).isEqualTo(x);
    GeneratorCoverage.label("sign")
        .coverage(
            c -> {
              c.check(-1).percentage(p -> p > 7.5);
              c.check(1).percentage(p -> p > 7.5);
            });
    GeneratorCoverage.label("has decimals")
        .coverage(
            c -> {
              c.check(true).percentage(p -> p > 7.5);
              c.check(false).percentage(p -> p > 2.5);
            });
  }

  @Property
  void toBigDecimalSignificant_equalsMathContextDivision(
      @ForAll("nonZeroRationals") Rational x, @ForAll @IntRange(min = 1, max = 40) int digits) {
    BigDecimal oracle =
        new BigDecimal(x.numerator())
            .divide(
                new BigDecimal(x.denominator()), new MathContext(digits, RoundingMode.HALF_EVEN));
    BigDecimal actual = x.toBigDecimalSignificant(digits);
    assertThat(actual).isEqualByComparingTo(oracle);
    assertThat(actual.stripTrailingZeros().precision()).isLessThanOrEqualTo(digits);
    assertThat(actual.scale()).isGreaterThanOrEqualTo(0);
  }

  /**
   * Longs near zero, near the square root of Long.MAX_VALUE (where products start to overflow) and
   * near the ends of the long range, either sign: the long fast paths and their fallbacks.
   */
  @Provide
  Arbitrary<Long> longEdges() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.longs().between(-1000, 1000)),
        Tuple.of(2, Arbitraries.longs().between(3_000_000_000L, 3_100_000_000L)),
        Tuple.of(2, Arbitraries.longs().between(-3_100_000_000L, -3_000_000_000L)),
        Tuple.of(1, Arbitraries.longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE)),
        Tuple.of(1, Arbitraries.longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1000)),
        Tuple.of(1, Arbitraries.longs()));
  }

  /** Fractions whose numerator and denominator fit in a long, with the edges of longEdges. */
  @Provide
  Arbitrary<Rational> longRationals() {
    return Combinators.combine(longEdges(), longEdges().filter(d -> d != 0))
        .as((n, d) -> Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d)));
  }

  /** The oracle: the fraction n / d reduced with BigInteger arithmetic alone. */
  private static Rational oracle(BigInteger n, BigInteger d) {
    return Rational.of(n, d);
  }

  @Property
  void arithmeticOnLongs_equalsBigIntegerArithmetic(
      @ForAll("longRationals") Rational a, @ForAll("longRationals") Rational b) {
    BigInteger an = a.numerator();
    BigInteger ad = a.denominator();
    BigInteger bn = b.numerator();
    BigInteger bd = b.denominator();
    assertThat(a.plus(b)).isEqualTo(oracle(an.multiply(bd).add(bn.multiply(ad)), ad.multiply(bd)));
    assertThat(a.minus(b))
        .isEqualTo(oracle(an.multiply(bd).subtract(bn.multiply(ad)), ad.multiply(bd)));
    assertThat(a.multipliedBy(b)).isEqualTo(oracle(an.multiply(bn), ad.multiply(bd)));
    if (!b.isZero()) {
      assertThat(a.dividedBy(b)).isEqualTo(oracle(an.multiply(bd), ad.multiply(bn)));
    }
    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(an.multiply(bd).compareTo(bn.multiply(ad)));
    for (Rational r : new Rational[] {a.plus(b), a.multipliedBy(b)}) {
      assertThat(r.denominator().signum()).isPositive();
      assertThat(r.numerator().gcd(r.denominator())).isIn(BigInteger.ONE, r.denominator());
    }
  }

  @Property
  void ofLongs_equalsBigIntegerReduction(@ForAll("longEdges") long n, @ForAll("longEdges") long d) {
    Assume.that(d != 0);
    Rational r = Rational.of(n, d);
    assertThat(r).isEqualTo(oracle(BigInteger.valueOf(n), BigInteger.valueOf(d)));
    assertThat(r.denominator().signum()).isPositive();
  }

  @Property
  void ofDecimal_equalsBigIntegerReduction(@ForAll("limitedDecimals") BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    Rational expected =
        value.scale() <= 0
            ? oracle(unscaled.multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE)
            : oracle(unscaled, BigInteger.TEN.pow(value.scale()));
    assertThat(Rational.of(value)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Rational> wayPoints() {
    Arbitrary<Rational> small =
        Combinators.combine(
                Arbitraries.longs().between(-3000, 3000), Arbitraries.longs().between(1, 400))
            .as(Rational::of);
    return Arbitraries.oneOf(small, small, rationals(), longRationals());
  }

  @Property(tries = 3000)
  void fractionOfWay_isTheQuotientOfTheDifferences(
      @ForAll("wayPoints") Rational value,
      @ForAll("wayPoints") Rational start,
      @ForAll("wayPoints") Rational end) {
    if (start.equals(end)) {
      assertThatThrownBy(() -> value.fractionOfWay(start, end))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("no way from");
      return;
    }
    GeneratorCoverage.label("all small")
        .collect(value.isSmall() && start.isSmall() && end.isSmall());
    assertThat(value.fractionOfWay(start, end))
        .isEqualTo(value.minus(start).dividedBy(end.minus(start)));
    assertThat(start.fractionOfWay(start, end)).isEqualTo(Rational.ZERO);
    assertThat(end.fractionOfWay(start, end)).isEqualTo(Rational.ONE);
  }
}
