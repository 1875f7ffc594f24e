package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.GeneratorCoverage;

/** A grading never improves when progress falls, for increasing and decreasing metrics. */
class GradingRuleProperties {

  /** Values in tenths from −50 to 150: around a baseline of 0 or 100 and a target of 100 or 0. */
  @Provide
  Arbitrary<Integer> tenths() {
    return Arbitraries.integers().between(-500, 1500);
  }

  @Provide
  Arbitrary<GradingRule> rules() {
    Arbitrary<GradingRule> own =
        Arbitraries.integers()
            .between(0, 20)
            .tuple2()
            .map(
                t ->
                    GradingRule.of(
                        Rational.of(Math.max(t.get1(), t.get2()), 20),
                        Rational.of(Math.min(t.get1(), t.get2()), 20)));
    return Arbitraries.oneOf(Arbitraries.just(GradingRule.google()), own);
  }

  @Property
  void colorOf_neverImprovesWhenProgressFalls(
      @ForAll("rules") GradingRule rule, @ForAll("tenths") int a, @ForAll("tenths") int b) {
    Rational lower = Rational.of(Math.min(a, b), 1000);
    Rational higher = Rational.of(Math.max(a, b), 1000);
    StatusColor low = rule.colorOf(lower.max(Rational.ZERO).min(Rational.ONE));
    StatusColor high = rule.colorOf(higher.max(Rational.ZERO).min(Rational.ONE));
    assertThat(low.rank()).isLessThanOrEqualTo(high.rank());
  }

  @Property
  void evaluate_neverImprovesWhenTheValueMovesAwayFromTheTarget(
      @ForAll boolean decreasing, @ForAll("tenths") int a, @ForAll("tenths") int b) {
    // Increasing: 0 → 100; decreasing: 100 → 0. "Worse" is further from the target.
    String baseline = decreasing ? "100" : "0";
    String target = decreasing ? "0" : "100";
    int worse = decreasing ? Math.max(a, b) : Math.min(a, b);
    int better = decreasing ? Math.min(a, b) : Math.max(a, b);
    KeyResult worseKr = RuleFixtures.tasks(baseline, target, tenthsText(worse));
    KeyResult betterKr = RuleFixtures.tasks(baseline, target, tenthsText(better));
    Status worseStatus = GradingRule.google().evaluate(worseKr, RuleFixtures.Q3_DECK);
    Status betterStatus = GradingRule.google().evaluate(betterKr, RuleFixtures.Q3_DECK);
    GeneratorCoverage.label("direction").collect(decreasing ? "decreasing" : "increasing");
    GeneratorCoverage.label("worse colour").collect(worseStatus.color());
    assertThat(worseStatus.color().isColor()).isTrue();
    assertThat(worseStatus.color().rank()).isLessThanOrEqualTo(betterStatus.color().rank());
    GeneratorCoverage.label("direction")
        .coverage(c -> c.check("decreasing").percentage(p -> p > 15));
    GeneratorCoverage.label("worse colour")
        .coverage(
            c -> {
              c.check(StatusColor.RED).percentage(p -> p > 5);
              c.check(StatusColor.YELLOW).percentage(p -> p > 1.5);
              c.check(StatusColor.GREEN).percentage(p -> p > 1.5);
            });
  }

  private static String tenthsText(int tenths) {
    return java.math.BigDecimal.valueOf(tenths, 1).toPlainString();
  }
}
