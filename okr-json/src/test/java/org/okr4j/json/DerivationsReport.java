package org.okr4j.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Derivation;
import org.okr4j.core.model.DerivedFigure;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.FigureRef;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * A monthly metrics report holding every derivation kind and every kind of figure reference: the
 * model of the golden document {@code golden/derivations.json}.
 */
final class DerivationsReport {
  static final FiscalCalendar FY = FiscalCalendar.startingIn(Month.JULY);
  static final Period MAY = Period.of(YearMonth.of(2020, Month.MAY));
  static final Period JUNE = Period.of(YearMonth.of(2020, Month.JUNE));
  static final Period YTD = FY.yearToDate(2020, LocalDate.of(2020, 7, 1));

  private DerivationsReport() {}

  private static Quantity q(String v, Unit u) {
    return Quantity.of(new BigDecimal(v), u);
  }

  private static DerivedFigure d(String id, String text, Quantity value, Derivation derivation) {
    return DerivedFigure.of(id, StatedFigure.of(text, value), derivation);
  }

  static Report build() {
    Unit views = Unit.count("views");
    Unit money = Unit.of("$MM");
    Unit pct = Unit.percent();
    Unit score = Unit.scoreOutOf(5);
    FigureRef juneViews = FigureRef.checkIn("traffic", JUNE);
    KeyResult traffic =
        KeyResult.builder()
            .id("traffic")
            .statement("Page views (millions)")
            .metric(Metric.of("page views", views, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("950", views)))
            .target(Target.reach(q("1000", views)))
            .addCheckIns(
                CheckIn.of(JUNE.minusYears(1), q("1000", views)),
                CheckIn.of(MAY, q("880", views)),
                CheckIn.of(JUNE, q("909", views)))
            .build();
    KeyResult expenses =
        KeyResult.builder()
            .id("expenses")
            .statement("Expenses against plan")
            .metric(Metric.of("expenses", money, Direction.LOWER_IS_BETTER))
            .target(Target.reach(q("1.64", money)))
            .addCheckIns(CheckIn.of(JUNE, q("1.28", money)), CheckIn.of(YTD, q("43.80", money)))
            .build();
    KeyResult satisfaction =
        KeyResult.builder()
            .id("satisfaction")
            .statement("Developer satisfaction")
            .metric(Metric.of("satisfaction", score, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("3.8", score)))
            .target(Target.toBeDetermined())
            .addCheckIns(CheckIn.of(JUNE, q("3.4", score)))
            .build();
    KeyResult coverage =
        KeyResult.builder()
            .id("coverage")
            .statement("Test coverage")
            .metric(Metric.of("coverage", pct, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("40", pct)))
            .target(Target.toBeDetermined())
            .addCheckIns(CheckIn.of(JUNE, q("50", pct)))
            .build();
    Fact mobile =
        Fact.builder()
            .statement("Mobile share of page views")
            .value(q("60", pct))
            .share(Share.of(q("545", views), q("909", views)))
            .build();
    List<DerivedFigure> figures =
        List.of(
            d(
                "expenses-share",
                "78%",
                q("78", pct),
                Derivation.share(
                    FigureRef.checkIn("expenses", JUNE), FigureRef.target("expenses"))),
            d(
                "views-vs-target",
                "0.91x",
                q("0.91", Unit.ratio()),
                Derivation.ratio(juneViews, FigureRef.target("traffic"))),
            d(
                "views-up",
                "+29M",
                q("29", views),
                Derivation.difference(FigureRef.checkIn("traffic", MAY), juneViews)),
            d(
                "views-yoy",
                "-9.1%",
                q("-9.1", pct),
                Derivation.relativeChange(
                    FigureRef.checkIn("traffic", JUNE.minusYears(1)), juneViews)),
            d(
                "coverage-vs-mobile",
                "-10 pp",
                q("-10", pct),
                Derivation.percentagePointChange(
                    FigureRef.fact("metrics", 0), FigureRef.checkIn("coverage", JUNE))),
            d(
                "satisfaction-points",
                "-8 points",
                q("-8", pct),
                Derivation.scalePointChange(
                    FigureRef.baseline("satisfaction"), FigureRef.checkIn("satisfaction", JUNE))),
            d(
                "satisfaction-percent",
                "76%",
                q("76", pct),
                Derivation.percentOfScale(FigureRef.baseline("satisfaction"))),
            d(
                "views-goal",
                "998 views",
                q("998", views),
                Derivation.appliedChange(
                    FigureRef.baseline("traffic"), ChangeMeasure.RELATIVE, new BigDecimal("5"))),
            d(
                "expenses-under-plan",
                "22% under plan",
                q("-22", pct),
                Derivation.relativeChange(
                    FigureRef.target("expenses"), FigureRef.checkIn("expenses", JUNE))),
            d(
                "expenses-saved",
                "$0.36MM saved",
                q("0.36", money),
                Derivation.difference(
                        FigureRef.target("expenses"), FigureRef.checkIn("expenses", JUNE))
                    .inSense(ChangeSense.IMPROVEMENT)),
            d(
                "total",
                "$46.72MM",
                q("46.72", money),
                Derivation.sum(
                    List.of(
                        FigureRef.checkIn("expenses", JUNE),
                        FigureRef.target("expenses"),
                        FigureRef.checkIn("expenses", YTD)))),
            d(
                "mean-views",
                "929.7",
                q("929.7", views),
                Derivation.mean(
                    List.of(
                        FigureRef.checkIn("traffic", JUNE.minusYears(1)),
                        FigureRef.checkIn("traffic", MAY),
                        juneViews))),
            d(
                "views-of-target",
                "91%",
                q("91", pct),
                Derivation.percentOfTarget(juneViews, FigureRef.target("traffic"))),
            d(
                "total-rounded",
                "$46.7MM",
                q("46.7", money),
                Derivation.restatement(FigureRef.derived("total"))));
    Objective metrics =
        Objective.builder()
            .id("metrics")
            .title("Monthly metrics, June 2020")
            .addFacts(mobile)
            .addKeyResults(traffic, expenses, satisfaction, coverage)
            .addAllDerivedFigures(figures)
            .build();
    return Report.builder()
        .title("Monthly metrics")
        .calendar(FY)
        .period(FY.fiscalYear(2020))
        .addObjectives(metrics)
        .build();
  }
}
