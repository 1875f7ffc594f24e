package org.okr4j.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.WikimediaDeck;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/** Each rule on the input that found it (issue 13, defect 11), and a clean report. */
class ReportValidatorTest {
  private static final FiscalCalendar JULY = FiscalCalendar.startingIn(Month.JULY);
  private static final Period Q3 = JULY.quarter(2020, 3);
  private static final Period FY20 = JULY.fiscalYear(2020);
  private static final String KR = "/objectives/0/keyResults/0";
  private static final Metric REVIEW_TIME =
      Metric.of("code review time", Unit.days(), Direction.LOWER_IS_BETTER);

  private static Quantity q(String value, Unit unit) {
    return Quantity.parse(value, unit);
  }

  private static Report report(Objective o) {
    return Report.builder().title("Q3").calendar(JULY).period(Q3).addObjectives(o).build();
  }

  private static Report report(KeyResult k) {
    return report(Objective.builder().id("O1").title("Productivity").addKeyResults(k).build());
  }

  private static KeyResult.Builder kr() {
    return KeyResult.builder().id("KR1").statement("Code review time to 18 days");
  }

  private static KeyResult.Builder reviewTime() {
    return kr().metric(REVIEW_TIME)
        .baseline(Baseline.of(q("19", Unit.days())))
        .target(Target.reach(q("18", Unit.days())));
  }

  private static Metric percentFrom0To100(String name) {
    return Metric.builder()
        .name(name)
        .unit(Unit.percent())
        .direction(Direction.HIGHER_IS_BETTER)
        .lowerBound(BigDecimal.ZERO)
        .upperBound(BigDecimal.valueOf(100))
        .build();
  }

