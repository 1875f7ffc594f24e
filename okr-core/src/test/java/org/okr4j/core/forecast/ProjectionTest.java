package org.okr4j.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;
import static org.okr4j.core.testing.WikimediaDeck.END_OF_Q3;
import static org.okr4j.core.testing.WikimediaDeck.FY20;
import static org.okr4j.core.testing.WikimediaDeck.Q1;
import static org.okr4j.core.testing.WikimediaDeck.Q2;
import static org.okr4j.core.testing.WikimediaDeck.Q3;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.calc.PacePoint;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.forecast.Projection.Verdict;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

/**
 * Projections of the deck's key results. Dates: end of Q1 FY2019/20 is day 92 of the year, end of
 * Q2 day 184, end of Q3 day 275; the year has T = 366 days. Expected values were derived by hand or
 * with Python's {@code fractions}, not read from the code.
 */
class ProjectionTest {
  private static Projection project(KeyResult k, ProjectionMethod method) {
    return Projection.of(k, FY20, END_OF_Q3, method).value();
  }

  @Test
  void leastSquares_twoPoints_codeReviewTime() {
    // 21 days at x = 184, 17 at x = 275: 17 + (17 − 21) / 91 × 91 = 13; weights −1 and 2.
    Projection p = project(WikimediaDeck.codeReviewTime(), ProjectionMethod.LEAST_SQUARES);
    assertThat(p.value()).isEqualTo(Rational.of(13));
    // Each figure ± 1/2: 13 ∓ 1/2 ∓ 1.
    assertThat(p.interval()).isEqualTo(Interval.between(Rational.of(23, 2), Rational.of(29, 2)));
    assertThat(p.lower()).isEqualTo(Rational.of(23, 2));
    assertThat(p.upper()).isEqualTo(Rational.of(29, 2));
    // Goal 19 × 0.98 = 18.62, lower is better: every value up to 14.5 reaches it.
    assertThat(p.verdict()).isEqualTo(Verdict.ON_COURSE);
    assertThat(p.targetValue()).contains(Rational.of(1862, 100));
    // (13 − 19) / (18.62 − 19) = 6 / 0.38 = 300/19.
    assertThat(p.progress().value().raw()).isEqualTo(Rational.of(300, 19));
    // (23/2 − 19) / (−0.38) = 375/19, (29/2 − 19) / (−0.38) = 225/19.
    assertThat(p.progressInterval())
        .contains(Interval.between(Rational.of(225, 19), Rational.of(375, 19)));
    assertThat(p.unit()).contains(Unit.days());
    assertThat(p.method()).isEqualTo(ProjectionMethod.LEAST_SQUARES);
    assertThat(p.goalPeriod()).isEqualTo(FY20);
    assertThat(p.asOf()).isEqualTo(END_OF_Q3);
    assertThat(p.date()).isEqualTo(LocalDate.of(2020, 7, 1));
    assertThat(p.checkIns()).hasSize(2);
  }

  @Test
  void leastSquares_threePoints_aiTools() {
    // 4, 6, 11 tools at x = 92, 184, 275 (Python fractions): 350859/25117 ≈ 13.97.
    Projection p = project(WikimediaDeck.aiTools(), ProjectionMethod.LEAST_SQUARES);
    assertThat(p.value()).isEqualTo(Rational.of(350859, 25117));
    // Weights −33397/50234, 16927/50234, 33352/25117; half of Σ|w| is 29257/25117.
    assertThat(p.interval())
        .isEqualTo(Interval.between(Rational.of(321602, 25117), Rational.of(380116, 25117)));
    assertThat(p.verdict()).isEqualTo(Verdict.ON_COURSE);
    assertThat(p.progress().value().raw()).isEqualTo(Rational.of(350859, 200936));
  }

