package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.FY;
import static org.okr4j.core.model.Fixtures.Q2;
import static org.okr4j.core.model.Fixtures.Q3;
import static org.okr4j.core.model.Fixtures.Q4;
import static org.okr4j.core.model.Fixtures.count;
import static org.okr4j.core.model.Fixtures.d;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.model.Fixtures.score;
import static org.okr4j.core.testing.ValueClassAssertions.assertClosedBuilder;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;
import static org.okr4j.core.testing.ValueClassAssertions.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.quantity.UnitMismatchException;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.Period;

class KeyResultTest {
  private static final Metric REVIEW_TIME =
      Metric.of("code review time", Unit.days(), Direction.LOWER_IS_BETTER);

  /** "10% decrease in code review time", year one "2% (18 days)", from 19 days in June 2019. */
  private static KeyResult.Builder reviewTime() {
    return KeyResult.builder()
        .id("kr-review-time")
        .statement("10% decrease in code review time")
        .metric(REVIEW_TIME)
        .baseline(Baseline.of(days("19"), AsOf.period(Period.of(YearMonth.of(2019, 6)))))
        .target(
            Target.relativeChange(d("-2")).withStatedValue(StatedFigure.of("18 days", days("18"))))
        .headline(Target.relativeChange(d("-10")));
  }

  @Test
  void builder_keepsEverythingWithDefaults() {
    KeyResult kr = reviewTime().build();
    assertThat(kr.id()).isEqualTo("kr-review-time");
    assertThat(kr.statement()).isEqualTo("10% decrease in code review time");
    assertThat(kr.metric()).contains(REVIEW_TIME);
    assertThat(kr.baseline().map(Baseline::value)).contains(days("19"));
    assertThat(kr.target().kind()).isEqualTo(Target.Kind.CHANGE);
    assertThat(kr.headline()).contains(Target.relativeChange(d("-10")));
    assertThat(kr.checkIns()).isEmpty();
    assertThat(kr.weight()).isEqualTo(BigDecimal.ONE);
    assertThat(kr.statedStatus()).isEmpty();
    assertThat(kr.note()).isEmpty();
    assertThat(kr.latestCheckIn()).isEmpty();
  }

  @Test
  void checkIns_areSortedByPeriodWhateverTheOrderAdded() {
    CheckIn q2 = CheckIn.of(Q2, days("10.3"));
    CheckIn q3 = CheckIn.of(Q3, days("14"));
    CheckIn q4 = CheckIn.of(Q4, days("12"));
    KeyResult shuffled = reviewTime().addCheckIns(q4, q2, q3).build();
    KeyResult ordered = reviewTime().addCheckIns(q2, q3, q4).build();
    assertThat(shuffled.checkIns()).containsExactly(q2, q3, q4);
    assertThat(shuffled).isEqualTo(ordered);
    assertThat(shuffled.hashCode()).isEqualTo(ordered.hashCode());
    assertUnmodifiable(shuffled.checkIns(), q2);
  }

