package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Derivation;
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
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * The alternatives {@link AuditPolicy#search()} tries after the claimed reading, as its class
 * javadoc orders them (other references, then other measures, then the other sense), each on a
 * figure that only that alternative explains; and {@link AuditPolicy#strict()} trying none.
 */
class AuditSearchOrderTest {
  private static final FiscalCalendar FY = FiscalCalendar.startingIn(Month.JULY);
  private static final Period MAY = Period.of(YearMonth.of(2020, Month.MAY));
  private static final Period JUNE = Period.of(YearMonth.of(2020, Month.JUNE));
  private static final Unit VIEWS = Unit.count("views");
  private static final Unit MONEY = Unit.of("$MM");

  private static Quantity q(String v, Unit u) {
    return Quantity.of(new BigDecimal(v), u);
  }

  private static StatedFigure s(String v, Unit u) {
    return StatedFigure.of(v, q(v, u));
  }

  /** Adoption 4.76% → 11.9%: +7.14 percentage points, but +150% relative. */
  private static KeyResult.Builder adoption() {
    return KeyResult.builder()
        .id("adoption")
        .statement("adoption")
        .metric(Metric.of("adoption", Unit.percent(), Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(q("4.76", Unit.percent())))
        .addCheckIns(CheckIn.of(JUNE, q("11.9", Unit.percent())));
  }

  private static Report report(KeyResult adoption, DerivedFigure... figures) {
    KeyResult traffic =
        KeyResult.builder()
            .id("traffic")
            .statement("page views")
            .metric(Metric.of("views", VIEWS, Direction.HIGHER_IS_BETTER))
            .target(Target.toBeDetermined())
            .addCheckIns(
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
    return Report.builder()
        .title("monthly metrics")
        .calendar(FY)
        .period(FY.fiscalYear(2020))
        .addObjectives(
            Objective.builder()
                .id("o")
                .title("metrics")
                .addKeyResults(traffic, expenses, adoption)
                .addDerivedFigures(figures)
                .build())
        .build();
  }

  private static Report report(DerivedFigure d) {
    return report(adoption().target(Target.toBeDetermined()).build(), d);
  }

  private static AuditFinding find(Report r, AuditPolicy policy, String location) {
    return FigureAudit.audit(r, policy).stream()
        .filter(f -> f.location().equals(location))
        .findFirst()
        .orElseThrow();
  }

  private static AuditFinding derived(Report r, AuditPolicy policy) {
    return find(r, policy, "derived figure d");
  }

  @Test
  void relativeChangeClaimed_printedAsPercentagePoints_isFoundAsAnotherMeasure() {
    // relative: (11.9 − 4.76) / 4.76 × 100 = 150; percentage points: 11.9 − 4.76 = 7.14
    Report r =
        report(
            DerivedFigure.of(
                "d",
                s("7.14", Unit.percent()),
                Derivation.relativeChange(
                    FigureRef.baseline("adoption"), FigureRef.checkIn("adoption", JUNE))));
    AuditFinding f = derived(r, AuditPolicy.search());
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.matched().orElseThrow().basis())
        .isEqualTo(
            "percentage-point change of baseline of adoption and check-in 2020-06 of adoption");
    assertThat(f.matched().orElseThrow().isClaimedBasis()).isFalse();
    assertThat(f.claimed().isClaimedBasis()).isTrue();
    AuditFinding strict = derived(r, AuditPolicy.strict());
    assertThat(strict.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(strict).isNotEqualTo(f);
    assertThat(derived(r, AuditPolicy.search())).isEqualTo(f);
  }

  @Test
  void changeClaimed_ofALowerIsBetterMetric_printedAsTheImprovement_isFoundAsTheOtherSense() {
    // change: (1.28 − 1.64) / 1.64 × 100 = −21.95…; improvement: +21.95…, printed 22
    Report r =
        report(
            DerivedFigure.of(
                "d",
                s("22", Unit.percent()),
                Derivation.relativeChange(
                    FigureRef.target("expenses"), FigureRef.checkIn("expenses", JUNE))));
    AuditFinding f = derived(r, AuditPolicy.search());
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.matched().orElseThrow().basis())
        .isEqualTo("relative improvement of target of expenses and check-in 2020-06 of expenses");
    assertThat(derived(r, AuditPolicy.strict()).verdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void shareClaimed_isNotReadAsAChange() {
    // the share 880 / 909 × 100 = 96.8…; 3.3 would be the relative change from May to June,
    // but a share is not a change, so no change reading explains it
    Report r =
        report(
            DerivedFigure.of(
                "d",
                s("3.3", Unit.percent()),
                Derivation.share(
                    FigureRef.checkIn("traffic", MAY), FigureRef.checkIn("traffic", JUNE))));
    AuditFinding f = derived(r, AuditPolicy.search());
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.alsoConsistentUnder()).isEmpty();
  }

  @Test
  void appliedChangeClaimedRelative_printedAsPercentagePointsApplied_isFoundAsAnotherMeasure() {
    // relative: 4.76 × (1 + 7.14 / 100) = 5.099…; percentage points: 4.76 + 7.14 = 11.9
    Report r =
        report(
            DerivedFigure.of(
                "d",
                s("11.9", Unit.percent()),
                Derivation.appliedChange(
                    FigureRef.baseline("adoption"),
                    ChangeMeasure.RELATIVE,
                    new BigDecimal("7.14"))));
    AuditFinding f = derived(r, AuditPolicy.search());
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(derived(r, AuditPolicy.strict()).verdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void appliedChangeClaimed_matchingAsClaimed_isConsistent() {
    Report r =
        report(
            DerivedFigure.of(
                "d",
                s("5.1", Unit.percent()),
                Derivation.appliedChange(
                    FigureRef.baseline("adoption"),
                    ChangeMeasure.RELATIVE,
                    new BigDecimal("7.14"))));
    assertThat(derived(r, AuditPolicy.search()).verdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void changeTargetClaimedRelative_statedAsPercentagePointsApplied_isFoundAsAnotherMeasure() {
    KeyResult k =
        adoption()
            .target(
                Target.relativeChange(new BigDecimal("7.14"))
                    .withStatedValue(s("11.9", Unit.percent())))
            .build();
    Report r = report(k);
    AuditFinding f = find(r, AuditPolicy.search(), "target");
    assertThat(f.kind()).isEqualTo(FigureKind.TARGET_VALUE);
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(find(r, AuditPolicy.strict(), "target").verdict()).isEqualTo(Verdict.INCONSISTENT);
  }
}
