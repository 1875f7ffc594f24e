package org.okr4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.ExpectedProgress;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

class ScorecardTest {
  private final Scorecard card =
      Scorecard.evaluate(
          Reports.monthly(), ScorecardOptions.defaults().withAsOf(Reports.midFebruary()));

  @Test
  void eachKeyResult_isJudgedAgainstItsOwnGoalPeriod() {
    // 15 February: 14 of February's 29 days, 45 of Q3's 91 days, 229 of the fiscal year's 366.
    assertThat(card.keyResult("revenue-february").orElseThrow().expectedProgress().value())
        .isEqualTo(Rational.of(14, 29));
    assertThat(card.keyResult("review-time-q3").orElseThrow().expectedProgress().value())
        .isEqualTo(Rational.of(45, 91));
    assertThat(card.keyResult("maintainers-year").orElseThrow().expectedProgress().value())
        .isEqualTo(Rational.of(229, 366));
    assertThat(card.keyResult("maintainers-year").orElseThrow().goalPeriod()).isEqualTo(Reports.FY);
    assertThat(card.keyResult("revenue-february").orElseThrow().goalPeriod())
        .isEqualTo(Reports.FEBRUARY);
  }

  @Test
  void pace_usesTheKeyResultsOwnPeriod() {
    // Revenue: (6.0M − 5.0M) / (6.58M − 5.0M) = 100/158 = 63.29%, expected 14/29 = 48.28%: green.
    KeyResultCard revenue = card.keyResult("revenue-february").orElseThrow();
    assertThat(revenue.progress().value().raw()).isEqualTo(Rational.of(100, 158));
    assertThat(revenue.derived("pace").orElseThrow().color()).isEqualTo(StatusColor.GREEN);
    assertThat(revenue.derived("pace").orElseThrow().brief())
        .isEqualTo("pace: 63.29% done where 48.28% was expected");
    // Judged against the fiscal year instead, 63.29% against 62.57% would also be green, but the
    // reason would cite the year's expected progress.
    assertThat(revenue.derived("pace").orElseThrow().status().reason()).contains("48.28%");
  }

  @Test
  void judgedCheckIn_isTheLatestBegunBeforeTheAsOfDate() {
    KeyResultCard revenue = card.keyResult("revenue-february").orElseThrow();
    assertThat(revenue.judgedCheckIn().orElseThrow().period()).isEqualTo(Reports.FEBRUARY);
    assertThat(revenue.changeVsPrevious().value().amount()).isEqualTo(Rational.of(100, 11));
    assertThat(revenue.changeVsPreviousText()).isEqualTo("+9.09%");
    KeyResultCard maintainers = card.keyResult("maintainers-year").orElseThrow();
    assertThat(maintainers.judgedCheckIn().orElseThrow().period()).isEqualTo(Reports.Q3);
  }

  @Test
  void progress_rawAndClamped_shownConsistently() {
    KeyResultCard maintainers = card.keyResult("maintainers-year").orElseThrow();
    // (2100 − 1880) / (1974 − 1880) = 220/94
    assertThat(maintainers.progress().value().raw()).isEqualTo(Rational.of(220, 94));
    assertThat(maintainers.progressText()).isEqualTo("234.04% (counts as 100%)");
    assertThat(maintainers.derived("pace").orElseThrow().brief())
        .isEqualTo("pace: 234.04% (counts as 100%) done where 62.57% was expected");
    assertThat(maintainers.derived("grading").orElseThrow().brief())
        .isEqualTo(
            "grading: 234.04% (counts as 100%) done (green from 70.00%, yellow from 40.00%)");
  }

  @Test
  void undefinedFigures_sayWhy() {
    KeyResultCard uptake = card.keyResult("uptake").orElseThrow();
    assertThat(uptake.progressText()).isEqualTo("n/a (target not set)");
    assertThat(uptake.changeVsBaselineText()).isEqualTo("+1.20 pp");
    assertThat(uptake.derived("pace").orElseThrow().color()).isEqualTo(StatusColor.UNKNOWN);
    assertThat(uptake.derived("pace").orElseThrow().brief())
        .isEqualTo("cannot judge: progress undefined (target not set)");
  }

