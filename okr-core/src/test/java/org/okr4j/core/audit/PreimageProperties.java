package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

/** The preimage of a printed figure is exactly the set of values that round to it. */
class PreimageProperties {

  @Provide
  Arbitrary<Rational> values() {
    Arbitrary<Long> numerators = Arbitraries.longs().between(-200_000, 200_000);
    Arbitrary<Long> denominators = Arbitraries.of(1L, 2L, 4L, 8L, 10L, 20L, 100L, 3L, 7L, 1000L);
    return Combinators.combine(numerators, denominators).as(Rational::of);
  }

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(FigureAudit.ROUNDING_ORDER);
  }

  @Property
  void valueLiesInPreimageOfItsOwnRounding(
      @ForAll("values") Rational x,
      @ForAll @IntRange(min = 0, max = 3) int decimals,
      @ForAll("modes") RoundingMode mode) {
    BigDecimal printed = x.toBigDecimal(decimals, mode);
    Rational step = Rational.of(BigDecimal.ONE.scaleByPowerOfTen(-decimals));
    Statistics.label("sign").collect(x.signum());
    Statistics.label("tie")
        .collect(x.minus(Rational.of(printed)).abs().multipliedBy(Rational.of(2)).equals(step));
    assertThat(Preimage.of(Rational.of(printed), step, mode).contains(x)).isTrue();
    assertThat(Preimage.of(Rational.of(printed), step, mode).intersects(Interval.of(x))).isTrue();
  }

  @Property
  void preimageHoldsOnlyValuesThatRoundToThePrintedFigure(
      @ForAll("values") Rational x,
      @ForAll @IntRange(min = -3, max = 3) int offset,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll("modes") RoundingMode mode) {
    BigDecimal rounded = x.toBigDecimal(decimals, mode);
    BigDecimal printed = rounded.add(BigDecimal.valueOf(offset).scaleByPowerOfTen(-decimals));
    Rational step = Rational.of(BigDecimal.ONE.scaleByPowerOfTen(-decimals));
    boolean contains = Preimage.of(Rational.of(printed), step, mode).contains(x);
    Statistics.label("contains").collect(contains);
    assertThat(contains).isEqualTo(printed.compareTo(rounded) == 0);
  }

  @Property
  void exactPreimageIsThePrintedValueAlone(
      @ForAll("values") Rational x, @ForAll("values") Rational y) {
    assertThat(Preimage.exactly(x).contains(y)).isEqualTo(x.equals(y));
  }
}
