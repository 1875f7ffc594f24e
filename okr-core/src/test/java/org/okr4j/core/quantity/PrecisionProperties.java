package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.testing.GeneratorCoverage;

class PrecisionProperties {

  @Provide
  Arbitrary<BigDecimal> values() {
    return Combinators.combine(
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(12).negate(), BigInteger.TEN.pow(12)),
            Arbitraries.integers().between(-5, 6))
        .as(BigDecimal::new);
  }

  @Provide
  Arbitrary<BigDecimal> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 999), Arbitraries.integers().between(-8, 8))
        .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  @Property
  void intervalAround_hasWidthOfTheStepAndIsCentredOnTheValue(
      @ForAll("values") BigDecimal value, @ForAll("steps") BigDecimal step) {
    Precision precision = Precision.toNearest(step);
    GeneratorCoverage.label("value sign").collect(value.signum());
    GeneratorCoverage.label("step")
        .collect(step.compareTo(BigDecimal.ONE) < 0 ? "below 1" : "1 or more");
    Interval interval = precision.intervalAround(value);
    Rational centre = Rational.of(value);
    assertThat(interval.upper().minus(interval.lower())).isEqualTo(Rational.of(step));
    assertThat(interval.lower().plus(interval.upper()).dividedBy(Rational.of(2))).isEqualTo(centre);
    assertThat(interval.contains(centre)).isTrue();
    assertThat(precision.halfWidth().multipliedBy(Rational.of(2))).isEqualTo(Rational.of(step));
    assertThat(precision.decimalPlaces()).contains(step.stripTrailingZeros().scale());
    GeneratorCoverage.label("value sign")
        .coverage(
            c -> {
              c.check(-1).percentage(p -> p > 10);
              c.check(1).percentage(p -> p > 10);
            });
    GeneratorCoverage.label("step")
        .coverage(
            c -> {
              c.check("below 1").percentage(p -> p > 10);
              c.check("1 or more").percentage(p -> p > 10);
            });
  }

  @Property
  void ofDigits_intervalIsHalfAUnitInTheLastPlace(@ForAll("values") BigDecimal value) {
    Interval interval = Precision.ofDigits(value).intervalAround(value);
    assertThat(interval.upper().minus(interval.lower())).isEqualTo(Rational.of(value.ulp()));
  }
}
