package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.WikimediaDeck.Q1;
import static org.okr4j.core.testing.WikimediaDeck.Q2;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.quantity.UnitMismatchException;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;
import org.okr4j.core.time.Period;

class TargetProgressTest {
  private static final Unit M = WikimediaDeck.MAINTAINERS;

  private static Outcome<Progress> at(KeyResult k, Period period) {
    return TargetProgress.of(k, k.checkInFor(period).orElseThrow());
  }

  private static KeyResult withQ3(
      String id, Unit unit, Direction direction, String baseline, Target target, CheckIn q3) {
    return WikimediaDeck.measured(id, unit, direction, baseline, target).addCheckIns(q3).build();
  }

  @Test
  void of_acceptsTheCheckInOrAnEqualCopy_andRefusesAnother() {
    KeyResult k =
        withQ3(
            "tool-maintainers",
            M,
            Direction.HIGHER_IS_BETTER,
            "1880",
            Target.reach(q("1974", M)),
            CheckIn.of(Q3, q("1919", M)));
    // (1919 − 1880) / (1974 − 1880) = 39/94 whether the check-in is the same object or equal.
    assertThat(TargetProgress.of(k, k.checkIns().get(0)).value().raw())
        .isEqualTo(Rational.of(39, 94));
    assertThat(TargetProgress.of(k, CheckIn.of(Q3, q("1919", M))).value().raw())
        .isEqualTo(Rational.of(39, 94));
    assertThatThrownBy(() -> TargetProgress.of(k, CheckIn.of(Q3, q("1920", M))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-in for FY2019/20 Q3 is not a check-in of key result tool-maintainers");
  }

  // between(Rational...)

  @Test
  void between_toolMaintainers() {
    Outcome<Progress> p =
        TargetProgress.between(Rational.of(1880), Rational.of(1974), Rational.of(1919));
    assertThat(p.value().raw()).isEqualTo(Rational.of(39, 94));
    Explanation e = p.explanation();
    assertThat(e.subject()).isEqualTo("progress");
    assertThat(e.formula()).isEqualTo("(current − baseline) / (target − baseline)");
    assertThat(e.brief()).isEqualTo("(1919 − 1880) / (1974 − 1880) = 41.49%");
  }

  @Test
  void between_atBaselineZero_atTargetOne() {
    assertThat(
            TargetProgress.between(Rational.of(1880), Rational.of(1974), Rational.of(1880))
                .value()
                .raw())
        .isEqualTo(Rational.ZERO);
    assertThat(
            TargetProgress.between(Rational.of(1880), Rational.of(1974), Rational.of(1974))
                .value()
                .raw())
        .isEqualTo(Rational.ONE);
  }

  @Test
  void between_decreasingMetric_pastTarget() {
    Outcome<Progress> p =
        TargetProgress.between(Rational.of(1134), Rational.of(907), Rational.of(601));
    assertThat(p.value().raw()).isEqualTo(Rational.of(533, 227));
    assertThat(p.value().isOverAchieved()).isTrue();
    assertThat(p.explanation().brief()).isEqualTo("(601 − 1134) / (907 − 1134) = 234.80%");
  }

  @Test
  void between_decreasingMetric_movedAway() {
    Outcome<Progress> p =
        TargetProgress.between(Rational.of(1134), Rational.of(907), Rational.of(1151));
    assertThat(p.value().raw()).isEqualTo(Rational.of(-17, 227));
    assertThat(p.value().isMovingAway()).isTrue();
    assertThat(p.value().clamped()).isEqualTo(Rational.ZERO);
  }

  @Test
  void between_targetEqualsBaseline_undefined() {
    Outcome<Progress> p =
        TargetProgress.between(Rational.of(1880), Rational.of(1880), Rational.of(1919));
    assertThat(p.undefinedReason()).contains(UndefinedReason.TARGET_EQUALS_BASELINE);
    assertThat(p.explanation().brief())
        .isEqualTo("(1919 − 1880) / (1880 − 1880) = undefined (target equals baseline)");
    assertThatThrownBy(p::value)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("progress is undefined (target equals baseline)");
  }

  @Test
  void between_quantities_writtenAsStated() {
    Unit score = WikimediaDeck.OUT_OF_FIVE;
    Outcome<Progress> p =
        TargetProgress.between(q("3.80", score), q("3.9", score), q("3.4", score));
    assertThat(p.value().raw()).isEqualTo(Rational.of(-4));
    assertThat(p.explanation().brief()).isEqualTo("(3.4 − 3.80) / (3.9 − 3.80) = -400.00%");
  }

  @Test
  void between_quantitiesOfDifferentUnits_throws() {
    assertThatThrownBy(
            () ->
                TargetProgress.between(
                    q("19", Unit.days()), q("18", Unit.days()), q("17", Unit.percent())))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
    assertThatThrownBy(
            () ->
                TargetProgress.between(
                    q("19", Unit.days()), q("18", Unit.percent()), q("17", Unit.days())))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
  }

  // of(KeyResult, CheckIn): value targets

  @Test
  void of_valueTarget_toolMaintainers() {
    Outcome<Progress> p = at(WikimediaDeck.toolMaintainers(), Q3);
    assertThat(p.value()).isEqualTo(Progress.of(Rational.of(39, 94)));
    assertThat(p.explanation().brief()).isEqualTo("(1919 − 1880) / (1974 − 1880) = 41.49%");
  }

  @Test
  void of_valueTarget_elevenOfEightTools_overAchievementKept() {
    Outcome<Progress> p = at(WikimediaDeck.aiTools(), Q3);
    assertThat(p.value().raw()).isEqualTo(Rational.of(11, 8));
    assertThat(p.value().clamped()).isEqualTo(Rational.ONE);
    assertThat(p.explanation().brief()).isEqualTo("(11 − 0) / (8 − 0) = 137.50%");
  }

  @Test
  void of_valueTarget_developerSatisfactionMovedAway() {
    Outcome<Progress> p = at(WikimediaDeck.developerSatisfaction(), Q3);
    assertThat(p.value().raw()).isEqualTo(Rational.of(-4));
  }

  @Test
  void of_valueTarget_codeQualityFromZeroBaseline() {
    Outcome<Progress> p = at(WikimediaDeck.codeQuality(), Q3);
    assertThat(p.value().raw()).isEqualTo(Rational.of(119, 50));
  }

  @Test
  void of_valueTarget_noValue_undefined() {
    KeyResult k =
        withQ3(
            "tool-maintainers",
            M,
            Direction.HIGHER_IS_BETTER,
            "1880",
            Target.reach(q("1974", M)),
            CheckIn.of(Q3, CheckInState.IN_PROGRESS));
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.undefinedReason()).contains(UndefinedReason.NO_VALUE);
    assertThat(p.explanation().brief())
        .isEqualTo("check-in for FY2019/20 Q3 reports no value = undefined (no measured value)");
  }

  @Test
  void of_valueTarget_noBaseline_undefined() {
    KeyResult k =
        KeyResult.builder()
            .id("tool-maintainers")
            .statement("tool maintainers")
            .metric(org.okr4j.core.model.Metric.of("maintainers", M, Direction.HIGHER_IS_BETTER))
            .target(Target.reach(q("1974", M)))
            .addCheckIns(CheckIn.of(Q3, q("1919", M)))
            .build();
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.undefinedReason()).contains(UndefinedReason.NO_BASELINE);
    assertThat(p.explanation().brief())
        .isEqualTo("key result tool-maintainers has no baseline = undefined (no baseline)");
  }

