package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;
import org.okr4j.core.testing.WikimediaDeck;

/** Progress is an affine map from baseline (0) to target (1), monotone in the right direction. */
class TargetProgressProperties {

  /** Decimals of up to two places; zero often, to reach zero baselines. */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigDecimal> any =
        Combinators.combine(
                Arbitraries.longs().between(-500_000, 500_000),
                Arbitraries.integers().between(0, 2))
            .as(BigDecimal::valueOf);
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(BigDecimal.ZERO)), Tuple.of(8, any));
  }

  @Provide
  Arbitrary<Rational> values() {
    return decimals().map(Rational::of);
  }

  private static String classify(Rational baseline, Rational target, Rational current) {
    Progress p = TargetProgress.between(baseline, target, current).value();
    if (p.isOverAchieved()) {
      return "over-achieved";
    }
    return p.isMovingAway() ? "negative" : "between";
  }

  @Property
  void progress_isZeroAtBaselineAndOneAtTarget(
      @ForAll("values") Rational baseline, @ForAll("values") Rational target) {
    Outcome<Progress> atBaseline = TargetProgress.between(baseline, target, baseline);
    Outcome<Progress> atTarget = TargetProgress.between(baseline, target, target);
    GeneratorCoverage.label("equal").collect(baseline.equals(target));
    if (baseline.equals(target)) {
      assertThat(atBaseline.undefinedReason()).contains(UndefinedReason.TARGET_EQUALS_BASELINE);
      assertThat(atTarget.undefinedReason()).contains(UndefinedReason.TARGET_EQUALS_BASELINE);
    } else {
      assertThat(atBaseline.value().raw()).isEqualTo(Rational.ZERO);
      assertThat(atTarget.value().raw()).isEqualTo(Rational.ONE);
      assertThat(atTarget.value().isAchieved()).isTrue();
    }
    GeneratorCoverage.label("equal").coverage(c -> c.check(true).percentage(p -> p > 0.5));
  }

  @Property
  void progress_isMonotoneInTheMetricsDirection(
      @ForAll("values") Rational baseline,
      @ForAll("values") Rational target,
      @ForAll("values") Rational current,
      @ForAll("values") Rational other) {
    Assume.that(!baseline.equals(target));
    // The direction the target lies in: "better" is toward it.
    Direction direction =
        target.compareTo(baseline) > 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    Rational worse =
        direction == Direction.HIGHER_IS_BETTER ? current.min(other) : current.max(other);
    Rational better =
        direction == Direction.HIGHER_IS_BETTER ? current.max(other) : current.min(other);
    Rational pWorse = TargetProgress.between(baseline, target, worse).value().raw();
    Rational pBetter = TargetProgress.between(baseline, target, better).value().raw();
    GeneratorCoverage.label("direction").collect(direction);
    GeneratorCoverage.label("zero baseline").collect(baseline.isZero());
    GeneratorCoverage.label("progress").collect(classify(baseline, target, current));
    assertThat(pWorse).isLessThanOrEqualTo(pBetter);
    GeneratorCoverage.label("direction")
        .coverage(
            c -> {
              c.check(Direction.LOWER_IS_BETTER).percentage(p -> p > 15);
              c.check(Direction.HIGHER_IS_BETTER).percentage(p -> p > 15);
            });
    GeneratorCoverage.label("zero baseline").coverage(c -> c.check(true).percentage(p -> p > 5));
    GeneratorCoverage.label("progress")
        .coverage(
            c -> {
              c.check("over-achieved").percentage(p -> p > 5);
              c.check("negative").percentage(p -> p > 5);
              c.check("between").percentage(p -> p > 1.5);
            });
  }

  @Property
  void progress_isAnAffineMapThatTheInverseUndoes(
      @ForAll("values") Rational baseline,
      @ForAll("values") Rational target,
      @ForAll("values") Rational current) {
    Assume.that(!baseline.equals(target));
    Progress p = TargetProgress.between(baseline, target, current).value();
    // Oracle: walking p of the way from baseline to target lands on the current value.
    assertThat(baseline.plus(p.raw().multipliedBy(target.minus(baseline)))).isEqualTo(current);
    assertThat(p.clamped()).isEqualTo(p.raw().max(Rational.ZERO).min(Rational.ONE));
    assertThat(p.isAchieved()).isEqualTo(p.raw().compareTo(Rational.ONE) >= 0);
  }

  @Property
  void progress_ofQuantities_sameAsOfRationals(
      @ForAll("decimals") BigDecimal baseline,
      @ForAll("decimals") BigDecimal target,
      @ForAll("decimals") BigDecimal current) {
    Unit days = Unit.days();
    Outcome<Progress> ofQuantities =
        TargetProgress.between(
            Quantity.of(baseline, days), Quantity.of(target, days), Quantity.of(current, days));
    Outcome<Progress> ofRationals =
        TargetProgress.between(Rational.of(baseline), Rational.of(target), Rational.of(current));
    assertThat(ofQuantities).isEqualTo(ofRationals);
  }

  /** Change targets that resolve: a nonzero baseline for relative changes, a nonzero amount. */
  @Provide
  Arbitrary<Tuple.Tuple3<ChangeMeasure, BigDecimal, BigDecimal>> changeTargets() {
    Arbitrary<BigDecimal> amounts =
        Combinators.combine(
                Arbitraries.longs().between(-9_999, 20_000).filter(a -> a != 0),
                Arbitraries.integers().between(0, 2))
            .as(BigDecimal::valueOf);
    return Combinators.combine(Arbitraries.of(ChangeMeasure.class), decimals(), amounts)
        .as(Tuple::of)
        .filter(t -> t.get1() != ChangeMeasure.RELATIVE || t.get2().signum() != 0)
        .filter(
            t ->
                t.get1() != ChangeMeasure.RELATIVE
                    || t.get3().compareTo(BigDecimal.valueOf(-100)) != 0);
  }

  @Property
  void targetValue_thenProgressAtIt_isExactlyOne(
      @ForAll("changeTargets") Tuple.Tuple3<ChangeMeasure, BigDecimal, BigDecimal> t) {
    ChangeMeasure measure = t.get1();
    Unit unit =
        switch (measure) {
          case RELATIVE -> Unit.days();
          case PERCENTAGE_POINTS -> Unit.percent();
          case SCALE_POINTS -> Unit.scoreOutOf(5);
        };
    ChangeTarget target = ChangeTarget.of(measure, t.get3());
    Quantity baseline = Quantity.of(t.get2(), unit);
    Rational value = TargetValue.ofChange(target, baseline).value();
    Direction direction =
        value.compareTo(baseline.toRational()) > 0
            ? Direction.HIGHER_IS_BETTER
            : Direction.LOWER_IS_BETTER;
    GeneratorCoverage.label("measure").collect(measure);
    GeneratorCoverage.label("direction").collect(direction);
    GeneratorCoverage.label("zero baseline").collect(baseline.value().signum() == 0);
    KeyResult k =
        WikimediaDeck.measured("kr", unit, direction, t.get2().toPlainString(), target)
            .addCheckIns(
                CheckIn.of(WikimediaDeck.Q3, Quantity.exact(value.toBigDecimalExact(), unit)))
            .build();
    assertThat(TargetValue.of(k).value()).isEqualTo(value);
    assertThat(TargetProgress.latest(k).value().raw()).isEqualTo(Rational.ONE);
    GeneratorCoverage.label("direction")
        .coverage(c -> c.check(Direction.LOWER_IS_BETTER).percentage(p -> p > 10));
    GeneratorCoverage.label("zero baseline").coverage(c -> c.check(true).percentage(p -> p > 2.5));
    GeneratorCoverage.label("measure")
        .coverage(c -> c.check(ChangeMeasure.SCALE_POINTS).percentage(p -> p > 7.5));
  }
}
