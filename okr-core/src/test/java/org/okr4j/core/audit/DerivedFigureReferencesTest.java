package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Derivation;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.DerivedFigure;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.FigureRef;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * Derived figures of a monthly metrics report, against each kind of reference: the previous month,
 * the same month a year earlier, a fiscal year to date, the plan, and other derived figures.
 */
class DerivedFigureReferencesTest {
  private static final FiscalCalendar FY = FiscalCalendar.startingIn(Month.JULY);
  private static final Period MAY = Period.of(YearMonth.of(2020, Month.MAY));
  private static final Period JUNE = Period.of(YearMonth.of(2020, Month.JUNE));
  private static final Unit VIEWS = Unit.count("views");
  private static final Unit MONEY = Unit.of("$MM");
  private static final Period YTD = FY.yearToDate(2020, LocalDate.of(2020, 4, 1));

  private static Quantity q(String v, Unit u) {
    return Quantity.of(new BigDecimal(v), u);
  }

  private static StatedFigure s(String v, Unit u) {
    return StatedFigure.of(v, q(v, u));
  }

  private static Report report(DerivedFigure... figures) {
    KeyResult traffic =
        KeyResult.builder()
            .id("traffic")
            .statement("page views")
            .metric(Metric.of("views", VIEWS, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("950", VIEWS)))
            .target(Target.toBeDetermined())
            .addCheckIns(
                CheckIn.of(JUNE.minusYears(1), Quantity.exact(1000, VIEWS)),
                CheckIn.of(MAY, Quantity.exact(880, VIEWS)),
                CheckIn.of(JUNE, Quantity.exact(909, VIEWS)))
            .build();
    KeyResult expenses =
        KeyResult.builder()
            .id("expenses")
            .statement("expenses")
            .metric(Metric.of("expenses", MONEY, Direction.LOWER_IS_BETTER))
            .target(Target.reach(q("1.64", MONEY)))
            .addCheckIns(CheckIn.of(JUNE, q("1.28", MONEY)))
            .build();
    KeyResult ytd =
        KeyResult.builder()
            .id("revenue-ytd")
            .statement("revenue, fiscal year to date")
            .metric(Metric.of("revenue", MONEY, Direction.HIGHER_IS_BETTER))
            .target(Target.reach(q("100.0", MONEY)))
            .addCheckIns(
                CheckIn.of(
                    Period.between(YTD.start(), YTD.endExclusive(), "FY20 YTD"), q("75.0", MONEY)))
            .build();
    KeyResult loss =
        KeyResult.builder()
            .id("operating-result")
            .statement("operating result")
            .metric(Metric.of("result", MONEY, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("-57.0", MONEY)))
            .target(Target.toBeDetermined())
            .addCheckIns(CheckIn.of(JUNE, q("-40.3", MONEY)))
            .build();
    return Report.builder()
        .title("monthly metrics")
        .calendar(FY)
        .period(FY.fiscalYear(2020))
        .addObjectives(
            Objective.builder()
                .id("o")
                .title("metrics")
                .addKeyResults(traffic, expenses, ytd, loss)
                .addDerivedFigures(figures)
                .build())
        .build();
  }

  private static AuditFinding audit(Report r, String id) {
    return FigureAudit.audit(r).stream()
        .filter(f -> f.location().equals("derived figure " + id))
        .findFirst()
        .orElseThrow();
  }

  private static AuditFinding one(String text, Unit unit, Derivation d) {
    return audit(report(DerivedFigure.of("d", s(text, unit), d)), "d");
  }