  // change targets

  @Test
  void of_changeTarget_fivePercentResolvesTo1974() {
    Outcome<Progress> p = at(WikimediaDeck.toolMaintainersFivePercent(), Q3);
    assertThat(p.value().raw()).isEqualTo(Rational.of(39, 94));
    Explanation e = p.explanation();
    assertThat(e.brief()).isEqualTo("(1919 − 1880) / (1974 − 1880) = 41.49%");
    assertThat(e.steps()).hasSize(1);
    assertThat(e.steps().get(0).brief()).isEqualTo("1880 × (1 + 5 / 100) = 1974");
    assertThat(e.toString()).contains("[where target value = baseline × (1 + change / 100)");
  }

  @Test
  void of_changeTarget_codeReviewTime_q2MovedAway_q3PastTarget() {
    KeyResult k = WikimediaDeck.codeReviewTime();
    Outcome<Progress> q2 = at(k, Q2);
    Outcome<Progress> q3 = at(k, Q3);
    assertThat(q2.value().raw()).isEqualTo(Rational.of(-100, 19));
    assertThat(q2.explanation().brief()).isEqualTo("(21 − 19) / (18.62 − 19) = -526.32%");
    assertThat(q3.value().raw()).isEqualTo(Rational.of(100, 19));
    assertThat(q3.value().isOverAchieved()).isTrue();
  }

