package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.GeneratorCoverage;
import org.okr4j.core.testing.WikimediaDeck;

/** The pace rule never improves when progress falls, nor when the expected progress rises. */
class PaceRuleProperties {

  @Provide
  Arbitrary<PaceRule> rules() {
    Arbitrary<PaceRule> own =
        Arbitraries.integers()
            .between(0, 20)
            .tuple2()
            .map(
                t ->
                    PaceRule.of(
                        Rational.of(Math.min(t.get1(), t.get2()), 20),
                        Rational.of(Math.max(t.get1(), t.get2()), 20)));
    return Arbitraries.oneOf(Arbitraries.just(PaceRule.defaults()), own);
  }

  /** The colour by the gap, as the javadoc defines it: what the rule's precomputed floors give. */
  @Property(tries = 2000)
  void colorOf_isTheGapAgainstTheTolerances(
      @ForAll("rules") PaceRule rule,
      @ForAll @IntRange(min = -20, max = 140) int actual,
      @ForAll @IntRange(min = 1, max = 12) int actualOver,
      @ForAll @IntRange(min = 0, max = 100) int expected,
      @ForAll boolean sameExpectedAgain) {
    Rational p = Rational.of(actual, 10L * actualOver);
    Rational e = Rational.of(expected, 100);
    Rational gap = e.minus(p);
    StatusColor byGap =
        gap.compareTo(rule.greenTolerance()) <= 0
            ? StatusColor.GREEN
            : gap.compareTo(rule.yellowTolerance()) <= 0 ? StatusColor.YELLOW : StatusColor.RED;
    assertThat(rule.colorOf(p, e)).isEqualTo(byGap);
    // Asked again, with the same expected progress or an equal one of another instance.
    Rational again = sameExpectedAgain ? e : Rational.of(expected * 3L, 300);
    assertThat(rule.colorOf(p, again)).isEqualTo(byGap);
  }

  @Property
  void colorOf_neverImprovesWhenActualFallsOrExpectedRises(
      @ForAll("rules") PaceRule rule,
      @ForAll @IntRange(min = 0, max = 100) int a,
      @ForAll @IntRange(min = 0, max = 100) int b,
      @ForAll @IntRange(min = 0, max = 100) int e,
      @ForAll @IntRange(min = 0, max = 100) int f) {
    Rational lowActual = Rational.of(Math.min(a, b), 100);
    Rational highActual = Rational.of(Math.max(a, b), 100);
    Rational lowExpected = Rational.of(Math.min(e, f), 100);
    Rational highExpected = Rational.of(Math.max(e, f), 100);
    StatusColor worst = rule.colorOf(lowActual, highExpected);
    StatusColor best = rule.colorOf(highActual, lowExpected);
    assertThat(worst.rank()).isLessThanOrEqualTo(rule.colorOf(highActual, highExpected).rank());
    assertThat(worst.rank()).isLessThanOrEqualTo(rule.colorOf(lowActual, lowExpected).rank());
    assertThat(rule.colorOf(lowActual, lowExpected).rank()).isLessThanOrEqualTo(best.rank());
    GeneratorCoverage.label("worst").collect(worst);
    GeneratorCoverage.label("worst")
        .coverage(
            c -> {
              c.check(StatusColor.RED).percentage(p -> p > 5);
              c.check(StatusColor.GREEN).percentage(p -> p > 2.5);
            });
  }

  @Property
  void evaluate_neverImprovesWhenProgressFallsOrTimePasses(
      @ForAll boolean decreasing,
      @ForAll @IntRange(min = -50, max = 150) int a,
      @ForAll @IntRange(min = -50, max = 150) int b,
      @ForAll @IntRange(min = 0, max = 91) int day,
      @ForAll @IntRange(min = 0, max = 91) int otherDay) {
    String baseline = decreasing ? "100" : "0";
    String target = decreasing ? "0" : "100";
    int worse = decreasing ? Math.max(a, b) : Math.min(a, b);
    int better = decreasing ? Math.min(a, b) : Math.max(a, b);
    // Judged during Q4, when the Q3 check-in is the latest.
    LocalDate start = WikimediaDeck.Q4.start().plusDays(1);
    LocalDate earlier = start.plusDays(Math.min(day, otherDay));
    LocalDate later = start.plusDays(Math.max(day, otherDay));
    KeyResult worseKr = RuleFixtures.tasks(baseline, target, Integer.toString(worse));
    KeyResult betterKr = RuleFixtures.tasks(baseline, target, Integer.toString(better));
    StatusContext early = StatusContext.of(WikimediaDeck.FY20, earlier);
    StatusContext late = StatusContext.of(WikimediaDeck.FY20, later);
    StatusColor worstCase = PaceRule.defaults().evaluate(worseKr, late).color();
    StatusColor bestCase = PaceRule.defaults().evaluate(betterKr, early).color();
    GeneratorCoverage.label("direction").collect(decreasing ? "decreasing" : "increasing");
    GeneratorCoverage.label("worst case").collect(worstCase);
    assertThat(worstCase.rank())
        .isLessThanOrEqualTo(PaceRule.defaults().evaluate(worseKr, early).color().rank())
        .isLessThanOrEqualTo(bestCase.rank());
    assertThat(worstCase.rank())
        .isLessThanOrEqualTo(PaceRule.defaults().evaluate(betterKr, late).color().rank());
    GeneratorCoverage.label("direction")
        .coverage(c -> c.check("decreasing").percentage(p -> p > 15));
    GeneratorCoverage.label("worst case")
        .coverage(
            c -> {
              c.check(StatusColor.RED).percentage(p -> p > 5);
              c.check(StatusColor.GREEN).percentage(p -> p > 2.5);
            });
  }
}