  @Test
  void checkIns_withSameDatesButDifferentPeriods_sortTheSameWhateverTheOrderAdded() {
    Period calendarYear = Period.calendarYear(2020);
    Period sameDays = Period.between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "2020");
    CheckIn a = CheckIn.of(calendarYear, days("14"));
    CheckIn b = CheckIn.of(sameDays, days("15"));
    assertThat(reviewTime().addCheckIns(a, b).build())
        .isEqualTo(reviewTime().addCheckIns(b, a).build());
  }

  @Test
  void latestCheckIn_checkInFor_previousCheckIn() {
    CheckIn q2 = CheckIn.of(Q2, days("10.3"));
    CheckIn q3 = CheckIn.of(Q3, days("14"));
    KeyResult kr = reviewTime().addCheckIns(q3, q2).build();
    assertThat(kr.latestCheckIn()).contains(q3);
    assertThat(kr.checkInFor(Q2)).contains(q2);
    assertThat(kr.checkInFor(Q4)).isEmpty();
    assertThat(kr.previousCheckIn(q3)).contains(q2);
    assertThat(kr.previousCheckIn(q2)).isEmpty();
  }

  @Test
  void previousCheckIn_ofAnotherKeyResult_isRefused() {
    KeyResult kr = reviewTime().addCheckIns(CheckIn.of(Q3, days("14"))).build();
    assertThatThrownBy(() -> kr.previousCheckIn(CheckIn.of(Q4, days("14"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-in for FY2019/20 Q4 is not a check-in of key result kr-review-time");
  }

  @Test
  void latestCheckInUpTo_aPeriod() {
    CheckIn q2 = CheckIn.of(Q2, days("10.3"));
    CheckIn q3 = CheckIn.of(Q3, days("14"));
    CheckIn q4 = CheckIn.of(Q4, days("12"));
    KeyResult kr = reviewTime().addCheckIns(q2, q3, q4).build();
    assertThat(kr.latestCheckInUpTo(Q3)).contains(q3);
    assertThat(kr.latestCheckInUpTo(Q4)).contains(q4);
    assertThat(kr.latestCheckInUpTo(FY)).contains(q4);
    assertThat(kr.latestCheckInUpTo(Fixtures.WIKIMEDIA.quarter(2020, 1))).isEmpty();
    assertThat(kr.latestCheckInUpTo(Period.of(YearMonth.of(2020, 2)))).contains(q2);
  }

  @Test
  void id_andStatement_areChecked() {
    assertThatThrownBy(() -> reviewTime().id("kr 1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result id (\"kr 1\") must be 1 to 100 letters, digits, '.', '_' or '-', starting"
                + " with a letter or digit");
    assertThatThrownBy(() -> reviewTime().statement(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key result statement (\" \") must not be blank");
  }

  @Test
  void weight_mustBeNonNegativeAndWithinLimits() {
    assertThat(reviewTime().weight(BigDecimal.ZERO).build().weight()).isEqualTo(BigDecimal.ZERO);
    assertThatThrownBy(() -> reviewTime().weight(d("-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key result kr-review-time weight (-1) must be >= 0");
    assertThatThrownBy(() -> reviewTime().weight(d("1e999999999")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("key result weight (1E+999999999) is outside the accepted range");
  }

  @Test
  void figuresInAnotherUnit_throwUnitMismatch() {
    assertThatThrownBy(() -> reviewTime().baseline(Baseline.of(percent("19"))).build())
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
    assertThatThrownBy(() -> reviewTime().addCheckIns(CheckIn.of(Q3, percent("14"))).build())
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
    assertThatThrownBy(() -> reviewTime().target(Target.reach(percent("18"))).build())
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
    assertThatThrownBy(() -> reviewTime().headline(Target.reach(Fixtures.maintainers(18))).build())
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/count of tool maintainers");
    assertThatThrownBy(
            () -> reviewTime().target(Target.between(percent("1"), percent("2"))).build())
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(
            () -> reviewTime().target(Target.staysBelow(percent("1"), Boundary.INCLUSIVE)).build())
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(
            () ->
                reviewTime()
                    .target(Target.zones(percent("18"), percent("17"), percent("15")))
                    .build())
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
  }

  @Test
  void measurableTargets_needAMetric() {
    for (Target target :
        List.of(
            Target.reach(days("18")),
            Target.relativeChange(d("-2")),
            Target.staysBelow(days("18"), Boundary.INCLUSIVE),
            Target.between(days("1"), days("2")),
            Target.zones(days("18"), days("17"), days("15")))) {
      assertThatThrownBy(() -> KeyResult.builder().id("kr1").statement("s").target(target).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("key result kr1 has a %s target but no metric", target.kind());
    }
    assertThatThrownBy(
            () ->
                KeyResult.builder()
                    .id("kr1")
                    .statement("s")
                    .target(Target.done())
                    .headline(Target.reach(days("18")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key result kr1 has a VALUE headline target but no metric");
  }

  @Test
  void targetsJudgedByState_needNoMetric() {
    for (Target target :
        List.of(
            Target.done(),
            Target.complete(),
            Target.toBeDetermined(),
            Target.qualitative("Address new reports within 1 month"))) {
      KeyResult kr = KeyResult.builder().id("kr1").statement("s").target(target).build();
      assertThat(kr.metric()).isEmpty();
      assertThat(kr.target()).isEqualTo(target);
    }
  }

  @Test
  void milestone_needsAPercentMetric() {
    KeyResult.Builder plan =
        KeyResult.builder().id("kr1").statement("Create a plan").target(Target.complete());
    assertThat(
            plan.metric(Metric.of("plan", Unit.percent(), Direction.HIGHER_IS_BETTER))
                .build()
                .metric())
        .isPresent();
    assertThatThrownBy(
            () -> plan.metric(Metric.of("plan", Unit.days(), Direction.HIGHER_IS_BETTER)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result kr1 has a milestone target, so its metric must be in percent, not days");
  }

  @Test
  void percentagePoints_needAPercentMetric() {
    assertThatThrownBy(() -> reviewTime().target(Target.percentagePoints(d("25"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result kr-review-time target is in percentage points, so its metric must be in"
                + " percent, not days");
  }

  @Test
  void percentagePoints_onAPercentMetric_areAccepted() {
    ChangeTarget plus25 = Target.percentagePoints(d("25"));
    KeyResult quality =
        KeyResult.builder()
            .id("kr-quality")
            .statement("Code quality +25 percentage points")
            .metric(Metric.of("code quality", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(percent("40")))
            .target(plus25)
            .build();
    assertThat(quality.target()).isEqualTo(plus25);
  }

  @Test
  void scalePoints_needAScoreMetric() {
    ChangeTarget eightPoints = ChangeTarget.of(ChangeMeasure.SCALE_POINTS, d("8"));
    assertThatThrownBy(() -> reviewTime().headline(eightPoints).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result kr-review-time headline target is in points of a scale, so its metric must be"
                + " a score, not days");
    KeyResult satisfaction =
        KeyResult.builder()
            .id("kr-satisfaction")
            .statement("Developer satisfaction")
            .metric(Metric.of("satisfaction", Unit.scoreOutOf(5), Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(score("3.8")))
            .target(eightPoints)
            .build();
    assertThat(satisfaction.target()).isEqualTo(eightPoints);
  }

  @Test
  void zones_mustGrowTheWayTheMetricWants() {
    assertThat(
            reviewTime()
                .target(Target.zones(days("18"), days("17"), days("15")))
                .build()
                .target()
                .kind())
        .isEqualTo(Target.Kind.ZONED);
    assertThatThrownBy(
            () -> reviewTime().target(Target.zones(days("15"), days("17"), days("18"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result kr-review-time zones grow HIGHER_IS_BETTER but its metric is LOWER_IS_BETTER");
  }

  @Test
  void checkIns_manyOfThem_stillAtMostOnePerPeriodAndSorted() {
    // Past eight check-ins the periods are hashed rather than compared pairwise.
    List<CheckIn> months = new ArrayList<>();
    for (int m = 12; m >= 1; m--) {
      months.add(CheckIn.of(Period.of(YearMonth.of(2020, m)), days(Integer.toString(10 + m))));
    }
    KeyResult monthly = reviewTime().addAllCheckIns(months).build();
    assertThat(monthly.checkIns()).hasSize(12);
    assertThat(monthly.checkIns().get(0).period()).isEqualTo(Period.of(YearMonth.of(2020, 1)));
    assertThat(monthly.latestCheckIn().orElseThrow().period())
        .isEqualTo(Period.of(YearMonth.of(2020, 12)));
    months.add(CheckIn.of(Period.of(YearMonth.of(2020, 3)), days("30")));
    assertThatThrownBy(() -> reviewTime().addAllCheckIns(months).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key result kr-review-time has two check-ins for 2020-03");
  }

  @Test
  void checkIns_forOnePeriod_atMostOne() {
    assertThatThrownBy(
            () ->
                reviewTime()
                    .addCheckIns(CheckIn.of(Q3, days("14")), CheckIn.of(Q3, days("15")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key result kr-review-time has two check-ins for FY2019/20 Q3");
  }

  @Test
  void partValues_onlyForCompositeTargetsAndTheirParts() {
    assertThatThrownBy(
            () ->
                reviewTime()
                    .addCheckIns(
                        CheckIn.builder()
                            .period(Q3)
                            .value(days("14"))
                            .putPartValues("projects", count("1", "projects"))
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result kr-review-time check-in for FY2019/20 Q3 has part values but its target is"
                + " not composite");

    CompositeTarget composite =
        Target.allOf(
            List.of(
                CompositeTarget.Part.of("projects", Target.reach(count("20", "projects"))),
                CompositeTarget.Part.of("plan", Target.complete())));
    KeyResult.Builder projects =
        KeyResult.builder().id("kr-projects").statement("20 projects, a plan").target(composite);
    KeyResult ok =
        projects
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .putPartValues("projects", count("12", "projects"))
                    .putPartValues("plan", percent("50"))
                    .build())
            .build();
    assertThat(ok.latestCheckIn().orElseThrow().partValues()).hasSize(2);

    assertThatThrownBy(
            () ->
                KeyResult.builder()
                    .from(ok)
                    .checkIns(
                        List.of(
                            CheckIn.builder()
                                .period(Q3)
                                .putPartValues("tasks", count("12", "tasks"))
                                .build()))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result kr-projects check-in for FY2019/20 Q3 names part \"tasks\", which its target"
                + " does not have");
    assertThatThrownBy(
            () ->
                KeyResult.builder()
                    .from(ok)
                    .checkIns(
                        List.of(
                            CheckIn.builder().period(Q3).putPartValues("plan", days("12")).build()))
                    .build())
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: percent/days");
  }

  @Test
  void builder_missingAttributes_namesThem() {
    assertThatThrownBy(() -> KeyResult.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build KeyResult, some of required attributes are not set [id, statement,"
                + " target]");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(reviewTime().build(), reviewTime().build())
        .addEqualityGroup(reviewTime().weight(d("2")).build())
        .addEqualityGroup(reviewTime().note("year one").build())
        .addEqualityGroup(reviewTime().statedStatus(StatedStatus.of(StatusColor.YELLOW)).build())
        .addEqualityGroup(reviewTime().addCheckIns(CheckIn.of(Q3, days("14"))).build())
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    KeyResult kr = reviewTime().addCheckIns(CheckIn.of(Q3, days("14"))).build();
    Fixtures.nullTester().testAllPublicStaticMethods(KeyResult.class);
    Fixtures.nullTester()
        .setDefault(CheckIn.class, CheckIn.of(Q3, days("14")))
        .testAllPublicInstanceMethods(kr);
    Fixtures.nullTester()
        .setDefault(KeyResult.class, kr)
        .testAllPublicInstanceMethods(KeyResult.builder());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(KeyResult.class);
    assertClosedBuilder(KeyResult.Builder.class);
    assertImmutableInstance(reviewTime().addCheckIns(CheckIn.of(Q3, days("14"))).build());
  }

  // ---- hostile input (issue 13) ----

  @Test
  void build_milestoneWithoutMetric_baselineInDays_isRefusedAtBuildTime() {
    // Found by fuzzing: {"percentComplete": 100} with a baseline in days read fine, then every
    // calculator threw "Units differ: days/percent". A milestone's figures are in percent.
    KeyResult.Builder kr =
        KeyResult.builder()
            .id("KR1")
            .statement("ship it")
            .target(MilestoneTarget.of(d("100")))
            .baseline(Baseline.of(days("19")));
    assertThatThrownBy(kr::build)
        .isInstanceOf(UnitMismatchException.class)
        .hasMessageContaining("days");
  }

  @Test
  void build_milestoneWithoutMetric_checkInInDays_isRefusedAtBuildTime() {
    KeyResult.Builder kr =
        KeyResult.builder()
            .id("KR1")
            .statement("ship it")
            .target(MilestoneTarget.of(d("100")))
            .addCheckIns(CheckIn.of(Q3, days("3")));
    assertThatThrownBy(kr::build).isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void build_milestoneWithoutMetric_percentFigures_areAccepted() {
    KeyResult kr =
        KeyResult.builder()
            .id("KR1")
            .statement("ship it")
            .target(MilestoneTarget.of(d("100")))
            .baseline(Baseline.of(percent("0")))
            .addCheckIns(CheckIn.of(Q3, percent("40")))
            .build();
    assertThat(kr.checkIns()).hasSize(1);
  }

  @Test
  void previousCheckIn_oneHundredThousandCheckIns_isFastAndFindsEachPredecessor() {
    // Found by the audit: previousCheckIn used indexOf, so visiting every check-in was quadratic
    // (7.1 s at 20,000 check-ins).
    List<CheckIn> all = new ArrayList<>();
    LocalDate first = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      LocalDate day = first.plusDays(i);
      all.add(CheckIn.of(Period.between(day, day.plusDays(1)), days(Integer.toString(i % 50))));
    }
    KeyResult kr = reviewTime().checkIns(all).build();
    long start = System.nanoTime();
    List<CheckIn> sorted = kr.checkIns();
    assertThat(kr.previousCheckIn(sorted.get(0))).isEmpty();
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(kr.previousCheckIn(sorted.get(i))).containsSame(sorted.get(i - 1));
    }
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void previousCheckIn_samePeriodButAnotherValue_isNotACheckInOfTheKeyResult() {
    KeyResult kr = reviewTime().addCheckIns(CheckIn.of(Q2, days("18"))).build();
    CheckIn stranger = CheckIn.of(Q2, days("17"));
    assertThatThrownBy(() -> kr.previousCheckIn(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a check-in of key result");
  }
}