  @Test
  void lastTwoPoints_aiTools() {
    // 6 at x = 184, 11 at x = 275: 11 + 5 / 91 × 91 = 16, weights −1 and 2.
    Projection p = project(WikimediaDeck.aiTools(), ProjectionMethod.LAST_TWO_POINTS);
    assertThat(p.value()).isEqualTo(Rational.of(16));
    assertThat(p.interval()).isEqualTo(Interval.between(Rational.of(29, 2), Rational.of(35, 2)));
    assertThat(p.checkIns()).extracting(CheckIn::period).containsExactly(Q2, Q3);
    assertThat(p.progress().value().raw()).isEqualTo(Rational.of(2));
  }

  @Test
  void expectedPace_aiTools_linear() {
    // 11 tools by 275/366 of the year: 0 + (11 − 0) × 366/275 = 4026/275 = 14.64.
    Projection p = project(WikimediaDeck.aiTools(), ProjectionMethod.EXPECTED_PACE);
    assertThat(p.value()).isEqualTo(Rational.of(4026, 275));
    // Weights 1 − 366/275 = −91/275 on the baseline and 366/275 on 11, each ± 1/2:
    // half-width 457/550.
    assertThat(p.interval())
        .isEqualTo(Interval.between(Rational.of(1519, 110), Rational.of(8509, 550)));
    assertThat(p.checkIns()).extracting(CheckIn::period).containsExactly(Q3);
    assertThat(p.verdict()).isEqualTo(Verdict.ON_COURSE);
  }

  @Test
  void expectedPace_stepwiseCurve_followsTheCurve() {
    // Half expected once half the year has passed: 6 at the end of Q2 (184/366 > 1/2) → 12.
    PaceCurve halves =
        PaceCurve.stepwise(
            List.of(
                PacePoint.of(Rational.of(1, 2), Rational.of(1, 2)),
                PacePoint.of(Rational.ONE, Rational.ONE)));
    Projection p =
        Projection.of(
                WikimediaDeck.aiTools(),
                FY20,
                LocalDate.of(2020, 1, 1),
                ProjectionMethod.EXPECTED_PACE,
                halves)
            .value();
    assertThat(p.value()).isEqualTo(Rational.of(12));
  }

  @Test
  void expectedPace_nothingExpectedYet_isUndefined() {
    PaceCurve late = PaceCurve.stepwise(List.of(PacePoint.of(Rational.ONE, Rational.ONE)));
    Outcome<Projection> p =
        Projection.of(
            WikimediaDeck.aiTools(), FY20, END_OF_Q3, ProjectionMethod.EXPECTED_PACE, late);
    assertThat(p.undefinedReason()).contains(UndefinedReason.NOTHING_EXPECTED_YET);
    assertThat(p.explanation().steps()).hasSize(1);
  }

  @Test
  void expectedPace_noBaseline_isUndefined() {
    KeyResult k =
        KeyResult.builder()
            .id("improve-ai-tools")
            .statement("improve")
            .metric(Metric.of("tools", WikimediaDeck.TOOLS, Direction.HIGHER_IS_BETTER))
            .target(Target.reach(q("3", WikimediaDeck.TOOLS)))
            .addCheckIns(CheckIn.of(Q1, q("4", WikimediaDeck.TOOLS)))
            .addCheckIns(CheckIn.of(Q3, q("9", WikimediaDeck.TOOLS)))
            .build();
    assertThat(Projection.of(k, FY20, END_OF_Q3, ProjectionMethod.EXPECTED_PACE).undefinedReason())
        .contains(UndefinedReason.NO_BASELINE);
    // Least squares needs no baseline; the metric says which way is better: 9 + 5/183 × 91.
    Projection p = project(k, ProjectionMethod.LEAST_SQUARES);
    assertThat(p.value()).isEqualTo(Rational.of(9).plus(Rational.of(5 * 91, 183)));
    assertThat(p.progress().undefinedReason()).contains(UndefinedReason.NO_BASELINE);
    assertThat(p.progressInterval()).isEmpty();
    assertThat(p.verdict()).isEqualTo(Verdict.ON_COURSE);
  }

