package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
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

  private static final Rational HALF = Rational.of(1, 2);
  private static final Rational TENTH = Rational.of(1, 10);

  private static Preimage zero(RoundingMode mode) {
    return Preimage.of(Rational.ZERO, Rational.ONE, mode);
  }

  @Example
  void zeroUnderHalfUp_excludesBothHalves() {
    // HALF_UP rounds ±0.5 away from zero, to ±1: 0 comes from (-1/2, 1/2).
    assertThat(zero(RoundingMode.HALF_UP).contains(HALF.negated())).isFalse();
    assertThat(zero(RoundingMode.HALF_UP).contains(HALF)).isFalse();
    assertThat(zero(RoundingMode.HALF_UP).contains(Rational.of(-49, 100))).isTrue();
    assertThat(zero(RoundingMode.HALF_UP)).hasToString("(-1/2, 1/2)");
  }

  @Example
  void zeroUnderHalfDown_includesBothHalves() {
    // HALF_DOWN rounds ±0.5 toward zero, to 0: 0 comes from [-1/2, 1/2].
    assertThat(zero(RoundingMode.HALF_DOWN).contains(HALF.negated())).isTrue();
    assertThat(zero(RoundingMode.HALF_DOWN).contains(HALF)).isTrue();
    assertThat(zero(RoundingMode.HALF_DOWN).contains(Rational.of(51, 100))).isFalse();
    assertThat(zero(RoundingMode.HALF_DOWN)).hasToString("[-1/2, 1/2]");
  }

  @Example
  void zeroUnderDownAndUp() {
    // DOWN truncates toward zero: everything strictly between -1 and 1 prints 0.
    assertThat(zero(RoundingMode.DOWN).contains(HALF.negated())).isTrue();
    assertThat(zero(RoundingMode.DOWN).contains(HALF)).isTrue();
    assertThat(zero(RoundingMode.DOWN)).hasToString("(-1, 1)");
    // UP rounds away from zero: only 0 itself prints 0.
    assertThat(zero(RoundingMode.UP).contains(HALF.negated())).isFalse();
    assertThat(zero(RoundingMode.UP).contains(HALF)).isFalse();
    assertThat(zero(RoundingMode.UP).contains(Rational.ZERO)).isTrue();
    assertThat(zero(RoundingMode.UP)).hasToString("[0, 0]");
  }

  @Example
  void minusOnePointFourUnderDown_isTheClassJavadocsExample() {
    // t in (-15, -14], times the step 0.1: (-3/2, -7/5].
    Preimage p = Preimage.of(Rational.of(-7, 5), TENTH, RoundingMode.DOWN);
    assertThat(p).hasToString("(-3/2, -7/5]");
    Rational lower = Rational.of(-3, 2);
    Rational upper = Rational.of(-7, 5);
    // The closed upper end touches a range starting there; the open lower end does not.
    assertThat(p.intersects(Interval.between(upper, Rational.ZERO))).isTrue();
    assertThat(p.intersects(Interval.between(Rational.of(-2), lower))).isFalse();
    assertThat(p.intersects(Interval.between(Rational.of(-2), Rational.of(-149, 100)))).isTrue();
  }

  @Example
  void onePointFourUnderFloor_closedBelowOpenAbove() {
    // FLOOR: t in [14, 15), times 0.1: [7/5, 3/2).
    Preimage p = Preimage.of(Rational.of(7, 5), TENTH, RoundingMode.FLOOR);
    assertThat(p).hasToString("[7/5, 3/2)");
    Rational lower = Rational.of(7, 5);
    Rational upper = Rational.of(3, 2);
    assertThat(p.intersects(Interval.between(upper, Rational.of(2)))).isFalse();
    assertThat(p.intersects(Interval.between(Rational.ONE, lower))).isTrue();
    assertThat(p.intersects(Interval.between(Rational.of(149, 100), Rational.of(2)))).isTrue();
  }
}
