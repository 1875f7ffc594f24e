package org.okr4j.core.audit;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * Reports holding one derived figure over figures of key results {@code a}, {@code b}, {@code c}, …
 * (the June 2020 check-in of each), for the derivation tests.
 */
final class DerivationFixtures {
  static final Period JUNE = Period.of(YearMonth.of(2020, Month.JUNE));

  private DerivationFixtures() {}

  static FigureRef in(int i) {
    return FigureRef.checkIn(String.valueOf((char) ('a' + i)), JUNE);
  }

  static List<FigureRef> ins(int n) {
    List<FigureRef> refs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      refs.add(in(i));
    }
    return refs;
  }

  static Quantity exact(String value, Unit unit) {
    return Quantity.exact(new BigDecimal(value), unit);
  }

  static Quantity step(String value, String step, Unit unit) {
    return Quantity.of(new BigDecimal(value), unit, Precision.toNearest(new BigDecimal(step)));
  }

  static Quantity printed(String value, Unit unit) {
    return Quantity.of(new BigDecimal(value), unit);
  }

  static Report report(List<Quantity> inputs, DerivedFigure figure) {
    Objective.Builder o = Objective.builder().id("o").title("o");
    for (int i = 0; i < inputs.size(); i++) {
      Quantity q = inputs.get(i);
      o.addKeyResults(
          KeyResult.builder()
              .id(String.valueOf((char) ('a' + i)))
              .statement("input " + i)
              .metric(Metric.of("m" + i, q.unit(), Direction.HIGHER_IS_BETTER))
              .target(Target.toBeDetermined())
              .addCheckIns(CheckIn.of(JUNE, q))
              .build());
    }
    o.addDerivedFigures(figure);
    FiscalCalendar calendar = FiscalCalendar.startingIn(Month.JULY);
    return Report.builder()
        .title("derived")
        .calendar(calendar)
        .period(calendar.fiscalYear(2020))
        .addObjectives(o.build())
        .build();
  }

  static AuditFinding audit(
      List<Quantity> inputs, Derivation derivation, Quantity printed, AuditPolicy policy) {
    DerivedFigure d =
        DerivedFigure.of(
            "d", StatedFigure.of(printed.value().toPlainString(), printed), derivation);
    List<AuditFinding> all = FigureAudit.audit(report(inputs, d), policy);
    return all.get(all.size() - 1);
  }
}