  private static ValidationFinding only(Report r) {
    List<ValidationFinding> all = ReportValidator.validate(r);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static void assertFinding(
      ValidationFinding f, Severity severity, String path, String rule, String message) {
    assertThat(f.severity()).isEqualTo(severity);
    assertThat(f.path()).isEqualTo(path);
    assertThat(f.rule()).isEqualTo(rule);
    assertThat(f.message()).isEqualTo(message);
  }

  @Test
  void wikimediaDeck_hasNoErrors() {
    Objective o =
        Objective.builder()
            .id("O1")
            .title("Developer productivity")
            .addKeyResults(
                WikimediaDeck.toolMaintainers(),
                WikimediaDeck.aiTools(),
                WikimediaDeck.developerSatisfaction(),
                WikimediaDeck.outstandingCodeReviews(),
                WikimediaDeck.cycleTime(),
                WikimediaDeck.codeReviewTime(),
                WikimediaDeck.codeQuality(),
                WikimediaDeck.internships(),
                WikimediaDeck.apiLimiting())
            .build();
    Report r =
        Report.builder()
            .title("Technology Q3 FY20")
            .calendar(JULY)
            .period(Q3)
            .addObjectives(o)
            .build();
    assertThat(ReportValidator.validate(r)).filteredOn(ValidationFinding::isError).isEmpty();
  }

  @Test
  void cleanReport_hasNoFindings() {
    assertThat(ReportValidator.validate(report(reviewTime().build()))).isEmpty();
  }

  @Test
  void share_partExceedsWhole_isAnError() {
    Fact fact =
        Fact.builder()
            .statement("editors reached")
            .value(q("125", Unit.percent()))
            .share(Share.of(q("5", Unit.count()), q("4", Unit.count())))
            .build();
    Report r = report(Objective.builder().id("O1").title("t").addFacts(fact).build());
    assertFinding(
        only(r),
        Severity.ERROR,
        "/objectives/0/facts/0/share/part",
        "share.part-exceeds-whole",
        "share part 5 exceeds its whole 4");
  }

  @Test
  void share_negativePart_isAnError() {
    Fact fact =
        Fact.builder()
            .statement("editors reached")
            .value(q("25", Unit.percent()))
            .share(Share.of(q("-1", Unit.count()), q("4", Unit.count())))
            .build();
    Report r = report(Objective.builder().id("O1").title("t").addFacts(fact).build());
    assertFinding(
        only(r),
        Severity.ERROR,
        "/objectives/0/facts/0/share/part",
        "share.negative",
        "share -1 of 4 has a negative part");
  }

  @Test
  void value_aboveTheMetricsUpperBound_isAnError() {
    Metric happy = percentFrom0To100("satisfaction");
    KeyResult k =
        kr().metric(happy)
            .target(Target.reach(q("80", Unit.percent())))
            .addCheckIns(CheckIn.of(Q3, q("150", Unit.percent())))
            .build();
    assertFinding(
        only(report(k)),
        Severity.ERROR,
        KR + "/checkIns/0/value",
        "value.above-upper-bound",
        "check-in value 150% is above the upper bound 100 of metric \"satisfaction\"");
  }

  @Test
  void value_belowTheMetricsLowerBound_isAnError() {
    Metric happy =
        Metric.builder()
            .name("satisfaction")
            .unit(Unit.percent())
            .direction(Direction.HIGHER_IS_BETTER)
            .lowerBound(BigDecimal.ZERO)
            .build();
    KeyResult k = kr().metric(happy).target(Target.reach(q("-5", Unit.percent()))).build();
    ValidationFinding f = only(report(k));
    assertThat(f.rule()).isEqualTo("value.below-lower-bound");
    assertThat(f.path()).isEqualTo(KR + "/target/reach");
  }

  @Test
  void value_scoreAboveItsScale_isAnError() {
    Unit outOf5 = Unit.scoreOutOf(5);
    KeyResult k =
        kr().metric(Metric.of("satisfaction", outOf5, Direction.HIGHER_IS_BETTER))
            .target(Target.reach(q("4", outOf5)))
            .addCheckIns(CheckIn.of(Q3, q("12", outOf5)))
            .build();
    assertFinding(
        only(report(k)),
        Severity.ERROR,
        KR + "/checkIns/0/value",
        "value.outside-scale",
        "check-in value 12/5 is outside its scale, 0 to 5");
  }

  @Test
  void value_negativeCount_isAnError() {
    Unit tools = Unit.count("tools");
    KeyResult k =
        kr().metric(Metric.of("tools", tools, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("-3", tools)))
            .target(Target.reach(q("8", tools)))
            .build();
    ValidationFinding f = only(report(k));
    assertThat(f.rule()).isEqualTo("value.negative-count");
    assertThat(f.path()).isEqualTo(KR + "/baseline/value");
  }

  @Test
  void milestone_checkInOfTwoHundredFiftyPercent_isAnError() {
    KeyResult k =
        kr().target(Target.complete())
            .addCheckIns(CheckIn.of(Q3, q("250", Unit.percent())))
            .build();
    assertFinding(
        only(report(k)),
        Severity.ERROR,
        KR + "/checkIns/0/value",
        "milestone.outside-0-100",
        "check-in value 250% is outside 0% to 100% complete");
  }

  @Test
  void milestone_checkInAboveOneHundred_isAnError() {
    KeyResult k =
        kr().target(Target.complete())
            .addCheckIns(CheckIn.of(Q3, q("101", Unit.percent())))
            .build();
    assertThat(only(report(k)).path()).isEqualTo(KR + "/checkIns/0/value");
  }

  @Test
  void checkIns_quarterBesideTheEquivalentDateRange_isAnError() {
    KeyResult k =
        reviewTime()
            .addCheckIns(
                CheckIn.of(Q3, q("18", Unit.days())),
                CheckIn.of(Period.between(Q3.start(), Q3.endExclusive()), q("17", Unit.days())))
            .build();
    ValidationFinding f = only(report(k));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.rule()).isEqualTo("check-in.same-days");
    assertThat(f.message()).contains("2020-01-01..2020-04-01");
  }

