package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.Cadence;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;
import org.okr4j.core.testing.WikimediaDeck;
import org.okr4j.core.time.Period;

/**
 * {@link StatusRule#evaluate(KeyResult, StatusContext, Outcome)}: given the progress at the judged
 * check-in, every rule gives the status it gives without it, whatever the target, the check-ins and
 * the judgement day.
 */
class GivenProgressProperties {
  private static final Unit TASKS = Unit.count("tasks");
  private static final List<Period> QUARTERS =
      List.of(WikimediaDeck.Q1, WikimediaDeck.Q2, WikimediaDeck.Q3, WikimediaDeck.Q4);

  @Provide
  Arbitrary<StatusRule> rules() {
    return Arbitraries.of(
        PaceRule.defaults(),
        PaceRule.of(Rational.of(1, 20), Rational.of(1, 5)),
        ThresholdRule.instance(),
        GradingRule.google(),
        ScoringPresets.commitTargetStretch(),
        ConfidenceRule.of(Rational.of(1, 2)),
        StalledRule.of(2),
        RegressionRule.againstPreviousPeriod(),
        HealthRule.of(Cadence.quarterly()),
        PaceRule.defaults().withManualOverride(),
        StatusRule.worstOf(List.of(GradingRule.google(), PaceRule.defaults())),
        StatusRule.firstDefined(List.of(ThresholdRule.instance(), PaceRule.defaults())));
  }

  @Provide
  Arbitrary<Target> targets() {
    Arbitrary<Integer> figures = Arbitraries.integers().between(-50, 150);
    return Arbitraries.oneOf(
        figures.map(t -> Target.reach(q(t))),
        figures.map(t -> Target.staysAbove(q(t), Boundary.INCLUSIVE)),
        Arbitraries.integers()
            .between(1, 60)
            .flatMap(width -> figures.map(lower -> Target.between(q(lower), q(lower + width)))),
        figures.filter(t -> t != 0).map(t -> Target.relativeChange(BigDecimal.valueOf(t))),
        Arbitraries.just(Target.done()));
  }

  /** A check-in for each quarter: a value, none (a state only), or none at all (-1000). */
  @Provide
  Arbitrary<List<Integer>> checkIns() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(-50, 150),
            Arbitraries.just(-999),
            Arbitraries.just(-1000))
        .list()
        .ofSize(4);
  }

  @Property
  void givenTheJudgedProgress_everyRuleGivesTheStatusItGivesWithout(
      @ForAll("rules") StatusRule rule,
      @ForAll("targets") Target target,
      @ForAll @IntRange(min = -50, max = 150) int baseline,
      @ForAll("checkIns") List<Integer> values,
      @ForAll @IntRange(min = -10, max = 400) int day) {
    KeyResult k = keyResult(target, baseline, values);
    StatusContext context =
        StatusContext.of(WikimediaDeck.FY20, WikimediaDeck.FY20.start().plusDays(day));
    Status without = rule.evaluate(k, context);
    Outcome<Progress> progress =
        context
            .checkInOf(k)
            .map(c -> TargetProgress.of(k, c))
            .orElseGet(() -> TargetProgress.latest(k));
    Status given = rule.evaluate(k, context, progress);
    assertThat(given).isEqualTo(without);
    assertThat(given.reason()).isEqualTo(without.reason());
    assertThat(given.evidence()).isEqualTo(without.evidence());
    GeneratorCoverage.label("colour").collect(without.color());
    GeneratorCoverage.label("colour")
        .coverage(
            c -> {
              c.check(StatusColor.UNKNOWN).percentage(p -> p > 5);
              c.check(StatusColor.GREEN).percentage(p -> p > 5);
              c.check(StatusColor.RED).percentage(p -> p > 5);
            });
  }

  /** A progress rule judges the progress it is given: that of another check-in, here. */
  @Property
  void aProgressRule_judgesTheProgressGiven(
      @ForAll @IntRange(min = 0, max = 100) int judged,
      @ForAll @IntRange(min = 0, max = 100) int other) {
    KeyResult k =
        WikimediaDeck.measured(
                "tasks", TASKS, Direction.HIGHER_IS_BETTER, "0", Target.reach(q(100)))
            .addCheckIns(CheckIn.of(WikimediaDeck.Q2, q(other)))
            .addCheckIns(CheckIn.of(WikimediaDeck.Q3, q(judged)))
            .build();
    StatusContext context =
        StatusContext.of(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3.plusDays(1));
    Outcome<Progress> ofOther = TargetProgress.of(k, k.checkIns().get(0));
    Status given = PaceRule.defaults().evaluate(k, context, ofOther);
    KeyResult otherAlone =
        WikimediaDeck.measured(
                "tasks", TASKS, Direction.HIGHER_IS_BETTER, "0", Target.reach(q(100)))
            .addCheckIns(CheckIn.of(WikimediaDeck.Q3, q(other)))
            .build();
    assertThat(given).isEqualTo(PaceRule.defaults().evaluate(otherAlone, context));
  }

  private static KeyResult keyResult(Target target, int baseline, List<Integer> values) {
    KeyResult.Builder b =
        WikimediaDeck.measured(
            "tasks", TASKS, Direction.HIGHER_IS_BETTER, Integer.toString(baseline), target);
    for (int i = 0; i < values.size(); i++) {
      int v = values.get(i);
      if (v == -999) {
        b.addCheckIns(CheckIn.of(QUARTERS.get(i), CheckInState.ON_TRACK));
      } else if (v != -1000) {
        b.addCheckIns(CheckIn.of(QUARTERS.get(i), q(v)));
      }
    }
    return b.build();
  }

  private static org.okr4j.core.quantity.Quantity q(int value) {
    return WikimediaDeck.q(Integer.toString(value), TASKS);
  }
}
