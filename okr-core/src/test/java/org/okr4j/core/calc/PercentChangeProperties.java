package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.Direction;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;

/** The three change measures and the two senses, against exact identities. */
class PercentChangeProperties {
  private static final Rational HUNDRED = Rational.ONE_HUNDRED;

  /** Decimals of up to three places, often zero, sometimes negative. */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigDecimal> any =
        Combinators.combine(
                Arbitraries.longs().between(-2_000_000, 2_000_000),
                Arbitraries.integers().between(0, 3))
            .as(BigDecimal::valueOf);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)), Tuple.of(9, any));
  }

  @Provide
  Arbitrary<Rational> rationals() {
    return decimals().map(Rational::of);
  }

  @Property
  void relative_thereAndBackMultipliesToOne(
      @ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    Outcome<Change> there = PercentChange.relative(a, b);
    Outcome<Change> back = PercentChange.relative(b, a);
    GeneratorCoverage.label("case")
        .collect(a.isZero() || b.isZero() ? "zero" : a.compareTo(b) < 0 ? "increase" : "decrease");
    GeneratorCoverage.label("negative old value").collect(a.signum() < 0);
    boolean opposite = a.signum() * b.signum() < 0;
    assertThat(there.isDefined()).isEqualTo(!a.isZero() && !opposite);
    assertThat(back.isDefined()).isEqualTo(!b.isZero() && !opposite);
    if (there.isDefined() && back.isDefined()) {
      // Divided by |old|: for negative values the factors are 1 − x, since b / a = 1 − x.
      Rational x = there.value().asFraction();
      Rational y = back.value().asFraction();
      Rational one = Rational.ONE;
      Rational product =
          a.signum() > 0
              ? one.plus(x).multipliedBy(one.plus(y))
              : one.minus(x).multipliedBy(one.minus(y));
      assertThat(product).isEqualTo(one);
    }
    GeneratorCoverage.label("case")
        .coverage(
            c -> {
              c.check("zero").percentage(p -> p > 2.5);
              c.check("increase").percentage(p -> p > 15);
              c.check("decrease").percentage(p -> p > 15);
            });
    GeneratorCoverage.label("negative old value")
        .coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  @Property
  void relative_matchesDifferenceOverOldOracle(
      @ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    Outcome<Change> change = PercentChange.relative(a, b);
    if (a.isZero()) {
      assertThat(change.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    } else if (a.signum() * b.signum() < 0) {
      assertThat(change.undefinedReason()).contains(UndefinedReason.CHANGE_CROSSES_ZERO);
    } else {
      assertThat(change.value().amount())
          .isEqualTo(b.minus(a).multipliedBy(HUNDRED).dividedBy(a.abs()));
      assertThat(a.plus(a.abs().multipliedBy(change.value().asFraction()))).isEqualTo(b);
      assertThat(change.value().isAgainstNegativeReference()).isEqualTo(a.signum() < 0);
    }
  }

  @Property
  void percentagePoints_areAntisymmetric(
      @ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    Quantity qa = Quantity.of(a, Unit.percent());
    Quantity qb = Quantity.of(b, Unit.percent());
    Rational there = amount(qa, qb, ChangeMeasure.PERCENTAGE_POINTS, ChangeSense.CHANGE);
    Rational back = amount(qb, qa, ChangeMeasure.PERCENTAGE_POINTS, ChangeSense.CHANGE);
    assertThat(there).isEqualTo(back.negated());
    assertThat(there).isEqualTo(Rational.of(b).minus(Rational.of(a)));
  }

  @Property
  void scalePoints_arePercentagePointsOfTheScale(
      @ForAll("decimals") BigDecimal a,
      @ForAll("decimals") BigDecimal b,
      @ForAll("scales") long maximum) {
    Unit score = Unit.scoreOutOf(maximum);
    Rational points =
        amount(
            Quantity.of(a, score),
            Quantity.of(b, score),
            ChangeMeasure.SCALE_POINTS,
            ChangeSense.CHANGE);
    Rational inPercent =
        Rational.of(b).minus(Rational.of(a)).dividedBy(Rational.of(maximum)).multipliedBy(HUNDRED);
    assertThat(points).isEqualTo(inPercent);
  }

  @Provide
  Arbitrary<Long> scales() {
    return Arbitraries.of(4L, 5L, 7L, 10L, 100L);
  }

  @Property
  void improvement_isMinusChangeForLowerIsBetter_sameForHigherIsBetter(
      @ForAll("decimals") BigDecimal a,
      @ForAll("decimals") BigDecimal b,
      @ForAll ChangeMeasure measure,
      @ForAll Direction direction) {
    Unit unit =
        switch (measure) {
          case RELATIVE -> Unit.days();
          case PERCENTAGE_POINTS -> Unit.percent();
          case SCALE_POINTS -> Unit.scoreOutOf(5);
        };
    Quantity from = Quantity.of(a, unit);
    Quantity to = Quantity.of(b, unit);
    Outcome<Change> change =
        PercentChange.between(from, to, measure, ChangeSense.CHANGE, direction);
    Outcome<Change> improvement =
        PercentChange.between(from, to, measure, ChangeSense.IMPROVEMENT, direction);
    GeneratorCoverage.label("direction").collect(direction);
    GeneratorCoverage.label("defined").collect(change.isDefined());
    assertThat(improvement.isDefined()).isEqualTo(change.isDefined());
    if (change.isDefined()) {
      Rational c = change.value().amount();
      Rational i = improvement.value().amount();
      assertThat(i).isEqualTo(direction == Direction.LOWER_IS_BETTER ? c.negated() : c);
      assertThat(improvement.value().sense()).isEqualTo(ChangeSense.IMPROVEMENT);
      assertThat(improvement.value().measure()).isEqualTo(measure);
    }
    GeneratorCoverage.label("direction")
        .coverage(c -> c.check(Direction.LOWER_IS_BETTER).percentage(p -> p > 15));
    GeneratorCoverage.label("defined").coverage(c -> c.check(true).percentage(p -> p > 40));
  }

  private static Rational amount(
      Quantity from, Quantity to, ChangeMeasure measure, ChangeSense sense) {
    return PercentChange.between(from, to, measure, sense, Direction.HIGHER_IS_BETTER)
        .value()
        .amount();
  }
}