  @Test
  void objectives_childFollowsParent_andColoursSayWhatTheyCombined() {
    assertThat(card.objectives())
        .extracting(ObjectiveCard::id, ObjectiveCard::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mixed", 0),
            org.assertj.core.groups.Tuple.tuple("child", 1),
            org.assertj.core.groups.Tuple.tuple("partnerships", 0));
    ObjectiveCard mixed = card.objectives().get(0);
    assertThat(mixed.derived()).hasSize(4);
    DerivedStatus weakest = mixed.derived().get(0);
    assertThat(weakest.label()).isEqualTo("pace, weakest");
    assertThat(weakest.policy()).contains(ObjectiveStatusPolicy.WEAKEST);
    // revenue GREEN, review time ?, maintainers GREEN, uptake UNKNOWN, guidelines RED (blocked),
    // and the child's GREEN.
    assertThat(weakest.color()).isEqualTo(StatusColor.RED);
    assertThat(weakest.brief()).startsWith("weakest of ").contains("1 red").contains("1 unknown");
    assertThat(card.objectives().get(2).isDerivable()).isFalse();
    assertThat(card.objectives().get(2).agrees(weakest)).isEmpty();
  }

  @Test
  void agreements_countStatedColoursThatCanBeDerived() {
    assertThat(card.agreements()).hasSize(4);
    assertThat(card.agreements()).allMatch(a -> a.stated() == 3 && a.derivable() == 2);
  }

  @Test
  void defaults_asOfTheEndOfThePeriod_goalsOfTheFiscalYearContainingIt() {
    Scorecard atEnd = Scorecard.evaluate(Reports.monthly());
    assertThat(atEnd.asOf()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(atEnd.defaultGoalPeriod()).isEqualTo(Reports.FY);
  }

  @Test
  void defaultGoalPeriod_isNeverTheYearAfter() {
    FiscalCalendar july = FiscalCalendar.startingIn(Month.JULY);
    for (Period period :
        java.util.List.of(
            july.quarter(2014, 4),
            july.fiscalYear(2014),
            Period.of(java.time.YearMonth.of(2014, 6)),
            Period.between(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 7, 1)))) {
      Report r = Report.builder().title("FY2013/14").calendar(july).period(period).build();
      assertThat(Scorecard.evaluate(r).defaultGoalPeriod().label())
          .as(period.label())
          .isEqualTo("FY2013/14");
    }
  }

  @Test
  void expectedProgress_isTheLinearPaceOfTheGoalPeriod() {
    KeyResultCard q3 = card.keyResult("review-time-q3").orElseThrow();
    assertThat(q3.expectedProgress())
        .isEqualTo(ExpectedProgress.at(Reports.Q3, Reports.midFebruary(), PaceCurve.linear()));
  }

  @Test
  void keyResultOnItsOwn() {
    KeyResultCard alone =
        KeyResultCard.evaluate(Reports.annualMaintainers(), Reports.FY, LocalDate.of(2020, 4, 1));
    assertThat(alone.objectiveId()).isEmpty();
    assertThat(alone.progress().value().clamped()).isEqualTo(Rational.ONE);
    assertThat(alone.stated().orElseThrow().color()).isEqualTo(StatusColor.GREEN);
  }

  @Test
  void options_refuseWhatMakesNoSense() {
    ScorecardOptions d = ScorecardOptions.defaults();
    assertThatThrownBy(() -> d.withRuleSets(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withRuleSets(java.util.List.of(RuleSet.pace(), RuleSet.pace())))
        .hasMessageContaining("distinct");
    assertThatThrownBy(() -> RuleSet.named("vibes")).hasMessageContaining("use pace or grading");
    assertThatThrownBy(() -> RuleSet.of("Bad Name", RuleSet.pace().rule()))
        .hasMessageContaining("lower-case");
    assertThat(RuleSet.named(" Grading ")).isSameAs(RuleSet.grading());
    assertThat(d.withAsOf(LocalDate.of(2020, 1, 1))).isNotEqualTo(d);
    assertThat(d.withAsOf(LocalDate.of(2020, 1, 1)).asOf()).contains(LocalDate.of(2020, 1, 1));
  }
}
