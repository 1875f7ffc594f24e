package org.okr4j.core.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.calc.ExpectedProgress;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.formula.Arithmetic;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.time.Period;

/** Computes {@link Projection}s: the weights of each method, then the value and its interval. */
final class Projector {
  private static final Comparator<CheckIn> BY_DATE = Comparator.comparing(CheckIn::date);

  private Projector() {}

  static Outcome<Projection> project(
      KeyResult keyResult,
      Period goalPeriod,
      LocalDate asOf,
      ProjectionMethod method,
      PaceCurve pace) {
    List<CheckIn> measured = new ArrayList<>();
    for (CheckIn c : keyResult.checkIns()) {
      if (c.value().isPresent() && !c.date().isAfter(asOf)) {
        measured.add(c);
      }
    }
    measured.sort(BY_DATE);
    Rational t = Rational.of(goalPeriod.lengthInDays());
    String subject = "projection by " + method.description() + " of " + keyResult.id();
    return switch (method) {
      case LEAST_SQUARES -> line(keyResult, goalPeriod, asOf, method, measured, t, subject);
      case LAST_TWO_POINTS ->
          line(
              keyResult,
              goalPeriod,
              asOf,
              method,
              measured.subList(Math.max(0, measured.size() - 2), measured.size()),
              t,
              subject);
      case EXPECTED_PACE -> pace(keyResult, goalPeriod, asOf, measured, pace, subject);
    };
  }

  private static Outcome<Projection> line(
      KeyResult keyResult,
      Period goalPeriod,
      LocalDate asOf,
      ProjectionMethod method,
      List<CheckIn> points,
      Rational t,
      String subject) {
    String formula =
        method == ProjectionMethod.LEAST_SQUARES
            ? "ȳ + Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² × (T − x̄), x in days since " + goalPeriod.start()
            : "y₂ + (y₂ − y₁) / (x₂ − x₁) × (T − x₂), x in days since " + goalPeriod.start();
    List<Rational> xs = new ArrayList<>(points.size());
    for (CheckIn c : points) {
      xs.add(daysSinceStart(goalPeriod, c.date()));
    }
    Optional<List<Rational>> weights =
        points.isEmpty() ? Optional.empty() : LinearCombination.leastSquares(xs, t);
    if (weights.isEmpty()) {
      return tooFewPoints(subject, formula, points, asOf);
    }
    List<Quantity> inputs = new ArrayList<>(points.size());
    StringBuilder substituted = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      Quantity y = points.get(i).value().orElseThrow();
      inputs.add(y);
      substituted.append(i == 0 ? "" : ", ").append('(').append(Figures.exact(xs.get(i)));
      substituted.append(", ").append(y.value().toPlainString()).append(')');
    }
    substituted.append(" at T = ").append(Figures.exact(t));
    return build(
        keyResult,
        goalPeriod,
        asOf,
        method,
        points,
        inputs,
        weights.orElseThrow(),
        subject,
        formula,
        substituted.toString(),
        List.of());
  }

  private static Outcome<Projection> pace(
      KeyResult keyResult,
      Period goalPeriod,
      LocalDate asOf,
      List<CheckIn> measured,
      PaceCurve pace,
      String subject) {
    String formula =
        "baseline + (current − baseline) / expected, expected by the "
            + pace.name()
            + " pace at the check-in's date";
    if (measured.isEmpty()) {
      return tooFewPoints(subject, formula, measured, asOf);
    }
    if (keyResult.baseline().isEmpty()) {
      return Outcome.undefined(
          UndefinedReason.NO_BASELINE,
          Explanation.of(
              subject,
              formula,
              "key result " + keyResult.id() + " has no baseline",
              undefined(UndefinedReason.NO_BASELINE)));
    }
    CheckIn latest = measured.get(measured.size() - 1);
    Outcome<Rational> expected = ExpectedProgress.at(goalPeriod, latest.date(), pace);
    Rational e = expected.value();
    if (e.isZero()) {
      return Outcome.undefined(
          UndefinedReason.NOTHING_EXPECTED_YET,
          Explanation.of(
                  subject,
                  formula,
                  "expected progress 0 on " + latest.date(),
                  undefined(UndefinedReason.NOTHING_EXPECTED_YET))
              .withSteps(List.of(expected.explanation())));
    }
    Quantity baseline = keyResult.baseline().orElseThrow().value();
    Quantity current = latest.value().orElseThrow();
    Rational inverse = Rational.ONE.dividedBy(e);
    String substituted =
        baseline.value().toPlainString()
            + " + ("
            + current.value().toPlainString()
            + " − "
            + baseline.value().toPlainString()
            + ") / "
            + Figures.exact(e);
    return build(
        keyResult,
        goalPeriod,
        asOf,
        ProjectionMethod.EXPECTED_PACE,
        List.of(latest),
        List.of(baseline, current),
        List.of(Rational.ONE.minus(inverse), inverse),
        subject,
        formula,
        substituted,
        List.of(expected.explanation()));
  }

  private static Outcome<Projection> build(
      KeyResult keyResult,
      Period goalPeriod,
      LocalDate asOf,
      ProjectionMethod method,
      List<CheckIn> used,
      List<Quantity> inputs,
      List<Rational> weights,
      String subject,
      String formula,
      String substituted,
      List<Explanation> steps) {
    List<Rational> exact = new ArrayList<>(inputs.size());
    List<Interval> ranges = new ArrayList<>(inputs.size());
    for (Quantity q : inputs) {
      exact.add(q.toRational());
      ranges.add(q.interval());
    }
    Rational value = LinearCombination.evaluate(Arithmetic.EXACT, weights, exact);
    Interval interval = LinearCombination.evaluate(Arithmetic.INTERVALS, weights, ranges);
    TargetReach reach = TargetReach.of(keyResult, value, interval);
    Projection projection =
        new Projection(
            method, goalPeriod, asOf, value, interval, inputs.get(0).unit(), used, reach);
    return Outcome.defined(
        projection,
        () -> {
          List<Explanation> all = new ArrayList<>(steps);
          all.add(reach.progress.explanation());
          return Explanation.of(subject, formula, substituted, result(value, interval))
              .withSteps(all);
        });
  }

  private static String result(Rational value, Interval interval) {
    return Figures.decimal(value, Rounding.DISPLAY)
        + " (between "
        + Figures.decimal(interval.lower(), Rounding.DISPLAY)
        + " and "
        + Figures.decimal(interval.upper(), Rounding.DISPLAY)
        + ")";
  }

  private static Outcome<Projection> tooFewPoints(
      String subject, String formula, List<CheckIn> points, LocalDate asOf) {
    return Outcome.undefined(
        UndefinedReason.TOO_FEW_POINTS,
        Explanation.of(
            subject,
            formula,
            points.size()
                + " measured check-in(s) dated by "
                + asOf
                + ", on too few distinct dates",
            undefined(UndefinedReason.TOO_FEW_POINTS)));
  }

  private static String undefined(UndefinedReason reason) {
    return "undefined (" + reason.description() + ")";
  }

  static Rational daysSinceStart(Period goalPeriod, LocalDate date) {
    return Rational.of(ChronoUnit.DAYS.between(goalPeriod.start(), date));
  }
}