  @Test
  void checkIns_monthBesideItsRange_isAnError() {
    Period june = Period.of(YearMonth.of(2019, 6));
    KeyResult k =
        reviewTime()
            .addCheckIns(
                CheckIn.of(june, q("18", Unit.days())),
                CheckIn.of(
                    Period.between(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 7, 1)),
                    q("17", Unit.days())))
            .build();
    assertThat(ReportValidator.validate(report(k)))
        .extracting(ValidationFinding::rule)
        .contains("check-in.same-days");
  }

  @Test
  void checkIns_oneQuarterUnderTwoCalendars_isAnError() {
    Period calendarQ1 = FiscalCalendar.startingIn(Month.JANUARY).quarter(2020, 1);
    assertThat(calendarQ1.start()).isEqualTo(Q3.start());
    KeyResult k =
        reviewTime()
            .addCheckIns(
                CheckIn.of(Q3, q("18", Unit.days())), CheckIn.of(calendarQ1, q("17", Unit.days())))
            .build();
    assertThat(ReportValidator.validate(report(k)))
        .extracting(ValidationFinding::rule)
        .containsExactly("check-in.same-days");
  }

  @Test
  void checkIns_quarterBesideItsYear_isAnOverlapWarning() {
    KeyResult k =
        reviewTime()
            .addCheckIns(
                CheckIn.of(Q3, q("18", Unit.days())), CheckIn.of(FY20, q("17", Unit.days())))
            .build();
    ValidationFinding f = only(report(k));
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.rule()).isEqualTo("check-in.overlap");
    assertThat(f.path()).isEqualTo(KR + "/checkIns/1/period");
  }

  @Test
  void checkIns_farFromTheReportsFiscalYear_isAWarning() {
    KeyResult k =
        reviewTime().addCheckIns(CheckIn.of(JULY.fiscalYear(9998), q("18", Unit.days()))).build();
    List<ValidationFinding> all = ReportValidator.validate(report(k));
    assertThat(all)
        .extracting(ValidationFinding::rule)
        .containsExactly("period.implausible", "check-in.far-from-report");
    assertThat(all).allMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void period_wholeRangeOfYears_isImplausible() {
    Report r =
        Report.builder()
            .title("t")
            .calendar(JULY)
            .period(Period.between(Period.MIN_START, Period.MAX_END))
            .build();
    assertFinding(
        only(r),
        Severity.WARNING,
        "/period",
        "period.implausible",
        "report period 0001-01-01..9999-12-31 (0001-01-01..9999-12-31) is implausible for an OKR"
            + " report: it starts before 1900-01-01, ends after 2200-01-01 or is longer than 10"
            + " years");
  }

  @Test
  void target_reachInTheWrongDirection_isAWarning() {
    KeyResult k = reviewTime().target(Target.reach(q("25", Unit.days()))).build();
    assertFinding(
        only(report(k)),
        Severity.WARNING,
        KR + "/target/reach",
        "target.wrong-direction",
        "target 25 days is above the baseline 19 days, but metric \"code review time\" is"
            + " LOWER_IS_BETTER");
  }

  @Test
  void statedValue_inAnotherUnit_isAWarning() {
    KeyResult k =
        reviewTime()
            .target(
                Target.relativeChange(BigDecimal.valueOf(-2))
                    .withStatedValue(StatedFigure.of("18 hours", q("18", Unit.days()))))
            .build();
    assertFinding(
        only(report(k)),
        Severity.WARNING,
        KR + "/target/statedValue",
        "stated-value.other-unit",
        "stated figure \"18 hours\" names hours, but its value 18 days is in days");
    KeyResult same =
        reviewTime()
            .target(
                Target.relativeChange(BigDecimal.valueOf(-2))
                    .withStatedValue(StatedFigure.of("18 days", q("18", Unit.days()))))
            .build();
    assertThat(ReportValidator.validate(report(same))).isEmpty();
  }

  @Test
  void title_onlyAZeroWidthSpace_isAnError() {
    Report r = report(Objective.builder().id("O1").title("\u200B").build());
    assertFinding(
        only(r),
        Severity.ERROR,
        "/objectives/0/title",
        "text.invisible",
        "objective title \"\\u200B\" shows nothing: it is only whitespace and invisible"
            + " characters");
  }

  @Test
  void title_holdingNulOrARightToLeftOverride_isAnError() {
    Report nul = report(Objective.builder().id("O1").title("a\u0000b").build());
    assertThat(only(nul).rule()).isEqualTo("text.control-character");
    Report rlo = report(Objective.builder().id("O1").title("abc\u202Edef").build());
    assertFinding(
        only(rlo),
        Severity.ERROR,
        "/objectives/0/title",
        "text.bidi-control",
        "objective title \"abc\\u202Edef\" holds the bidirectional control U+202E at index 3,"
            + " which makes it display other than it reads");
  }

  @Test
  void note_withLineBreaksIsFine_butNulIsNot() {
    KeyResult fine = reviewTime().note("line one\nline two\ttabbed").build();
    assertThat(ReportValidator.validate(report(fine))).isEmpty();
    KeyResult nul = reviewTime().note("a\u0000").build();
    assertThat(only(report(nul)).path()).isEqualTo(KR + "/note");
  }

  @Test
  void status_blankReason_isAWarning() {
    KeyResult k = reviewTime().statedStatus(StatedStatus.of(StatusColor.YELLOW, "\u200B")).build();
    assertFinding(
        only(report(k)),
        Severity.WARNING,
        KR + "/status/reason",
        "status.blank-reason",
        "the YELLOW status gives a reason that shows nothing, \"\\u200B\"");
  }

  @Test
  void nestedObjectives_pathsFollowChildren() {
    Objective child = Objective.builder().id("O2").title("\u200B").build();
    Report r = report(Objective.builder().id("O1").title("t").addChildren(child).build());
    assertThat(only(r).path()).isEqualTo("/objectives/0/children/0/title");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void validate_nullReport_isRefused() {
    assertThatThrownBy(() -> ReportValidator.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report must not be null");
  }

  @Test
  void finding_valueSemanticsAndText() {
    ValidationFinding a =
        ValidationFinding.of(Severity.WARNING, "/period", "period.implausible", "too long");
    assertThat(a)
        .isEqualTo(
            ValidationFinding.of(Severity.WARNING, "/period", "period.implausible", "too long"));
    assertThat(a)
        .isNotEqualTo(
            ValidationFinding.of(Severity.ERROR, "/period", "period.implausible", "too long"));
    assertThat(a.hashCode())
        .isEqualTo(
            ValidationFinding.of(Severity.WARNING, "/period", "period.implausible", "too long")
                .hashCode());
    assertThat(a.isError()).isFalse();
    assertThat(a).hasToString("warning /period: [period.implausible] too long");
    assertThat(ValidationFinding.of(Severity.ERROR, "", "r", "m")).hasToString("error /: [r] m");
  }

  @Test
  void everyTargetKindsFigures_areCheckedAgainstTheMetricsBounds() {
    Metric bounded = percentFrom0To100("availability");
    Quantity over = q("101", Unit.percent());
    Quantity fine = q("50", Unit.percent());
    List<Target> targets =
        List.of(
            Target.staysAbove(over, org.okr4j.core.model.Boundary.INCLUSIVE),
            Target.staysBelow(over, org.okr4j.core.model.Boundary.EXCLUSIVE),
            Target.between(fine, over),
            Target.zones(q("40", Unit.percent()), fine, over));
    List<String> paths =
        List.of("/target/above", "/target/below", "/target/between/1", "/target/zones/stretch");
    for (int i = 0; i < targets.size(); i++) {
      KeyResult k = kr().metric(bounded).target(targets.get(i)).build();
      assertThat(only(report(k)).path()).isEqualTo(KR + paths.get(i));
    }
    KeyResult headline =
        kr().metric(bounded).target(Target.reach(fine)).headline(Target.reach(over)).build();
    assertThat(only(report(headline)).path()).isEqualTo(KR + "/headline/reach");
  }

  @Test
  void compositeParts_namesMilestonesAndPartValuesAreChecked() {
    Unit tools = Unit.count("tools");
    CompositeTarget target =
        CompositeTarget.of(
            List.of(
                CompositeTarget.Part.of("\u200B", Target.reach(q("8", tools)), q("-1", tools)),
                CompositeTarget.Part.of("docs", MilestoneTarget.of(BigDecimal.valueOf(100)))),
            CompositeTarget.Combination.WEAKEST);
    KeyResult k =
        kr().target(target)
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .putPartValues("docs", q("130", Unit.percent()))
                    .putPartValues("\u200B", q("-2", tools))
                    .build())
            .build();
    assertThat(ReportValidator.validate(report(k)))
        .extracting(ValidationFinding::path, ValidationFinding::rule)
        .containsExactlyInAnyOrder(
            tuple(KR + "/target/allOf/0/name", "text.invisible"),
            tuple(KR + "/target/allOf/0/baseline", "value.negative-count"),
            tuple(KR + "/checkIns/0/parts/docs", "milestone.outside-0-100"),
            tuple(KR + "/checkIns/0/parts/\u200B", "value.negative-count"));
  }

  @Test
  void statedFigures_durationWordsMatchTheirUnit() {
    String[][] cases = {
      {"18 hrs", "hours", ""}, {"90 minutes", "minutes", ""}, {"2 weeks", "days", "weeks"},
      {"1 day", "days", ""}, {"3 mins", "hours", "mins"}, {"18 days", "percent", "days"},
      {"holidays 4", "days", ""}
    };
    for (String[] c : cases) {
      Unit unit = Unit.of(c[1]);
      Metric m = Metric.of("time", unit, Direction.LOWER_IS_BETTER);
      KeyResult k =
          kr().metric(m)
              .target(
                  Target.relativeChange(BigDecimal.ONE)
                      .withStatedValue(StatedFigure.of(c[0], q("18", unit))))
              .build();
      List<ValidationFinding> found = ReportValidator.validate(report(k));
      if (c[2].isEmpty()) {
        assertThat(found).as(c[0]).isEmpty();
      } else {
        assertThat(found)
            .as(c[0])
            .singleElement()
            .satisfies(f -> assertThat(f.message()).contains("names " + c[2]));
      }
    }
  }

  @Test
  void reportLevelTexts_periodsAndFactsAreChecked() {
    Fact fact =
        Fact.builder()
            .statement("a\u0001")
            .value(q("5", Unit.percent()))
            .share(Share.of(q("1", Unit.count()), q("-4", Unit.count())))
            .build();
    Objective o =
        Objective.builder()
            .id("O1")
            .title("t")
            .description("d\u0000")
            .targetCompletion(Period.between(LocalDate.of(1800, 1, 1), LocalDate.of(1801, 1, 1)))
            .statedStatus(StatedStatus.of(StatusColor.RED, "fine"))
            .addFacts(fact)
            .build();
    Report r =
        Report.builder()
            .title("t")
            .organization("\u202Dorg")
            .calendar(JULY)
            .period(Q3)
            .addObjectives(o)
            .build();
    assertThat(ReportValidator.validate(r))
        .extracting(ValidationFinding::path, ValidationFinding::rule)
        .containsExactly(
            tuple("/organization", "text.bidi-control"),
            tuple("/objectives/0/description", "text.control-character"),
            tuple("/objectives/0/targetCompletion", "period.implausible"),
            tuple("/objectives/0/facts/0/statement", "text.control-character"),
            tuple("/objectives/0/facts/0/share/whole", "share.negative"));
  }

  @Test
  void checkIns_beforeTheReportAndLongPeriods_areWarned() {
    Period long11 = Period.between(LocalDate.of(2010, 1, 1), LocalDate.of(2021, 1, 2));
    KeyResult k =
        reviewTime()
            .addCheckIns(
                CheckIn.of(JULY.fiscalYear(2015), q("19", Unit.days())),
                CheckIn.of(long11, q("18", Unit.days())))
            .baseline(
                Baseline.of(
                    q("19", Unit.days()), org.okr4j.core.time.AsOf.period(JULY.fiscalYear(1890))))
            .build();
    assertThat(ReportValidator.validate(report(k)))
        .extracting(ValidationFinding::path, ValidationFinding::rule)
        .containsExactly(
            tuple(KR + "/baseline/asOf", "period.implausible"),
            tuple(KR + "/checkIns/0/period", "period.implausible"),
            tuple(KR + "/checkIns/1/period", "check-in.far-from-report"),
            tuple(KR + "/checkIns/1/period", "check-in.overlap"));
  }

  @Test
  void values_exactlyOnTheirBounds_areFine() {
    Metric bounded = percentFrom0To100("satisfaction");
    KeyResult onBounds =
        kr().metric(bounded)
            .baseline(Baseline.of(q("0", Unit.percent())))
            .target(Target.reach(q("100", Unit.percent())))
            .build();
    assertThat(ReportValidator.validate(report(onBounds))).isEmpty();
    Unit outOf5 = Unit.scoreOutOf(5);
    KeyResult scaleEnds =
        kr().metric(Metric.of("satisfaction", outOf5, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("0", outOf5)))
            .target(Target.reach(q("5", outOf5)))
            .build();
    assertThat(ReportValidator.validate(report(scaleEnds))).isEmpty();
    Unit tools = Unit.count("tools");
    KeyResult zeroCount =
        kr().metric(Metric.of("tools", tools, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("0", tools)))
            .target(Target.reach(q("8", tools)))
            .build();
    assertThat(ReportValidator.validate(report(zeroCount))).isEmpty();
    KeyResult milestoneEnds =
        kr().target(Target.complete())
            .addCheckIns(
                CheckIn.of(JULY.quarter(2020, 2), q("0", Unit.percent())),
                CheckIn.of(Q3, q("100", Unit.percent())))
            .build();
    assertThat(ReportValidator.validate(report(milestoneEnds))).isEmpty();
  }

  @Test
  void values_justOutsideTheirBounds_areErrors() {
    Metric bounded = percentFrom0To100("satisfaction");
    KeyResult k =
        kr().metric(bounded)
            .baseline(Baseline.of(q("-0.1", Unit.percent())))
            .target(Target.reach(q("100.1", Unit.percent())))
            .build();
    assertThat(ReportValidator.validate(report(k)))
        .extracting(ValidationFinding::path, ValidationFinding::rule)
        .containsExactly(
            tuple(KR + "/baseline/value", "value.below-lower-bound"),
            tuple(KR + "/target/reach", "value.above-upper-bound"));
    Unit outOf5 = Unit.scoreOutOf(5);
    KeyResult score =
        kr().metric(Metric.of("satisfaction", outOf5, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("-0.1", outOf5)))
            .target(Target.reach(q("5.1", outOf5)))
            .build();
    assertThat(ReportValidator.validate(report(score)))
        .extracting(ValidationFinding::path, ValidationFinding::rule)
        .containsExactly(
            tuple(KR + "/baseline/value", "value.outside-scale"),
            tuple(KR + "/target/reach", "value.outside-scale"));
    KeyResult milestone =
        kr().target(Target.complete()).addCheckIns(CheckIn.of(Q3, q("-1", Unit.percent()))).build();
    assertFinding(
        only(report(milestone)),
        Severity.ERROR,
        KR + "/checkIns/0/value",
        "milestone.outside-0-100",
        "check-in value -1% is outside 0% to 100% complete");
  }

  @Test
  void share_onItsBounds_isFine_andANegativeWholeIsNamed() {
    Fact zero =
        Fact.builder()
            .statement("none reached")
            .value(q("0", Unit.percent()))
            .share(Share.of(q("0", Unit.count()), q("4", Unit.count())))
            .build();
    Fact all =
        Fact.builder()
            .statement("all reached")
            .value(q("100", Unit.percent()))
            .share(Share.of(q("4", Unit.count()), q("4", Unit.count())))
            .build();
    Report fine = report(Objective.builder().id("O1").title("t").addFacts(zero, all).build());
    assertThat(ReportValidator.validate(fine)).isEmpty();
    Fact negativeWhole =
        Fact.builder()
            .statement("editors reached")
            .value(q("25", Unit.percent()))
            .share(Share.of(q("1", Unit.count()), q("-4", Unit.count())))
            .build();
    Report r = report(Objective.builder().id("O1").title("t").addFacts(negativeWhole).build());
    assertFinding(
        only(r),
        Severity.ERROR,
        "/objectives/0/facts/0/share/whole",
        "share.negative",
        "share 1 of -4 has a negative whole");
    Fact zeroOfNegative =
        Fact.builder()
            .statement("editors reached")
            .value(q("0", Unit.percent()))
            .share(Share.of(q("0", Unit.count()), q("-4", Unit.count())))
            .build();
    assertFinding(
        only(report(Objective.builder().id("O1").title("t").addFacts(zeroOfNegative).build())),
        Severity.ERROR,
        "/objectives/0/facts/0/share/whole",
        "share.negative",
        "share 0 of -4 has a negative whole");
  }

  @Test
  void periods_ofExactlyTenYearsAndOnThePlausibleEnds_areFine() {
    Period tenYears = Period.between(LocalDate.of(1900, 1, 1), LocalDate.of(1910, 1, 1));
    Period toTheEnd = Period.between(LocalDate.of(2199, 1, 1), LocalDate.of(2200, 1, 1));
    for (Period p : List.of(tenYears, toTheEnd)) {
      Report r = Report.builder().title("t").calendar(JULY).period(p).build();
      assertThat(ReportValidator.validate(r)).as(p.label()).isEmpty();
    }
    Period tenYearsAndADay = Period.between(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 1, 2));
    Period pastTheEnd = Period.between(LocalDate.of(2199, 1, 1), LocalDate.of(2200, 1, 2));
    Period beforeTheStart = Period.between(LocalDate.of(1899, 12, 31), LocalDate.of(1900, 2, 1));
    for (Period p : List.of(tenYearsAndADay, pastTheEnd, beforeTheStart)) {
      Report r = Report.builder().title("t").calendar(JULY).period(p).build();
      assertThat(only(r).rule()).as(p.label()).isEqualTo("period.implausible");
    }
  }

  @Test
  void checkIns_twoYearsFromTheReport_areNear_oneDayMoreIsFar() {
    // Q3 FY20 runs 2020-01-01..2020-04-01: near means ending on or after 2018-01-01 and starting
    // on or before 2022-04-01.
    Period endsOnNearStart = Period.between(LocalDate.of(2017, 12, 1), LocalDate.of(2018, 1, 1));
    Period startsOnNearEnd = Period.between(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 1));
    KeyResult near =
        reviewTime()
            .addCheckIns(
                CheckIn.of(endsOnNearStart, q("19", Unit.days())),
                CheckIn.of(startsOnNearEnd, q("18", Unit.days())))
            .build();
    assertThat(ReportValidator.validate(report(near))).isEmpty();
    Period endsBefore = Period.between(LocalDate.of(2017, 12, 1), LocalDate.of(2017, 12, 31));
    Period startsAfter = Period.between(LocalDate.of(2022, 4, 2), LocalDate.of(2022, 5, 1));
    KeyResult far =
        reviewTime()
            .addCheckIns(
                CheckIn.of(endsBefore, q("19", Unit.days())),
                CheckIn.of(startsAfter, q("18", Unit.days())))
            .build();
    assertThat(ReportValidator.validate(report(far)))
        .extracting(ValidationFinding::path, ValidationFinding::rule)
        .containsExactly(
            tuple(KR + "/checkIns/0/period", "check-in.far-from-report"),
            tuple(KR + "/checkIns/1/period", "check-in.far-from-report"));
  }

  @Test
  void checkIns_adjacentSpans_doNotOverlap_butOneInsideAnEarlierLongOneDoes() {
    Period q1 = JULY.quarter(2020, 1);
    Period q2 = JULY.quarter(2020, 2);
    KeyResult adjacent =
        reviewTime()
            .addCheckIns(
                CheckIn.of(q1, q("19", Unit.days())),
                CheckIn.of(q2, q("18", Unit.days())),
                CheckIn.of(Q3, q("17", Unit.days())))
            .build();
    assertThat(ReportValidator.validate(report(adjacent))).isEmpty();
    // Sorted by start, then end: FY20, August 2019, Q2. Q2 overlaps FY20, the latest end so far,
    // although the check-in just before it (August) ends before Q2 starts.
    KeyResult inside =
        reviewTime()
            .addCheckIns(
                CheckIn.of(FY20, q("19", Unit.days())),
                CheckIn.of(Period.of(YearMonth.of(2019, 8)), q("18", Unit.days())),
                CheckIn.of(q2, q("17", Unit.days())))
            .build();
    List<ValidationFinding> found = ReportValidator.validate(report(inside));
    assertThat(found)
        .extracting(ValidationFinding::path, ValidationFinding::rule)
        .containsExactly(
            tuple(KR + "/checkIns/1/period", "check-in.overlap"),
            tuple(KR + "/checkIns/2/period", "check-in.overlap"));
    assertThat(found.get(1).message()).endsWith("(2019-07-01..2020-07-01)");
  }

  @Test
  void target_reachOnTheBaselineOrTheRightSide_isFine() {
    KeyResult equal = reviewTime().target(Target.reach(q("19", Unit.days()))).build();
    assertThat(ReportValidator.validate(report(equal))).isEmpty();
    Metric maintainers = Metric.of("maintainers", Unit.count(), Direction.HIGHER_IS_BETTER);
    KeyResult up =
        kr().metric(maintainers)
            .baseline(Baseline.of(q("1880", Unit.count())))
            .target(Target.reach(q("1919", Unit.count())))
            .build();
    assertThat(ReportValidator.validate(report(up))).isEmpty();
    KeyResult down =
        kr().metric(maintainers)
            .baseline(Baseline.of(q("1880", Unit.count())))
            .target(Target.reach(q("1800", Unit.count())))
            .build();
    assertFinding(
        only(report(down)),
        Severity.WARNING,
        KR + "/target/reach",
        "target.wrong-direction",
        "target 1800 is below the baseline 1880, but metric \"maintainers\" is HIGHER_IS_BETTER");
    KeyResult noBaseline =
        kr().metric(REVIEW_TIME).target(Target.reach(q("25", Unit.days()))).build();
    assertThat(ReportValidator.validate(report(noBaseline))).isEmpty();
  }

  @Test
  void pointerEscape_followsRfc6901() {
    assertThat(ReportValidator.pointerEscape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(ReportValidator.pointerEscape("~1")).isEqualTo("~01");
  }

  @Test
  void everyMemberThatHoldsTextOrFigures_isChecked_atItsPath() {
    Unit outOf5 = Unit.scoreOutOf(5);
    KeyResult scored =
        KeyResult.builder()
            .id("KR1")
            .statement("\u200B")
            .statedStatus(StatedStatus.of(StatusColor.YELLOW, "a\u0001"))
            .metric(Metric.of("\u200B", outOf5, Direction.HIGHER_IS_BETTER))
            .baseline(
                Baseline.builder()
                    .value(q("3.4", outOf5))
                    .addAlsoStatedAs(StatedFigure.of("68 days", q("68", Unit.percent())))
                    .build())
            .target(Target.reach(q("4", outOf5)))
            .build();
    KeyResult shared =
        KeyResult.builder()
            .id("KR2")
            .statement("editors reached")
            .metric(Metric.of("editors reached", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(
                Baseline.builder()
                    .value(q("25", Unit.percent()))
                    .share(Share.of(q("-1", Unit.count()), q("4", Unit.count())))
                    .build())
            .target(Target.reach(q("30", Unit.percent())))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .value(q("125", Unit.percent()))
                    .share(Share.of(q("5", Unit.count()), q("4", Unit.count())))
                    .note("n\u0000")
                    .addStatedChanges(
                        StatedChange.of(
                            StatedFigure.of("+5 days", q("5", Unit.percent())),
                            ChangeBasis.RELATIVE_TO_BASELINE))
                    .build())
            .build();
    Objective o =
        Objective.builder()
            .id("O1")
            .title("t")
            .statedStatus(StatedStatus.of(StatusColor.RED, "\u200B"))
            .addKeyResults(scored, shared)
            .build();
    Report r = Report.builder().title("\u200B").calendar(JULY).period(Q3).addObjectives(o).build();
    String kr1 = "/objectives/0/keyResults/0";
    String kr2 = "/objectives/0/keyResults/1";
    assertThat(ReportValidator.validate(r))
        .extracting(ValidationFinding::path, ValidationFinding::rule)
        .containsExactlyInAnyOrder(
            tuple("/title", "text.invisible"),
            tuple("/objectives/0/status/reason", "status.blank-reason"),
            tuple(kr1 + "/statement", "text.invisible"),
            tuple(kr1 + "/status/reason", "text.control-character"),
            tuple(kr1 + "/metric/name", "text.invisible"),
            tuple(kr1 + "/baseline/alsoStatedAs/0", "stated-value.other-unit"),
            tuple(kr2 + "/baseline/share/part", "share.negative"),
            tuple(kr2 + "/checkIns/0/share/part", "share.part-exceeds-whole"),
            tuple(kr2 + "/checkIns/0/note", "text.control-character"),
            tuple(kr2 + "/checkIns/0/statedChanges/0", "stated-value.other-unit"));
  }

  @Test
  void bandAndZoneEnds_andCompositePartTargets_areChecked() {
    Metric bounded = percentFrom0To100("availability");
    Quantity under = q("-1", Unit.percent());
    KeyResult band =
        kr().metric(bounded).target(Target.between(under, q("50", Unit.percent()))).build();
    assertThat(only(report(band)).path()).isEqualTo(KR + "/target/between/0");
    KeyResult commit =
        kr().metric(bounded)
            .target(Target.zones(under, q("50", Unit.percent()), q("60", Unit.percent())))
            .build();
    assertThat(only(report(commit)).path()).isEqualTo(KR + "/target/zones/commit");
    KeyResult middle =
        kr().metric(bounded)
            .target(
                Target.zones(
                    q("40", Unit.percent()), q("101", Unit.percent()), q("102", Unit.percent())))
            .build();
    assertThat(ReportValidator.validate(report(middle)))
        .extracting(ValidationFinding::path)
        .containsExactly(KR + "/target/zones/target", KR + "/target/zones/stretch");
    Unit outOf5 = Unit.scoreOutOf(5);
    CompositeTarget composite =
        CompositeTarget.of(
            List.of(
                CompositeTarget.Part.of("score", Target.reach(q("6", outOf5))),
                CompositeTarget.Part.of("docs", MilestoneTarget.of(BigDecimal.valueOf(100)))),
            CompositeTarget.Combination.WEAKEST);
    KeyResult parts = kr().target(composite).build();
    assertFinding(
        only(report(parts)),
        Severity.ERROR,
        KR + "/target/allOf/0/target/reach",
        "value.outside-scale",
        "target 6/5 is outside its scale, 0 to 5");
  }

  @Test
  void controlCharacters_atIndexZeroAndLater_areFoundWhereTheyAre() {
    Report first = report(Objective.builder().id("O1").title("\u0001abc").build());
    assertFinding(
        only(first),
        Severity.ERROR,
        "/objectives/0/title",
        "text.control-character",
        "objective title \"\\u0001abc\" holds the control character U+0001 at index 0");
    Report later = report(Objective.builder().id("O1").title("ab\u007Fc").build());
    assertThat(only(later).message()).endsWith("holds the control character U+007F at index 2");
    KeyResult note = reviewTime().note("\u0000 at the start").build();
    assertThat(only(report(note)).message()).endsWith("U+0000 at index 0");
  }

  @Test
  void bidiControls_areTheEmbeddingOverrideAndIsolateRanges() {
    for (char c : new char[] {'\u202A', '\u202E', '\u2066', '\u2069'}) {
      Report r = report(Objective.builder().id("O1").title("a" + c + "b").build());
      assertThat(only(r).rule()).as("U+%04X", (int) c).isEqualTo("text.bidi-control");
      assertThat(only(r).message()).contains(String.format("U+%04X at index 1", (int) c));
    }
    // U+2029 (a paragraph separator), U+202F (narrow no-break space) and U+206A lie just outside
    for (char c : new char[] {'\u2029', '\u202F', '\u206A'}) {
      Report r = report(Objective.builder().id("O1").title("a" + c + "b").build());
      assertThat(ReportValidator.validate(r))
          .as("U+%04X", (int) c)
          .extracting(ValidationFinding::rule)
          .doesNotContain("text.bidi-control");
    }
  }

  @Test
  void finding_hashCodeSpreadsUnequalFindings() {
    assertHashesSpread(
        ValidationFinding.of(Severity.WARNING, "/period", "period.implausible", "too long"),
        ValidationFinding.of(Severity.WARNING, "/title", "title.blank", "blank"),
        ValidationFinding.of(Severity.ERROR, "/objectives/0", "objective.empty", "no key results"));
  }
}