  @Test
  void of_changeTarget_cycleTime_tenPercentDecrease() {
    Outcome<Progress> p = at(WikimediaDeck.cycleTime(), Q2);
    assertThat(p.value().raw()).isEqualTo(Rational.of(130, 116));
    assertThat(p.explanation().brief()).isEqualTo("(10.3 − 11.6) / (10.44 − 11.6) = 112.07%");
  }

  @Test
  void of_changeTarget_relativeFromZero_undefinedChangeFromZero() {
    KeyResult k = WikimediaDeck.codeQuality(Target.relativeChange(new BigDecimal("5")));
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(p.explanation().result()).isEqualTo("undefined (change from zero)");
  }

  @Test
  void of_changeTarget_percentagePoints() {
    KeyResult k = WikimediaDeck.codeQuality(Target.percentagePoints(new BigDecimal("5")));
    assertThat(at(k, Q3).value().raw()).isEqualTo(Rational.of(119, 50));
  }

  @Test
  void of_changeTarget_noBaseline_undefined() {
    KeyResult k =
        KeyResult.builder()
            .id("cycle-time")
            .statement("cycle time")
            .metric(
                org.okr4j.core.model.Metric.of(
                    "cycle time", Unit.days(), Direction.LOWER_IS_BETTER))
            .target(Target.relativeChange(new BigDecimal("-10")))
            .addCheckIns(CheckIn.of(Q3, q("14", Unit.days())))
            .build();
    assertThat(at(k, Q3).undefinedReason()).contains(UndefinedReason.NO_BASELINE);
  }

  @Test
  void of_changeTarget_noValue_undefinedNoValueLikeEveryOtherKind() {
    KeyResult noBaseline =
        KeyResult.builder()
            .id("cycle-time")
            .statement("cycle time")
            .metric(
                org.okr4j.core.model.Metric.of(
                    "cycle time", Unit.days(), Direction.LOWER_IS_BETTER))
            .target(Target.relativeChange(new BigDecimal("-10")))
            .addCheckIns(CheckIn.of(Q3, CheckInState.NO_CHANGE))
            .build();
    KeyResult fromZero =
        WikimediaDeck.measured(
                "code-quality",
                Unit.percent(),
                Direction.HIGHER_IS_BETTER,
                "0",
                Target.relativeChange(new BigDecimal("25")))
            .addCheckIns(CheckIn.of(Q3, CheckInState.MONITORING))
            .build();
    assertThat(at(noBaseline, Q3).undefinedReason()).contains(UndefinedReason.NO_VALUE);
    assertThat(at(fromZero, Q3).undefinedReason()).contains(UndefinedReason.NO_VALUE);
  }

  // threshold and band

  @Test
  void of_threshold_exclusiveBelow_met() {
    Outcome<Progress> p = at(WikimediaDeck.responseTimeBelow("9.31"), Q3);
    assertThat(p.value()).isEqualTo(Progress.metOrNot(true));
    assertThat(p.explanation().formula()).isEqualTo("1 when met, else 0");
    assertThat(p.explanation().brief()).isEqualTo("9.31 minutes < 13.2 minutes = 100% (met)");
  }

  @Test
  void of_threshold_exclusiveBoundaryItself_notMet() {
    Outcome<Progress> p = at(WikimediaDeck.responseTimeBelow("13.2"), Q3);
    assertThat(p.value()).isEqualTo(Progress.metOrNot(false));
    assertThat(p.explanation().brief()).isEqualTo("13.2 minutes < 13.2 minutes = 0% (not met)");
  }