  @Test
  void juneComparedWithMay() {
    // (909 − 880) / 880 × 100 = 3.2954…
    AuditFinding f =
        one(
            "3.3",
            Unit.percent(),
            Derivation.relativeChange(
                FigureRef.checkIn("traffic", MAY), FigureRef.checkIn("traffic", JUNE)));
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(2900, 880));
    assertThat(f.explanation().substituted()).isEqualTo("(909 − 880) / 880 × 100");
  }

  @Test
  void comparedWithTheSameMonthAYearEarlier() {
    // (909 − 1000) / 1000 × 100 = −9.1
    AuditFinding f =
        one(
            "-9.1",
            Unit.percent(),
            Derivation.relativeChange(
                FigureRef.checkIn("traffic", JUNE.minusYears(1)),
                FigureRef.checkIn("traffic", JUNE)));
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(-91, 10));
  }

  @Test
  void againstTheWrongMonth_theSearchFindsTheOneBefore() {
    // claimed against June 2019 but printed +3.3%, the change from May: another basis
    AuditFinding f =
        one(
            "3.3",
            Unit.percent(),
            Derivation.relativeChange(
                FigureRef.checkIn("traffic", JUNE.minusYears(1)),
                FigureRef.checkIn("traffic", JUNE)));
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.matched().orElseThrow().basis())
        .isEqualTo(
            "relative change of check-in 2020-05 of traffic and check-in 2020-06 of traffic");
    AuditFinding strict =
        FigureAudit.audit(
                report(
                    DerivedFigure.of(
                        "d",
                        s("3.3", Unit.percent()),
                        Derivation.relativeChange(
                            FigureRef.checkIn("traffic", JUNE.minusYears(1)),
                            FigureRef.checkIn("traffic", JUNE)))),
                AuditPolicy.strict())
            .stream()
            .filter(x -> x.kind() == FigureKind.DERIVED)
            .findFirst()
            .orElseThrow();
    assertThat(strict.verdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void varianceAgainstPlan_absoluteAndRelative_underPlan() {
    // 1.28 − 1.64 = −0.36 ($0.36MM under plan); (1.28 − 1.64) / 1.64 × 100 = −21.95… (22% under)
    AuditFinding absolute =
        one(
            "-0.36",
            MONEY,
            Derivation.difference(
                FigureRef.target("expenses"), FigureRef.checkIn("expenses", JUNE)));
    assertThat(absolute.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(absolute.computed()).contains(Rational.of(-36, 100));
    AuditFinding relative =
        one(
            "-22",
            Unit.percent(),
            Derivation.relativeChange(
                FigureRef.target("expenses"), FigureRef.checkIn("expenses", JUNE)));
    assertThat(relative.verdict()).isEqualTo(Verdict.CONSISTENT);
    // as an improvement of a lower-is-better metric the sign flips: 22% better than plan
    AuditFinding improvement =
        one(
            "22",
            Unit.percent(),
            Derivation.relativeChange(
                    FigureRef.target("expenses"), FigureRef.checkIn("expenses", JUNE))
                .inSense(ChangeSense.IMPROVEMENT));
    assertThat(improvement.verdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void fiscalYearToDate_foundByItsDates_percentOfTarget() {
    assertThat(YTD.label()).isEqualTo("FY2019/20 YTD to 2020-03-31");
    // 75.0 / 100.0 × 100 = 75; the check-in's period is labelled differently but has the dates
    AuditFinding f =
        one(
            "75",
            Unit.percent(),
            Derivation.percentOfTarget(
                FigureRef.checkIn("revenue-ytd", YTD), FigureRef.target("revenue-ytd")));
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(75));
  }

  @Test
  void negativeReference_lossNarrowing_isARiseOf29Percent() {
    AuditFinding f =
        one(
            "29",
            Unit.percent(),
            Derivation.relativeChange(
                FigureRef.baseline("operating-result"),
                FigureRef.checkIn("operating-result", JUNE)));
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(1670, 57));
    assertThat(f.explanation().substituted()).isEqualTo("(−40.3 − (−57.0)) / |−57.0| × 100");
    assertThat(f.explanation().formula()).isEqualTo("(new − old) / |old| × 100");
  }

  @Test
  void derivedFromDerived_sumThenRestatement() {
    DerivedFigure total =
        DerivedFigure.of(
            "total",
            s("2.92", MONEY),
            Derivation.sum(
                List.of(FigureRef.checkIn("expenses", JUNE), FigureRef.target("expenses"))));
    DerivedFigure restated =
        DerivedFigure.of(
            "total-rounded", s("2.9", MONEY), Derivation.restatement(FigureRef.derived("total")));
    Report r = report(total, restated);
    assertThat(audit(r, "total").verdict()).isEqualTo(Verdict.CONSISTENT);
    // The June expenses 1.28 and the plan 1.64, added: 2.92.
    assertThat(audit(r, "total").explanation().formula()).isEqualTo("a + b + …");
    assertThat(audit(r, "total").explanation().substituted()).isEqualTo("1.28 + 1.64");
    assertThat(audit(r, "total-rounded").verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(audit(r, "total-rounded").derivationKind()).isEqualTo(DerivationKind.RESTATEMENT);
    assertThat(r.derivedFigure("total")).contains(total);
    assertThat(r.derivedFigure("none")).isEmpty();
  }

  @Test
  void missingInput_notAuditable() {
    AuditFinding f =
        one(
            "5",
            Unit.percent(),
            Derivation.relativeChange(
                FigureRef.checkIn("traffic", JUNE.minusYears(2)),
                FigureRef.checkIn("traffic", JUNE)));
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_AUDITABLE);
    assertThat(f.tolerance()).isEqualTo(Tolerance.undefined());
    assertThat(f.explanation().result())
        .isEqualTo("not auditable: the inputs it derives from are not in the report");
  }

  @Test
  void acrossZero_relativeChangeUndefined_notAuditable() {
    DerivedFigure d =
        DerivedFigure.of(
            "d",
            s("10", Unit.percent()),
            Derivation.relativeChange(
                FigureRef.baseline("operating-result"), FigureRef.target("expenses")));
    assertThat(audit(report(d), "d").verdict()).isEqualTo(Verdict.NOT_AUDITABLE);
  }

  @Test
  void restatementOfADerivedFigure_findsThatFigureById() {
    DerivedFigure total =
        DerivedFigure.of(
            "total",
            s("2.92", MONEY),
            Derivation.sum(
                List.of(FigureRef.checkIn("expenses", JUNE), FigureRef.target("expenses"))));
    // listed first, so that a lookup by anything but the id would find it instead of "total"
    DerivedFigure rounded =
        DerivedFigure.of(
            "rounded", s("2.9", MONEY), Derivation.restatement(FigureRef.derived("total")));
    DerivedFigure same =
        DerivedFigure.of(
            "same", s("2.92", MONEY), Derivation.restatement(FigureRef.derived("total")));
    Report r = report(rounded, total, same);
    assertThat(audit(r, "same").verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(audit(r, "same").computed()).contains(Rational.of(292, 100));
  }

  @Test
  void factsAndChangeTargetsStatedValues_areInputs() {
    org.okr4j.core.model.Fact fact =
        org.okr4j.core.model.Fact.builder()
            .statement("pages with structured data")
            .value(q("13.6", Unit.percent()))
            .share(
                org.okr4j.core.model.Share.of(
                    Quantity.exact(81, Unit.count()), Quantity.exact(597, Unit.count())))
            .build();
    KeyResult adoption =
        KeyResult.builder()
            .id("adoption")
            .statement("adoption")
            .metric(Metric.of("adoption", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("4.76", Unit.percent())))
            .target(
                Target.relativeChange(new BigDecimal("7.14"))
                    .withStatedValue(s("5.1", Unit.percent())))
            .build();
    KeyResult unstated =
        KeyResult.builder()
            .id("unstated")
            .statement("unstated")
            .metric(Metric.of("adoption", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("4.76", Unit.percent())))
            .target(Target.relativeChange(new BigDecimal("7.14")))
            .build();
    Report r =
        Report.builder()
            .title("facts")
            .calendar(FY)
            .period(FY.fiscalYear(2020))
            .addObjectives(
                Objective.builder()
                    .id("o")
                    .title("o")
                    .addFacts(fact)
                    .addKeyResults(adoption, unstated)
                    .addDerivedFigures(
                        DerivedFigure.of(
                            "fact",
                            s("13.6", Unit.percent()),
                            Derivation.restatement(FigureRef.fact("o", 0))),
                        DerivedFigure.of(
                            "past-the-facts",
                            s("13.6", Unit.percent()),
                            Derivation.restatement(FigureRef.fact("o", 1))),
                        DerivedFigure.of(
                            "target",
                            s("5.1", Unit.percent()),
                            Derivation.restatement(FigureRef.target("adoption"))),
                        DerivedFigure.of(
                            "no-value",
                            s("5.1", Unit.percent()),
                            Derivation.restatement(FigureRef.target("unstated"))))
                    .build())
            .build();
    assertThat(audit(r, "fact").verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(audit(r, "past-the-facts").verdict()).isEqualTo(Verdict.NOT_AUDITABLE);
    assertThat(audit(r, "target").verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(audit(r, "no-value").verdict()).isEqualTo(Verdict.NOT_AUDITABLE);
  }

  @Test
  void claimedAgainstTheBaseline_butPrintedAgainstTheSameMonthAYearEarlier_foundBySearch() {
    // Against the baseline: (909 − 950) / 950 × 100 = −4.31…; against May: +3.29…; against
    // June 2019: (909 − 1000) / 1000 × 100 = −9.1, the printed figure.
    AuditFinding f =
        one(
            "-9.1",
            Unit.percent(),
            Derivation.relativeChange(
                FigureRef.baseline("traffic"), FigureRef.checkIn("traffic", JUNE)));
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.matched().orElseThrow().basis())
        .isEqualTo(
            "relative change of check-in 2019-06 of traffic and check-in 2020-06 of traffic");
    assertThat(f.computed()).contains(Rational.of(-91, 10));
  }

  @Test
  void claimedAgainstMay_butPrintedAgainstTheBaseline_foundBySearch() {
    // Against the baseline: (909 − 950) / 950 × 100 = −4100/950 = −4.315…, printed −4.3.
    AuditFinding f =
        one(
            "-4.3",
            Unit.percent(),
            Derivation.relativeChange(
                FigureRef.checkIn("traffic", MAY), FigureRef.checkIn("traffic", JUNE)));
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.matched().orElseThrow().basis())
        .isEqualTo("relative change of baseline of traffic and check-in 2020-06 of traffic");
    assertThat(f.computed()).contains(Rational.of(-4100, 950));
  }

  /**
   * The audit of a relative change, printed as {@code printed}, from the baseline of a
   * one-key-result report to its one check-in.
   */
  private static AuditFinding changeFromBaseline(
      Quantity baseline, Period period, Quantity value, String printed) {
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("count")
            .metric(Metric.of("count", VIEWS, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(baseline))
            .target(Target.toBeDetermined())
            .addCheckIns(CheckIn.of(period, value))
            .build();
    Report r =
        Report.builder()
            .title("one key result")
            .calendar(FY)
            .period(period)
            .addObjectives(
                Objective.builder()
                    .id("o")
                    .title("o")
                    .addKeyResults(k)
                    .addDerivedFigures(
                        DerivedFigure.of(
                            "d",
                            s(printed, Unit.percent()),
                            Derivation.relativeChange(
                                FigureRef.baseline("k"), FigureRef.checkIn("k", period))))
                    .build())
            .build();
    return audit(r, "d");
  }

  @Test
  void checkInOfYearOne_hasNoYearEarlierReference_andTheSearchStillRuns() {
    // A year earlier than year 1 is not a period; the search skips that reference. (12 − 10) /
    // 10 × 100 = 20, as printed.
    Period june1 = Period.of(YearMonth.of(1, Month.JUNE));
    AuditFinding f = changeFromBaseline(q("10", VIEWS), june1, Quantity.exact(12, VIEWS), "20");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(20));
  }

  @Test
  void relativeChangeToZero_isMinusOneHundredPercent() {
    // (0 − 10) / 10 × 100 = −100: a change to zero is defined; only one from zero, or across it,
    // is not.
    AuditFinding f =
        changeFromBaseline(Quantity.exact(10, VIEWS), JUNE, Quantity.exact(0, VIEWS), "-100");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(-100));
  }
}
