package org.okr4j.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;
import org.okr4j.core.testing.WikimediaDeck;

/** A rollup is a weighted mean: it keeps equal progresses and stays between the extremes. */
class RollupProperties {
  private static final Unit TASKS = Unit.count("tasks");

  /** A key result's Q3 value (none when not measured), weight, and direction. */
  record Spec(int current, boolean measured, int weight, boolean decreasing) {}

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<Integer> values =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(-50, 150)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(-999)));
    return Combinators.combine(
            values, Arbitraries.integers().between(0, 5), Arbitraries.of(true, false))
        .as((v, w, d) -> new Spec(v, v != -999, w, d));
  }

  @Provide
  Arbitrary<List<Spec>> specLists() {
    return specs().list().ofMinSize(1).ofMaxSize(6);
  }

  /** Baseline 0 → target 100 (or 100 → 0 when decreasing): progress is the value in percent. */
  private static KeyResult keyResult(int index, Spec spec) {
    String baseline = spec.decreasing() ? "100" : "0";
    String target = spec.decreasing() ? "0" : "100";
    CheckIn q3 =
        !spec.measured()
            ? CheckIn.of(WikimediaDeck.Q3, CheckInState.AT_RISK)
            : CheckIn.of(WikimediaDeck.Q3, Quantity.exact(spec.current(), TASKS));
    return WikimediaDeck.measured(
            "kr-" + index,
            TASKS,
            spec.decreasing() ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
            baseline,
            Target.reach(Quantity.exact(new BigDecimal(target), TASKS)))
        .weight(BigDecimal.valueOf(spec.weight()))
        .addCheckIns(q3)
        .build();
  }

  private static Rational clampedProgress(Spec spec) {
    int v = spec.current();
    Rational raw = Rational.of(spec.decreasing() ? 100 - v : v, 100);
    return raw.max(Rational.ZERO).min(Rational.ONE);
  }

  private static Objective objective(List<Spec> specs) {
    List<KeyResult> keyResults = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      keyResults.add(keyResult(i, specs.get(i)));
    }
    return Objective.builder().id("o").title("o").keyResults(keyResults).build();
  }

  @Property
  void rollup_isTheWeightedMeanOfIncludedClampedProgress_betweenMinAndMax(
      @ForAll("specLists") List<Spec> specs) {
    Outcome<ObjectiveProgress> rolled = Rollup.progress(objective(specs));
    Rational weighted = Rational.ZERO;
    Rational weights = Rational.ZERO;
    Rational min = Rational.ONE;
    Rational max = Rational.ZERO;
    for (Spec s : specs) {
      if (s.measured() && s.weight() > 0) {
        Rational p = clampedProgress(s);
        weighted = weighted.plus(p.multipliedBy(Rational.of(s.weight())));
        weights = weights.plus(Rational.of(s.weight()));
        min = min.min(p);
        max = max.max(p);
      }
      GeneratorCoverage.label("key result")
          .collect(
              !s.measured()
                  ? "undefined"
                  : s.weight() == 0 ? "zero weight" : s.decreasing() ? "decreasing" : "increasing");
      if (s.measured()) {
        int v = s.decreasing() ? 100 - s.current() : s.current();
        GeneratorCoverage.label("raw progress")
            .collect(v < 0 ? "negative" : v > 100 ? "over" : "within");
      }
    }
    if (weights.isZero()) {
      assertThat(rolled.isDefined()).isFalse();
    } else {
      Rational p = rolled.value().progress();
      assertThat(p).isEqualTo(weighted.dividedBy(weights));
      assertThat(p).isBetween(min, max);
      assertThat(rolled.value().contributions()).hasSize(specs.size());
    }
    GeneratorCoverage.label("key result")
        .coverage(
            c -> {
              c.check("undefined").percentage(p -> p > 1.5);
              c.check("zero weight").percentage(p -> p > 2.5);
              c.check("decreasing").percentage(p -> p > 10);
            });
    GeneratorCoverage.label("raw progress")
        .coverage(
            c -> {
              c.check("negative").percentage(p -> p > 5);
              c.check("over").percentage(p -> p > 5);
            });
  }

  @Property
  void rollup_ofEqualProgresses_isThatProgress(
      @ForAll @IntRange(min = -50, max = 150) int value,
      @ForAll("weightLists") List<Integer> weights,
      @ForAll boolean decreasing) {
    List<Spec> specs = new ArrayList<>();
    for (int w : weights) {
      specs.add(new Spec(decreasing ? 100 - value : value, true, w, decreasing));
    }
    Outcome<ObjectiveProgress> rolled = Rollup.progress(objective(specs));
    Rational expected = Rational.of(value, 100).max(Rational.ZERO).min(Rational.ONE);
    GeneratorCoverage.label("progress")
        .collect(value < 0 ? "negative" : value > 100 ? "over" : "within");
    assertThat(rolled.value().progress()).isEqualTo(expected);
    GeneratorCoverage.label("progress").coverage(c -> c.check("over").percentage(p -> p > 5));
  }

  /** Weights from 0 to 9, at least one positive. */
  @Provide
  Arbitrary<List<Integer>> weightLists() {
    return Arbitraries.integers()
        .between(0, 9)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .filter(ws -> ws.stream().anyMatch(w -> w > 0));
  }
}