  @Test
  void oneCheckIn_isTooFewPoints() {
    KeyResult k = WikimediaDeck.toolMaintainers();
    for (ProjectionMethod m :
        List.of(ProjectionMethod.LEAST_SQUARES, ProjectionMethod.LAST_TWO_POINTS)) {
      Outcome<Projection> p = Projection.of(k, FY20, END_OF_Q3, m);
      assertThat(p.undefinedReason()).contains(UndefinedReason.TOO_FEW_POINTS);
      assertThat(p.explanation().substituted()).startsWith("1 measured check-in(s)");
    }
    assertThat(Projection.of(k, FY20, END_OF_Q3, ProjectionMethod.EXPECTED_PACE).isDefined())
        .isTrue();
  }

  @Test
  void noMeasuredCheckIn_isTooFewPointsForEveryMethod() {
    KeyResult k = WikimediaDeck.falsePositiveReporting();
    for (ProjectionMethod m : ProjectionMethod.values()) {
      assertThat(Projection.of(k, FY20, END_OF_Q3, m).undefinedReason())
          .contains(UndefinedReason.TOO_FEW_POINTS);
    }
  }

  @Test
  void checkInsOnOneDate_areTooFewPoints() {
    LocalDate day = LocalDate.of(2020, 3, 1);
    KeyResult k =
        WikimediaDeck.measured(
                "tools", WikimediaDeck.TOOLS, Direction.HIGHER_IS_BETTER, "0", reachTools("8"))
            .addCheckIns(
                CheckIn.builder().period(Q2).value(q("3", WikimediaDeck.TOOLS)).madeOn(day).build(),
                CheckIn.builder().period(Q3).value(q("5", WikimediaDeck.TOOLS)).madeOn(day).build())
            .build();
    assertThat(Projection.of(k, FY20, END_OF_Q3, ProjectionMethod.LEAST_SQUARES).undefinedReason())
        .contains(UndefinedReason.TOO_FEW_POINTS);
  }

