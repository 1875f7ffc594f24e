package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.okr4j.core.testing.GeneratorCoverage;

class QuantityProperties {

  /** Decimals within DecimalLimits, written with trailing zeros or exponents now and then. */
  @Provide
  Arbitrary<BigDecimal> values() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.oneOf(
            Arbitraries.just(BigInteger.ZERO),
            Arbitraries.longs().between(-10_000, 10_000).map(BigInteger::valueOf),
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(17).negate(), BigInteger.TEN.pow(17)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-6, 18))
        .as(BigDecimal::new)
        .filter(DecimalLimits::isWithinLimits);
  }

  @Provide
  Arbitrary<Precision> precisions() {
    return Arbitraries.oneOf(
        Arbitraries.just(Precision.exact()),
        Arbitraries.integers().between(-6, 12).map(Precision::decimals),
        Arbitraries.of("0.25", "0.5", "2.5", "25", "0.125")
            .map(s -> Precision.toNearest(new BigDecimal(s))));
  }

  /** The value moved to the nearest multiple of the precision's step: a figure must lie on it. */
  private static BigDecimal onStep(BigDecimal value, Precision precision) {
    return precision
        .step()
        .map(s -> value.divide(s, 0, RoundingMode.HALF_UP).multiply(s))
        .orElse(value);
  }

  @Property
  void offTheStep_isRefusedNamingValueAndStep(
      @ForAll("values") BigDecimal value, @ForAll("precisions") Precision precision) {
    BigDecimal step = precision.step().orElse(BigDecimal.ONE);
    Assume.that(!precision.isExact() && value.remainder(step).signum() != 0);
    assertThatThrownBy(() -> Quantity.of(value, Unit.count(), precision))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(value.toPlainString())
        .hasMessageContaining(step.toPlainString());
  }

  @Property
  void normalization_keepsTheNumericValue(
      @ForAll("values") BigDecimal printed, @ForAll("precisions") Precision precision) {
    BigDecimal value = onStep(printed, precision);
    Assume.that(DecimalLimits.isWithinLimits(value));
    Quantity q = Quantity.of(value, Unit.count(), precision);
    GeneratorCoverage.label("sign").collect(value.signum());
    GeneratorCoverage.label("written with").collect(writtenWith(value));
    assertThat(q.value()).isEqualByComparingTo(value);
    int stripped = Math.max(0, value.stripTrailingZeros().scale());
    assertThat(q.value().scale())
        .isEqualTo(Math.max(stripped, precision.decimalPlaces().orElse(0)));
    assertThat(q.precision()).isEqualTo(precision);
    assertThat(q.toRational()).isEqualTo(Rational.of(value));
    assertThat(q.interval().contains(Rational.of(value))).isTrue();
    GeneratorCoverage.label("sign")
        .coverage(
            c -> {
              c.check(-1).percentage(p -> p > 7.5);
              c.check(0).percentage(p -> p > 2.5);
              c.check(1).percentage(p -> p > 7.5);
            });
    GeneratorCoverage.label("written with")
        .coverage(
            c -> {
              c.check("exponent").percentage(p -> p > 2.5);
              c.check("trailing zeros").percentage(p -> p > 0.5);
              c.check("plain").percentage(p -> p > 10);
            });
  }

  @Property
  void equalQuantities_areNumericallyEqualWithEqualHashCodes(
      @ForAll("values") BigDecimal printed,
      @ForAll("precisions") Precision pa,
      @ForAll("precisions") Precision pb) {
    BigDecimal a = onStep(onStep(printed, pa), pb);
    Assume.that(DecimalLimits.isWithinLimits(a));
    Assume.that(a.remainder(pa.step().orElse(BigDecimal.ONE)).signum() == 0 || pa.isExact());
    Quantity x = Quantity.of(a, Unit.count(), pa);
    Quantity y = Quantity.of(a.stripTrailingZeros(), Unit.count(), pb);
    assertThat(x.isEqual(y)).isTrue();
    assertThat(x.compareTo(y)).isZero();
    assertThat(x.equals(y)).isEqualTo(pa.equals(pb));
    if (x.equals(y)) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
  }

  @Property
  void compareTo_isTheOrderOfTheValues(
      @ForAll("values") BigDecimal printedA,
      @ForAll("values") BigDecimal printedB,
      @ForAll("precisions") Precision pa,
      @ForAll("precisions") Precision pb) {
    BigDecimal a = onStep(printedA, pa);
    BigDecimal b = onStep(printedB, pb);
    Assume.that(DecimalLimits.isWithinLimits(a) && DecimalLimits.isWithinLimits(b));
    Quantity x = Quantity.of(a, Unit.percent(), pa);
    Quantity y = Quantity.of(b, Unit.percent(), pb);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(a.compareTo(b));
    assertThat(x.isEqual(y)).isEqualTo(a.compareTo(b) == 0);
  }

  /**
   * Values of up to 18 digits at any two scales, compared by cross-multiplication in 128 bits:
   * products up to 10^36 do not fit a long.
   */
  @Property(tries = 2000)
  void compareTo_ofCompactValuesAtAnyScales_isBigDecimalsOrder(
      @ForAll @LongRange(min = -999_999_999_999_999_999L, max = 999_999_999_999_999_999L) long ua,
      @ForAll @IntRange(min = 0, max = 18) int sa,
      @ForAll @LongRange(min = -999_999_999_999_999_999L, max = 999_999_999_999_999_999L) long ub,
      @ForAll @IntRange(min = 0, max = 18) int sb) {
    BigDecimal a = BigDecimal.valueOf(ua, sa);
    BigDecimal b = BigDecimal.valueOf(ub, sb);
    Quantity x = Quantity.of(a, Unit.count(), Precision.exact());
    Quantity y = Quantity.of(b, Unit.count(), Precision.exact());
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(a.compareTo(b));
    assertThat(Integer.signum(y.compareTo(x))).isEqualTo(b.compareTo(a));
  }

  @Property
  void parse_ofThePlainValue_readsTheSameNumber(@ForAll("values") BigDecimal value) {
    Quantity q = Quantity.of(value, Unit.count());
    Quantity parsed = Quantity.parse(q.value().toPlainString(), Unit.count());
    assertThat(parsed.isEqual(q)).isTrue();
    if (value.scale() >= 0) {
      assertThat(parsed).isEqualTo(q);
    }
  }

  /**
   * Decimals of up to 36 digits within DecimalLimits, many with 17 to 20 digits: both sides of the
   * 18 digits a compact quantity holds in a long.
   */
  @Provide
  Arbitrary<BigDecimal> anyDigits() {
    Arbitrary<BigInteger> nearTheEdge =
        Combinators.combine(
                Arbitraries.integers().between(17, 19),
                Arbitraries.longs().between(-3, 3),
                Arbitraries.of(1, -1))
            .as(
                (digits, offset, sign) ->
                    BigInteger.TEN
                        .pow(digits)
                        .add(BigInteger.valueOf(offset))
                        .multiply(BigInteger.valueOf(sign)));
    Arbitrary<BigInteger> unscaled =
        Arbitraries.oneOf(
            nearTheEdge,
            Arbitraries.longs().between(-10_000, 10_000).map(BigInteger::valueOf),
            Arbitraries.longs().map(BigInteger::valueOf),
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(36).negate(), BigInteger.TEN.pow(36)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-17, 18))
        .as(BigDecimal::new)
        .filter(DecimalLimits::isWithinLimits);
  }

  /**
   * A compact quantity (up to 18 digits in a long) behaves as one held in a BigDecimal would: its
   * value, fraction, order, equality, hash and difference are those of the BigDecimal it was built
   * from.
   */
  @Property
  void representation_isInvisible(
      @ForAll("anyDigits") BigDecimal a,
      @ForAll("anyDigits") BigDecimal other,
      @ForAll boolean atTheSameScale,
      @ForAll("precisions") Precision precision) {
    Unit unit = Unit.count("things");
    BigDecimal rescaled = other.setScale(Math.max(0, a.scale()), RoundingMode.DOWN);
    BigDecimal b = atTheSameScale && DecimalLimits.isWithinLimits(rescaled) ? rescaled : other;
    Quantity x = Quantity.of(a, unit);
    Quantity y = Quantity.of(b, unit);
    GeneratorCoverage.label("x").collect(x.isCompact() ? "compact" : "large");
    GeneratorCoverage.label("scales")
        .collect(x.value().scale() == y.value().scale() ? "same" : "different");
    assertThat(x.isCompact()).isEqualTo(x.value().precision() <= 18);
    assertThat(x.value()).isEqualByComparingTo(a);
    assertThat(x.value().getClass()).isEqualTo(BigDecimal.class);
    assertThat(x.toRational()).isEqualTo(Rational.of(a));
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(a.compareTo(b));
    assertThat(x.differenceFrom(y)).isEqualTo(Rational.of(a).minus(Rational.of(b)));
    BigDecimal xv = x.value();
    BigDecimal yv = y.value();
    assertThat(x.equals(y))
        .isEqualTo(
            xv.compareTo(yv) == 0
                && xv.scale() == yv.scale()
                && x.precision().equals(y.precision()));
    assertThat(x.hashCode()).isEqualTo(java.util.Objects.hash(xv, unit, x.precision()));
    assertThat(x).isEqualTo(Quantity.of(x.value(), unit, x.precision()));
    BigDecimal onStep = onStep(a, precision);
    if (DecimalLimits.isWithinLimits(onStep)) {
      Quantity z = Quantity.of(onStep, unit, precision);
      assertThat(z.value()).isEqualByComparingTo(onStep);
      assertThat(z.isCompact()).isEqualTo(z.value().precision() <= 18);
      assertThat(z.withValue(z.value())).isSameAs(z);
      assertThat(z.withPrecision(precision)).isSameAs(z);
    }
    GeneratorCoverage.label("x")
        .coverage(
            c -> {
              c.check("compact").percentage(p -> p > 20);
              c.check("large").percentage(p -> p > 10);
            });
    GeneratorCoverage.label("scales").coverage(c -> c.check("same").percentage(p -> p > 15));
  }

  private static String writtenWith(BigDecimal value) {
    if (value.scale() < 0) {
      return "exponent";
    }
    if (value.scale() > 0 && value.stripTrailingZeros().scale() < value.scale()) {
      return "trailing zeros";
    }
    return "plain";
  }

  /**
   * Small values at a few scales: fraction-of-the-way and change fast paths, often with equal
   * digits.
   */
  @Provide
  Arbitrary<BigDecimal> figures() {
    return Arbitraries.oneOf(
        anyDigits(),
        Combinators.combine(
                Arbitraries.longs().between(-2_000, 2_000), Arbitraries.integers().between(0, 3))
            .as(BigDecimal::valueOf));
  }

  @Property(tries = 2000)
  void fractionOfWay_isTheRatioOfTheDifferences(
      @ForAll("figures") BigDecimal value,
      @ForAll("figures") BigDecimal start,
      @ForAll("figures") BigDecimal end) {
    Unit unit = Unit.count("things");
    Quantity v = Quantity.of(value, unit);
    Quantity s = Quantity.of(start, unit);
    Quantity e = Quantity.of(end, unit);
    GeneratorCoverage.label("all compact").collect(v.isCompact() && s.isCompact() && e.isCompact());
    if (end.compareTo(start) == 0) {
      assertThatThrownBy(() -> v.fractionOfWay(s, e))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("no way from");
      return;
    }
    Rational expected =
        Rational.of(value)
            .minus(Rational.of(start))
            .dividedBy(Rational.of(end).minus(Rational.of(start)));
    assertThat(v.fractionOfWay(s, e)).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void percentChangeFrom_isTheRelativeChangeInPercent(
      @ForAll("figures") BigDecimal old, @ForAll("figures") BigDecimal now) {
    Unit unit = Unit.count("things");
    Quantity o = Quantity.of(old, unit);
    Quantity n = Quantity.of(now, unit);
    GeneratorCoverage.label("both compact").collect(o.isCompact() && n.isCompact());
    if (old.signum() == 0) {
      assertThatThrownBy(() -> n.percentChangeFrom(o))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("from zero");
      return;
    }
    Rational expected =
        Rational.of(now)
            .minus(Rational.of(old))
            .dividedBy(Rational.of(old).abs())
            .multipliedBy(Rational.ONE_HUNDRED);
    assertThat(n.percentChangeFrom(o)).isEqualTo(expected);
    assertThat(n.signum()).isEqualTo(now.signum());
  }
}