  @Test
  void of_threshold_inclusiveAbove_boundaryMet() {
    KeyResult k =
        withQ3(
            "tools",
            WikimediaDeck.TOOLS,
            Direction.HIGHER_IS_BETTER,
            "0",
            Target.staysAbove(q("8", WikimediaDeck.TOOLS), Boundary.INCLUSIVE),
            CheckIn.of(Q3, q("8", WikimediaDeck.TOOLS)));
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.value().isAchieved()).isTrue();
    assertThat(p.explanation().substituted()).isEqualTo("8 tools ≥ 8 tools");
  }

  @Test
  void of_threshold_noValue_undefined() {
    KeyResult k =
        withQ3(
            "response-time",
            Unit.minutes(),
            Direction.LOWER_IS_BETTER,
            "15",
            Target.staysBelow(q("13.2", Unit.minutes()), Boundary.EXCLUSIVE),
            CheckIn.of(Q3, CheckInState.MONITORING));
    assertThat(at(k, Q3).undefinedReason()).contains(UndefinedReason.NO_VALUE);
  }

  @Test
  void of_band_inclusiveAndExclusiveEnds() {
    Unit days = Unit.days();
    Target inclusive = Target.between(q("10", days), q("20", days));
    Target exclusive =
        BandTarget.of(q("10", days), Boundary.EXCLUSIVE, q("20", days), Boundary.EXCLUSIVE);
    CheckIn twenty = CheckIn.of(Q3, q("20", days));
    Outcome<Progress> in =
        at(withQ3("t", days, Direction.LOWER_IS_BETTER, "19", inclusive, twenty), Q3);
    Outcome<Progress> out =
        at(withQ3("t", days, Direction.LOWER_IS_BETTER, "19", exclusive, twenty), Q3);
    assertThat(in.value().isAchieved()).isTrue();
    assertThat(in.explanation().brief())
        .isEqualTo("20 days within [10 days, 20 days] = 100% (met)");
    assertThat(out.value().isAchieved()).isFalse();
    assertThat(out.explanation().brief())
        .isEqualTo("20 days within (10 days, 20 days) = 0% (not met)");
  }

  // binary

  @Test
  void of_binary_blocked_zero() {
    Outcome<Progress> p = at(WikimediaDeck.falsePositiveReporting(), Q3);
    assertThat(p.value()).isEqualTo(Progress.metOrNot(false));
    assertThat(p.explanation().brief()).isEqualTo("state BLOCKED in FY2019/20 Q3 = 0.00%");
  }

  @Test
  void of_binary_done_one() {
    KeyResult k =
        KeyResult.builder()
            .id("gpu")
            .statement("Deploy a fully open sourced solution for GPU-enhanced computation")
            .target(Target.done())
            .addCheckIns(CheckIn.of(Q1, CheckInState.DONE))
            .build();
    Outcome<Progress> p = at(k, Q1);
    assertThat(p.value().raw()).isEqualTo(Rational.ONE);
    assertThat(p.explanation().brief()).isEqualTo("DONE in FY2019/20 Q1 = 100.00%");
  }

  @Test
  void of_binary_doneEarlier_staysDone() {
    // GPU infrastructure: "Completed" in Q1, "-" in Q2 and Q3
    KeyResult k =
        KeyResult.builder()
            .id("gpu")
            .statement("Deploy a fully open sourced solution for GPU-enhanced computation")
            .target(Target.done())
            .addCheckIns(CheckIn.of(Q1, CheckInState.DONE))
            .addCheckIns(CheckIn.of(Q3, CheckInState.NOT_APPLICABLE))
            .build();
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.value().raw()).isEqualTo(Rational.ONE);
    assertThat(p.explanation().brief()).isEqualTo("DONE in FY2019/20 Q1 = 100.00%");
  }

  @Test
  void of_binary_doneLater_notYetDoneEarlier() {
    KeyResult k =
        KeyResult.builder()
            .id("gpu")
            .statement("gpu")
            .target(Target.done())
            .addCheckIns(CheckIn.of(Q1, CheckInState.IN_PROGRESS))
            .addCheckIns(CheckIn.of(Q3, CheckInState.DONE))
            .build();
    assertThat(at(k, Q1).value().raw()).isEqualTo(Rational.ZERO);
    assertThat(at(k, Q3).value().raw()).isEqualTo(Rational.ONE);
  }

  @Test
  void of_binary_valueWithoutState_zero() {
    KeyResult k =
        KeyResult.builder()
            .id("gpu")
            .statement("gpu")
            .target(Target.done())
            .addCheckIns(CheckIn.of(Q1, Quantity.exact(1, Unit.count())))
            .build();
    Outcome<Progress> p = at(k, Q1);
    assertThat(p.value().raw()).isEqualTo(Rational.ZERO);
    assertThat(p.explanation().substituted()).isEqualTo("state none in FY2019/20 Q1");
  }

  // milestone

  @Test
  void of_milestone_apiLimitingHalfway() {
    KeyResult k = WikimediaDeck.apiLimiting();
    assertThat(at(k, Q1).value().raw()).isEqualTo(Rational.of(1, 5));
    Outcome<Progress> q3 = at(k, Q3);
    assertThat(q3.value().raw()).isEqualTo(Rational.of(1, 2));
    assertThat(q3.explanation().brief()).isEqualTo("(50 − 0) / (100 − 0) = 50.00%");
  }

  @Test
  void of_milestone_withoutBaseline_fromZeroPercent() {
    KeyResult k =
        KeyResult.builder()
            .id("jade")
            .statement("Build the MVP")
            .target(MilestoneTarget.of(new BigDecimal("50")))
            .addCheckIns(CheckIn.of(Q2, q("33", Unit.percent())))
            .build();
    assertThat(at(k, Q2).value().raw()).isEqualTo(Rational.of(33, 50));
  }

  @Test
  void of_milestone_noValue_undefined() {
    KeyResult k =
        KeyResult.builder()
            .id("feature-store")
            .statement("feature store")
            .target(Target.complete())
            .addCheckIns(CheckIn.of(Q3, CheckInState.POSTPONED))
            .build();
    assertThat(at(k, Q3).undefinedReason()).contains(UndefinedReason.NO_VALUE);
  }

  // zoned

  private static KeyResult zonedMaintainers(String current) {
    return withQ3(
        "tool-maintainers",
        M,
        Direction.HIGHER_IS_BETTER,
        "1880",
        Target.zones(q("1900", M), q("1974", M), q("2000", M)),
        CheckIn.of(Q3, q(current, M)));
  }

  @Test
  void of_zoned_progressTowardTargetAndZone() {
    Outcome<Progress> p = at(zonedMaintainers("1919"), Q3);
    assertThat(p.value().raw()).isEqualTo(Rational.of(39, 94));
    assertThat(p.value().zone()).contains(Progress.Zone.COMMIT);
    assertThat(p.explanation().brief()).isEqualTo("(1919 − 1880) / (1974 − 1880) = 41.49%");
  }

  @Test
  void of_zoned_zoneBoundariesInclusive() {
    assertThat(at(zonedMaintainers("1899"), Q3).value().zone())
        .contains(Progress.Zone.BELOW_COMMIT);
    assertThat(at(zonedMaintainers("1900"), Q3).value().zone()).contains(Progress.Zone.COMMIT);
    assertThat(at(zonedMaintainers("1974"), Q3).value().zone()).contains(Progress.Zone.TARGET);
    assertThat(at(zonedMaintainers("1999"), Q3).value().zone()).contains(Progress.Zone.TARGET);
    assertThat(at(zonedMaintainers("2000"), Q3).value().zone()).contains(Progress.Zone.STRETCH);
  }

  @Test
  void of_zoned_decreasingMetric() {
    Unit days = Unit.days();
    Target zones = Target.zones(q("18", days), q("17", days), q("15", days));
    KeyResult k =
        withQ3(
            "code-review-time",
            days,
            Direction.LOWER_IS_BETTER,
            "19",
            zones,
            CheckIn.of(Q3, q("16", days)));
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.value().zone()).contains(Progress.Zone.TARGET);
    assertThat(p.value().raw()).isEqualTo(Rational.of(3, 2));
    KeyResult worse =
        withQ3(
            "code-review-time",
            days,
            Direction.LOWER_IS_BETTER,
            "19",
            zones,
            CheckIn.of(Q3, q("18.5", days)));
    assertThat(at(worse, Q3).value().zone()).contains(Progress.Zone.BELOW_COMMIT);
  }

  // composite

  @Test
  void of_composite_internshipsAllMet_weakestIsMinRaw() {
    Outcome<Progress> p = at(WikimediaDeck.internships(), Q3);
    Progress progress = p.value();
    assertThat(progress.raw()).isEqualTo(Rational.of(715, 700));
    assertThat(progress.isAchieved()).isTrue();
    assertThat(progress.parts().keySet()).containsExactly("projects", "tasks", "promoted");
    assertThat(progress.parts().get("projects")).isEqualTo(Progress.of(Rational.of(21, 20)));
    assertThat(progress.parts().get("promoted")).isEqualTo(Progress.of(Rational.of(17, 14)));
    Explanation e = p.explanation();
    assertThat(e.formula()).isEqualTo("the weakest part's progress");
    assertThat(e.brief())
        .isEqualTo("min(projects 105.00%, tasks 102.14%, promoted 121.43%) = 102.14%");
    assertThat(e.steps())
        .extracting(Explanation::brief)
        .containsExactly(
            "(21 − 0) / (20 − 0) = 105.00%",
            "(715 − 0) / (700 − 0) = 102.14%", "(17 − 0) / (14 − 0) = 121.43%");
  }

  private static KeyResult compositeOf(
      CompositeTarget.Combination combination, String projects, String tasks) {
    Unit p = Unit.count("projects");
    Unit t = Unit.count("tasks");
    return KeyResult.builder()
        .id("internships")
        .statement("internships")
        .target(
            CompositeTarget.of(
                List.of(
                    CompositeTarget.Part.of("projects", Target.reach(q("20", p)), q("10", p)),
                    CompositeTarget.Part.of("tasks", Target.reach(q("700", t)))),
                combination))
        .addCheckIns(
            CheckIn.builder()
                .period(Q3)
                .putPartValues("projects", q(projects, p))
                .putPartValues("tasks", q(tasks, t))
                .build())
        .build();
  }

  @Test
  void of_composite_weakest_oneShort_notAchieved() {
    Outcome<Progress> p = at(compositeOf(CompositeTarget.Combination.WEAKEST, "25", "350"), Q3);
    assertThat(p.value().raw()).isEqualTo(Rational.of(1, 2));
    assertThat(p.value().isAchieved()).isFalse();
  }

  @Test
  void of_composite_mean_ofClampedParts_partBaselineUsed() {
    Outcome<Progress> p = at(compositeOf(CompositeTarget.Combination.MEAN, "25", "350"), Q3);
    // projects from its baseline 10: (25 − 10) / (20 − 10) = 3/2, clamped 1; tasks 1/2.
    assertThat(p.value().parts().get("projects")).isEqualTo(Progress.of(Rational.of(3, 2)));
    assertThat(p.value().raw()).isEqualTo(Rational.of(3, 4));
    assertThat(p.explanation().formula()).isEqualTo("the mean of the parts' progress");
    assertThat(p.explanation().brief()).isEqualTo("mean(projects 100.00%, tasks 50.00%) = 75.00%");
  }

  @Test
  void of_composite_thresholdBandAndMilestoneParts() {
    Unit minutes = Unit.minutes();
    Unit percent = Unit.percent();
    KeyResult k =
        KeyResult.builder()
            .id("platform")
            .statement("platform")
            .target(
                Target.allOf(
                    List.of(
                        CompositeTarget.Part.of(
                            "latency", Target.staysBelow(q("13.2", minutes), Boundary.EXCLUSIVE)),
                        CompositeTarget.Part.of(
                            "uptime", Target.between(q("99", percent), q("100", percent))),
                        CompositeTarget.Part.of("mvp", Target.complete()))))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .putPartValues("latency", q("9.31", minutes))
                    .putPartValues("uptime", q("99.5", percent))
                    .putPartValues("mvp", q("90", percent))
                    .build())
            .build();
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.value().parts().get("latency")).isEqualTo(Progress.metOrNot(true));
    assertThat(p.value().parts().get("uptime")).isEqualTo(Progress.metOrNot(true));
    assertThat(p.value().raw()).isEqualTo(Rational.of(9, 10));
    assertThat(p.explanation().steps())
        .extracting(Explanation::brief)
        .containsExactly(
            "latency: 9.31 minutes = 100% (met)",
            "uptime: 99.5% = 100% (met)", "(90 − 0) / (100 − 0) = 90.00%");
  }

  @Test
  void of_composite_partMissing_undefined() {
    KeyResult full = WikimediaDeck.internships();
    CheckIn partial =
        CheckIn.builder()
            .period(Q3)
            .putPartValues("projects", q("21", Unit.count("projects")))
            .putPartValues("tasks", q("715", Unit.count("tasks")))
            .build();
    KeyResult k = KeyResult.builder().from(full).checkIns(List.of(partial)).build();
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.undefinedReason()).contains(UndefinedReason.PART_VALUE_MISSING);
    assertThat(p.explanation().brief())
        .isEqualTo(
            "check-in for FY2019/20 Q3 has no value for part \"promoted\" = undefined (part value"
                + " missing)");
  }

  @Test
  void of_composite_partTargetEqualsItsBaseline_undefined() {
    Unit p = Unit.count("projects");
    Unit t = Unit.count("tasks");
    KeyResult k =
        KeyResult.builder()
            .id("internships")
            .statement("internships")
            .target(
                Target.allOf(
                    List.of(
                        CompositeTarget.Part.of("projects", Target.reach(q("20", p)), q("20", p)),
                        CompositeTarget.Part.of("tasks", Target.reach(q("700", t))))))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .putPartValues("projects", q("21", p))
                    .putPartValues("tasks", q("715", t))
                    .build())
            .build();
    assertThat(at(k, Q3).undefinedReason()).contains(UndefinedReason.TARGET_EQUALS_BASELINE);
  }

  @Test
  void of_composite_stateOnlyCheckIn_partValueMissing() {
    KeyResult k =
        KeyResult.builder()
            .from(WikimediaDeck.internships())
            .checkIns(List.of(CheckIn.of(Q3, CheckInState.ON_TRACK)))
            .build();
    assertThat(at(k, Q3).undefinedReason()).contains(UndefinedReason.PART_VALUE_MISSING);
  }

  // undetermined and qualitative

  @Test
  void of_undetermined_outstandingCodeReviews_targetNotSet() {
    Outcome<Progress> p = at(WikimediaDeck.outstandingCodeReviews(), Q3);
    assertThat(p.undefinedReason()).contains(UndefinedReason.TARGET_NOT_SET);
    assertThat(p.explanation().brief())
        .isEqualTo("target of outstanding-code-reviews is X% (TBD) = undefined (target not set)");
  }

  @Test
  void of_undeterminedWithoutPrintedText_toBeDetermined() {
    KeyResult k =
        WikimediaDeck.measured(
                "devs", Unit.count(), Direction.HIGHER_IS_BETTER, "146", Target.toBeDetermined())
            .addCheckIns(CheckIn.of(Q3, Quantity.exact(150, Unit.count())))
            .build();
    assertThat(at(k, Q3).explanation().substituted())
        .isEqualTo("target of devs is to be determined");
  }

  @Test
  void of_qualitative_targetNotMeasurable() {
    KeyResult k =
        KeyResult.builder()
            .id("formats")
            .statement("Develop, test and evaluate different formats")
            .target(Target.qualitative("At least 3 formats are developed and tested"))
            .addCheckIns(CheckIn.of(Q3, CheckInState.IN_PROGRESS))
            .build();
    Outcome<Progress> p = at(k, Q3);
    assertThat(p.undefinedReason()).contains(UndefinedReason.TARGET_NOT_MEASURABLE);
    assertThat(p.explanation().brief())
        .isEqualTo(
            "target of formats is described in words: At least 3 formats are developed and"
                + " tested = undefined (target not measurable)");
  }

  // latest

  @Test
  void latest_usesLatestCheckIn() {
    assertThat(TargetProgress.latest(WikimediaDeck.aiTools()).value().raw())
        .isEqualTo(Rational.of(11, 8));
    assertThat(TargetProgress.latest(WikimediaDeck.toolMaintainers()))
        .isEqualTo(at(WikimediaDeck.toolMaintainers(), Q3));
  }

  @Test
  void latest_noCheckIn_undefined() {
    KeyResult k =
        WikimediaDeck.measured(
                "tool-maintainers",
                M,
                Direction.HIGHER_IS_BETTER,
                "1880",
                Target.reach(q("1974", M)))
            .build();
    Outcome<Progress> p = TargetProgress.latest(k);
    assertThat(p.undefinedReason()).contains(UndefinedReason.NO_CHECK_IN);
    assertThat(p.explanation().brief())
        .isEqualTo("key result tool-maintainers has no check-in = undefined (no check-in)");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(TargetProgress.class);
  }
}