  @Test
  void madeOn_datesTheCheckIn() {
    // 3 on 2019-11-01 (x = 123), 5 on 2020-01-31 (x = 214): 5 + 2/91 × 152 = 759/91.
    KeyResult k =
        WikimediaDeck.measured(
                "tools", WikimediaDeck.TOOLS, Direction.HIGHER_IS_BETTER, "0", reachTools("8"))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q2)
                    .value(q("3", WikimediaDeck.TOOLS))
                    .madeOn(LocalDate.of(2019, 11, 1))
                    .build(),
                CheckIn.builder()
                    .period(Q3)
                    .value(q("5", WikimediaDeck.TOOLS))
                    .madeOn(LocalDate.of(2020, 1, 31))
                    .build())
            .build();
    Projection p = project(k, ProjectionMethod.LEAST_SQUARES);
    assertThat(p.value()).isEqualTo(Rational.of(759, 91));
  }

  @Test
  void asOf_leavesOutLaterCheckIns() {
    // As of 2020-01-01 only Q1 (4) and Q2 (6) count: 6 + 2/92 × 182 = 229/23.
    Projection p =
        Projection.of(
                WikimediaDeck.aiTools(),
                FY20,
                LocalDate.of(2020, 1, 1),
                ProjectionMethod.LEAST_SQUARES)
            .value();
    assertThat(p.value()).isEqualTo(Rational.of(229, 23));
    assertThat(p.checkIns()).extracting(CheckIn::period).containsExactly(Q1, Q2);
  }

  @Test
  void straddlingTheTarget_cannotTell() {
    // 21 then 19.8 days: 2 × 19.8 − 21 = 18.6 ± (0.5 + 2 × 0.05) = [18, 19.2] around 18.62.
    KeyResult k = WikimediaDeck.codeReviewTime("19.8");
    Projection p = project(k, ProjectionMethod.LEAST_SQUARES);
    assertThat(p.value()).isEqualTo(Rational.of(186, 10));
    assertThat(p.interval()).isEqualTo(Interval.between(Rational.of(18), Rational.of(96, 5)));
    assertThat(p.verdict()).isEqualTo(Verdict.CANNOT_TELL);
  }

  @Test
  void movingAway_offCourse() {
    // Cycle time 10.3 then 14 days, goal 11.6 × 0.9 = 10.44: 2 × 14 − 10.3 = 17.7.
    Projection p = project(WikimediaDeck.cycleTime(), ProjectionMethod.LEAST_SQUARES);
    assertThat(p.value()).isEqualTo(Rational.of(177, 10));
    assertThat(p.verdict()).isEqualTo(Verdict.OFF_COURSE);
    assertThat(p.progress().value().isMovingAway()).isTrue();
  }

  @Test
  void targetNotSet_projectsButDoesNotJudge() {
    // 442, 601, 1151 at x = 92, 184, 275 (Python fractions): 72187957/50234 ≈ 1437.03.
    Projection p = project(WikimediaDeck.outstandingCodeReviews(), ProjectionMethod.LEAST_SQUARES);
    assertThat(p.value()).isEqualTo(Rational.of(72187957, 50234));
    assertThat(p.verdict()).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(p.progress().undefinedReason()).contains(UndefinedReason.TARGET_NOT_SET);
    assertThat(p.targetValue()).isEmpty();
  }

  @Test
  void threshold_strictBoundary() {
    // Below 13.2 minutes, 13.2 excluded: 4.62 then 9.31 → 2 × 9.31 − 4.62 = 14 ± 0.015.
    KeyResult k =
        WikimediaDeck.measured(
                "ci",
                Unit.minutes(),
                Direction.LOWER_IS_BETTER,
                "12",
                Target.staysBelow(q("13.2", Unit.minutes()), Boundary.EXCLUSIVE))
            .addCheckIns(
                CheckIn.of(Q2, q("4.62", Unit.minutes())),
                CheckIn.of(Q3, q("9.31", Unit.minutes())))
            .build();
    Projection p = project(k, ProjectionMethod.LEAST_SQUARES);
    assertThat(p.value()).isEqualTo(Rational.of(14));
    assertThat(p.verdict()).isEqualTo(Verdict.OFF_COURSE);
    assertThat(p.progress().value().raw()).isEqualTo(Rational.ZERO);
    assertThat(p.progressInterval()).contains(Interval.of(Rational.ZERO));
    assertThat(p.targetValue()).isEmpty();
  }

  @Test
  void threshold_exactlyOnTheBoundary_dependsOnThePolicy() {
    // Exact 6 then 9.6 minutes: 2 × 9.6 − 6 = 13.2, a point interval on the threshold.
    for (Boundary boundary : Boundary.values()) {
      KeyResult k = exactThreshold(Target.staysBelow(exactMinutes("13.2"), boundary), "6", "9.6");
      Projection p = project(k, ProjectionMethod.LEAST_SQUARES);
      assertThat(p.interval()).isEqualTo(Interval.of(Rational.of(132, 10)));
      assertThat(p.verdict())
          .isEqualTo(boundary == Boundary.INCLUSIVE ? Verdict.ON_COURSE : Verdict.OFF_COURSE);
    }
    KeyResult above =
        exactThreshold(Target.staysAbove(exactMinutes("13.2"), Boundary.EXCLUSIVE), "6", "9.7");
    assertThat(project(above, ProjectionMethod.LEAST_SQUARES).verdict())
        .isEqualTo(Verdict.ON_COURSE);
  }

  @Test
  void band_judgedOverTheInterval() {
    // 2 × 9.6 − 6.0 = 13.2 ± 0.15 (two figures to 0.1, weights −1 and 2): [13.05, 13.35].
    assertThat(bandVerdict("13", "14", "6.0", "9.6")).isEqualTo(Verdict.ON_COURSE);
    assertThat(bandVerdict("13.3", "14", "6.0", "9.6")).isEqualTo(Verdict.CANNOT_TELL);
    // The interval holds the whole band [13.1, 13.3) though neither of its ends is inside.
    assertThat(bandVerdict("13.1", "13.3", "6.0", "9.6")).isEqualTo(Verdict.CANNOT_TELL);
    // 2 × 9.6 − 5.0 = 14.2 ± 0.15: past the excluded upper end 14.
    assertThat(bandVerdict("13", "14", "5.0", "9.6")).isEqualTo(Verdict.OFF_COURSE);
    assertThat(bandVerdict("20", "30", "6.0", "9.6")).isEqualTo(Verdict.OFF_COURSE);
    assertThat(bandVerdict("1", "2", "6.0", "9.6")).isEqualTo(Verdict.OFF_COURSE);
  }

  @Test
  void band_exactProjectionOnEitherEnd_followsEachEndsPolicy() {
    // Exact 6 then 9.6: 13.2 exactly, on the lower end of [13.2, 14] or the upper end of [12,
    // 13.2].
    for (Boundary lower : Boundary.values()) {
      for (Boundary upper : Boundary.values()) {
        Verdict onLower =
            project(
                    exactThreshold(
                        org.okr4j.core.model.BandTarget.of(
                            exactMinutes("13.2"), lower, exactMinutes("14"), upper),
                        "6",
                        "9.6"),
                    ProjectionMethod.LEAST_SQUARES)
                .verdict();
        Verdict onUpper =
            project(
                    exactThreshold(
                        org.okr4j.core.model.BandTarget.of(
                            exactMinutes("12"), lower, exactMinutes("13.2"), upper),
                        "6",
                        "9.6"),
                    ProjectionMethod.LEAST_SQUARES)
                .verdict();
        assertThat(onLower)
            .isEqualTo(lower == Boundary.INCLUSIVE ? Verdict.ON_COURSE : Verdict.OFF_COURSE);
        assertThat(onUpper)
            .isEqualTo(upper == Boundary.INCLUSIVE ? Verdict.ON_COURSE : Verdict.OFF_COURSE);
      }
    }
  }

  @Test
  void thresholdAbove_onTheBoundaryAndBelowIt() {
    Target inclusive = Target.staysAbove(exactMinutes("13.2"), Boundary.INCLUSIVE);
    assertThat(
            project(exactThreshold(inclusive, "6", "9.6"), ProjectionMethod.LEAST_SQUARES)
                .verdict())
        .isEqualTo(Verdict.ON_COURSE);
    // 2 × 9.5 − 6 = 13: below the threshold.
    assertThat(
            project(exactThreshold(inclusive, "6", "9.5"), ProjectionMethod.LEAST_SQUARES)
                .verdict())
        .isEqualTo(Verdict.OFF_COURSE);
    // Stated to 0.1: 13.2 ± 0.15 straddles the threshold.
    assertThat(
            project(threshold(inclusive, "6.0", "9.6"), ProjectionMethod.LEAST_SQUARES).verdict())
        .isEqualTo(Verdict.CANNOT_TELL);
  }

  @Test
  void band_openOnBothEnds_exactlyCoveredByTheInterval_cannotTell() {
    // 2 × [9.55, 9.65] − [5.95, 6.05] = [13.05, 13.35]: the interval spans the open band
    // (13.05, 13.35) from end to end, so some values inside it are met and its ends are not.
    Target band =
        org.okr4j.core.model.BandTarget.of(
            exactMinutes("13.05"), Boundary.EXCLUSIVE, exactMinutes("13.35"), Boundary.EXCLUSIVE);
    assertThat(project(threshold(band, "6.0", "9.6"), ProjectionMethod.LEAST_SQUARES).verdict())
        .isEqualTo(Verdict.CANNOT_TELL);
  }

  @Test
  void reach_projectedExactlyOntoTheTarget_onCourse() {
    // 2 × 6 − 9.6 = 2.4 exactly, the target of a lower-is-better metric from 12
    Projection p =
        project(
            exactThreshold(Target.reach(exactMinutes("2.4")), "9.6", "6"),
            ProjectionMethod.LEAST_SQUARES);
    assertThat(p.verdict()).isEqualTo(Verdict.ON_COURSE);
    // 2 × 6 − 9.5 = 2.5: short of it
    assertThat(
            project(
                    exactThreshold(Target.reach(exactMinutes("2.4")), "9.5", "6"),
                    ProjectionMethod.LEAST_SQUARES)
                .verdict())
        .isEqualTo(Verdict.OFF_COURSE);
  }

  @Test
  void threshold_explanationSaysWhetherTheProjectionMeetsIt() {
    Target inclusive = Target.staysAbove(exactMinutes("13.2"), Boundary.INCLUSIVE);
    Projection meets =
        project(exactThreshold(inclusive, "6", "9.6"), ProjectionMethod.LEAST_SQUARES);
    assertThat(meets.progress().explanation().substituted()).contains(" meets ");
    assertThat(meets.progress().value().raw()).isEqualTo(Rational.ONE);
    Projection misses =
        project(exactThreshold(inclusive, "6", "9.5"), ProjectionMethod.LEAST_SQUARES);
    assertThat(misses.progress().explanation().substituted()).contains(" does not meet ");
    assertThat(misses.progress().value().raw()).isEqualTo(Rational.ZERO);
  }

  private static Verdict bandVerdict(String lower, String upper, String q2, String q3) {
    KeyResult k =
        threshold(
            org.okr4j.core.model.BandTarget.of(
                exactMinutes(lower), Boundary.INCLUSIVE, exactMinutes(upper), Boundary.EXCLUSIVE),
            q2,
            q3);
    return project(k, ProjectionMethod.LEAST_SQUARES).verdict();
  }

  private static KeyResult threshold(Target target, String q2, String q3) {
    return WikimediaDeck.measured("ci", Unit.minutes(), Direction.LOWER_IS_BETTER, "12", target)
        .addCheckIns(CheckIn.of(Q2, q(q2, Unit.minutes())), CheckIn.of(Q3, q(q3, Unit.minutes())))
        .build();
  }

  private static KeyResult exactThreshold(Target target, String q2, String q3) {
    return WikimediaDeck.measured("ci", Unit.minutes(), Direction.LOWER_IS_BETTER, "12", target)
        .addCheckIns(CheckIn.of(Q2, exactMinutes(q2)), CheckIn.of(Q3, exactMinutes(q3)))
        .build();
  }

  private static org.okr4j.core.quantity.Quantity exactMinutes(String value) {
    return org.okr4j.core.quantity.Quantity.exact(new BigDecimal(value), Unit.minutes());
  }

  @Test
  void milestoneWithoutBaseline_startsFromZero() {
    // 33% then 50% complete: 2 × 50 − 33 = 67%, progress 67/100.
    KeyResult k =
        KeyResult.builder()
            .id("api")
            .statement("api")
            .target(Target.complete())
            .addCheckIns(
                CheckIn.of(Q2, q("33", Unit.percent())), CheckIn.of(Q3, q("50", Unit.percent())))
            .build();
    Projection p = project(k, ProjectionMethod.LEAST_SQUARES);
    assertThat(p.progress().value().raw()).isEqualTo(Rational.of(67, 100));
    assertThat(p.verdict()).isEqualTo(Verdict.OFF_COURSE);
  }

  @Test
  void targetEqualsBaseline_judgedByTheMetricsDirection() {
    KeyResult k =
        KeyResult.builder()
            .id("tools")
            .statement("tools")
            .target(Target.reach(q("8", WikimediaDeck.TOOLS)))
            .metric(Metric.of("tools", WikimediaDeck.TOOLS, Direction.HIGHER_IS_BETTER))
            .build();
    KeyResult withoutDirection =
        KeyResult.builder()
            .from(k)
            .baseline(org.okr4j.core.model.Baseline.of(q("8", WikimediaDeck.TOOLS)))
            .addCheckIns(
                CheckIn.of(Q2, q("2", WikimediaDeck.TOOLS)),
                CheckIn.of(Q3, q("3", WikimediaDeck.TOOLS)))
            .build();
    // Target equals baseline: progress undefined; the metric still says higher is better, and
    // 2 × 3 − 2 = 4 ± 1.5 stays short of 8.
    Projection p = project(withoutDirection, ProjectionMethod.LEAST_SQUARES);
    assertThat(p.progress().undefinedReason()).contains(UndefinedReason.TARGET_EQUALS_BASELINE);
    assertThat(p.verdict()).isEqualTo(Verdict.OFF_COURSE);
  }

  @Test
  void noDirection_notJudged() {
    // A milestone without a metric whose baseline is its target: nothing says which way is better.
    KeyResult k =
        KeyResult.builder()
            .id("api")
            .statement("api")
            .baseline(org.okr4j.core.model.Baseline.of(q("100", Unit.percent())))
            .target(Target.complete())
            .addCheckIns(
                CheckIn.of(Q2, q("33", Unit.percent())), CheckIn.of(Q3, q("50", Unit.percent())))
            .build();
    Projection p = project(k, ProjectionMethod.LEAST_SQUARES);
    assertThat(p.verdict()).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(p.targetValue()).contains(Rational.ONE_HUNDRED);
  }

  @Test
  void explanation_namesMethodFormulaAndPoints() {
    Outcome<Projection> p =
        Projection.of(
            WikimediaDeck.codeReviewTime(), FY20, END_OF_Q3, ProjectionMethod.LEAST_SQUARES);
    assertThat(p.explanation().subject())
        .isEqualTo("projection by least squares of code-review-time");
    assertThat(p.explanation().formula()).contains("x in days since 2019-07-01");
    assertThat(p.explanation().substituted()).isEqualTo("(184, 21), (275, 17) at T = 366");
    assertThat(p.explanation().result()).isEqualTo("13.00 (between 11.50 and 14.50)");
    assertThat(p.explanation().steps()).hasSize(1);
    Outcome<Projection> pace =
        Projection.of(WikimediaDeck.aiTools(), FY20, END_OF_Q3, ProjectionMethod.EXPECTED_PACE);
    assertThat(pace.explanation().substituted()).isEqualTo("0 + (11 − 0) / 275/366");
    assertThat(pace.explanation().steps()).hasSize(2);
    Outcome<Projection> two =
        Projection.of(WikimediaDeck.aiTools(), FY20, END_OF_Q3, ProjectionMethod.LAST_TWO_POINTS);
    assertThat(two.explanation().formula()).startsWith("y₂ + (y₂ − y₁)");
  }

  @Test
  void methods_describeThemselves() {
    assertThat(ProjectionMethod.LEAST_SQUARES.description()).isEqualTo("least squares");
    assertThat(ProjectionMethod.LAST_TWO_POINTS.description()).isEqualTo("last two points");
    assertThat(ProjectionMethod.EXPECTED_PACE.description()).isEqualTo("expected pace");
  }

  @Test
  void equalsHashCodeToString() {
    Projection a = project(WikimediaDeck.codeReviewTime(), ProjectionMethod.LEAST_SQUARES);
    Projection b = project(WikimediaDeck.codeReviewTime(), ProjectionMethod.LEAST_SQUARES);
    Projection c = project(WikimediaDeck.codeReviewTime(), ProjectionMethod.LAST_TWO_POINTS);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("x");
    assertThat(a.toString()).isEqualTo("Projection[least squares, 13 in [23/2, 29/2], ON_COURSE]");
  }

  @Test
  void nulls_andImmutability() {
    CalcTesting.nullPointerTester()
        .setDefault(ProjectionMethod.class, ProjectionMethod.LEAST_SQUARES)
        .testAllPublicStaticMethods(Projection.class);
    CalcTesting.assertImmutableClass(Projection.class);
  }

  private static Target reachTools(String value) {
    return Target.reach(q(value, WikimediaDeck.TOOLS));
  }

  @Test
  void hashCode_spreadsUnequalProjections() {
    assertHashesSpread(
        project(WikimediaDeck.codeReviewTime(), ProjectionMethod.LEAST_SQUARES),
        project(WikimediaDeck.codeReviewTime(), ProjectionMethod.LAST_TWO_POINTS),
        project(WikimediaDeck.aiTools(), ProjectionMethod.LEAST_SQUARES),
        project(WikimediaDeck.aiTools(), ProjectionMethod.EXPECTED_PACE));
  }
}
