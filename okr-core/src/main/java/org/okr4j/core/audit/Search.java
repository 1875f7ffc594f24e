package org.okr4j.core.audit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.formula.Arithmetic;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;

/**
 * The search over a figure's readings, rounding modes and input precision that decides its verdict,
 * and the tolerance of its claimed reading.
 */
final class Search {
  private Search() {}

  /** A reading, a rounding mode and a pass that give the printed figure. */
  record Match(Reading reading, RoundingMode mode, boolean withinPrecision, Rational value) {
    Interpretation interpretation() {
      return Interpretation.of(reading.basis(), reading.claimed(), mode, withinPrecision);
    }
  }

  static AuditFinding run(AuditedFigure figure, AuditPolicy policy) {
    Quantity printed = figure.stated().value();
    Rational printedValue = printed.toRational();
    List<RoundingMode> modes =
        printed.isExact() ? List.of(RoundingMode.UNNECESSARY) : policy.roundingModes();
    Rational step = step(printed);
    List<Match> matches = new ArrayList<>();
    @Nullable Reading claimedReading = null;
    @Nullable Rational claimedNominal = null;
    @Nullable Interval claimedRange = null;
    boolean anyDefined = false;
    for (Reading r : figure.readings()) {
      Optional<Rational> nominal = r.formula().apply(Arithmetic.EXACT, nominals(r.inputs()));
      if (r.claimed()) {
        claimedReading = r;
        claimedNominal = nominal.orElse(null);
        claimedRange = r.formula().apply(Arithmetic.INTERVALS, intervals(r.inputs())).orElse(null);
      }
      if (nominal.isEmpty()) {
        continue;
      }
      anyDefined = true;
      for (RoundingMode mode : modes) {
        if (preimage(printedValue, step, mode).contains(nominal.orElseThrow())) {
          matches.add(new Match(r, mode, false, nominal.orElseThrow()));
          break;
        }
      }
    }
    if (policy.searchesWithinPrecision()) {
      for (Reading r : figure.readings()) {
        if (r.inputs().stream().allMatch(Quantity::isExact)) {
          continue;
        }
        Optional<Interval> range = r.formula().apply(Arithmetic.INTERVALS, intervals(r.inputs()));
        Optional<Rational> nominal = r.formula().apply(Arithmetic.EXACT, nominals(r.inputs()));
        if (range.isEmpty() || nominal.isEmpty()) {
          continue;
        }
        anyDefined = true;
        for (RoundingMode mode : modes) {
          if (preimage(printedValue, step, mode).intersects(range.orElseThrow())) {
            matches.add(new Match(r, mode, true, nominal.orElseThrow()));
            break;
          }
        }
      }
    }
    Tolerance tolerance = tolerance(claimedNominal, claimedRange, step, modes);
    Interpretation claimed =
        Interpretation.of(
            claimedReading != null ? claimedReading.basis() : figure.claimedBasis(),
            true,
            printed.isExact() ? RoundingMode.UNNECESSARY : modes.get(0),
            false);
    if (matches.isEmpty()) {
      Verdict verdict = anyDefined ? Verdict.INCONSISTENT : Verdict.NOT_AUDITABLE;
      Explanation explanation =
          AuditExplanations.inconsistent(
              figure, claimedReading, claimedNominal, claimedRange, anyDefined);
      return new AuditFinding(
          figure,
          verdict,
          claimed,
          null,
          claimedNominal,
          claimedRange,
          List.of(),
          tolerance,
          explanation);
    }
    Match best = matches.get(0);
    Verdict verdict = verdictOf(best);
    List<Interpretation> others = new ArrayList<>();
    for (Match m : matches.subList(1, matches.size())) {
      if (!m.reading().equals(best.reading()) || m.mode() != best.mode()) {
        others.add(m.interpretation());
      }
    }
    Explanation explanation =
        AuditExplanations.matched(
            figure, best, verdict, others, claimedReading, claimedNominal, claimedRange);
    return new AuditFinding(
        figure,
        verdict,
        claimed,
        best.interpretation(),
        best.value(),
        claimedRange,
        others,
        tolerance,
        explanation);
  }

  private static Verdict verdictOf(Match best) {
    if (!best.reading().claimed()) {
      return Verdict.CONSISTENT_UNDER_OTHER_BASIS;
    }
    if (best.withinPrecision()) {
      return Verdict.CONSISTENT_AT_PRECISION_EDGE;
    }
    return best.mode() == RoundingMode.HALF_UP || best.mode() == RoundingMode.UNNECESSARY
        ? Verdict.CONSISTENT
        : Verdict.CONSISTENT_UNDER_ROUNDING;
  }

  /** The step a figure is printed to; 1 for an exact figure (unused: exact figures must equal). */
  static Rational step(Quantity printed) {
    return printed.precision().step().map(Rational::of).orElse(Rational.ONE);
  }

  /**
   * The printed values a rounding mode gives from a value or a range: rounding is monotone, so the
   * values a range gives under the modes run from the lowest end rounded by any mode to the highest
   * end rounded by any mode.
   */
  static Tolerance tolerance(
      @Nullable Rational nominal,
      @Nullable Interval range,
      Rational step,
      List<RoundingMode> modes) {
    return Tolerance.of(
        Optional.ofNullable(nominal).map(x -> printedRange(Interval.of(x), step, modes)),
        Optional.ofNullable(range).map(r -> printedRange(r, step, modes)));
  }

  private static Interval printedRange(Interval values, Rational step, List<RoundingMode> modes) {
    if (modes.contains(RoundingMode.UNNECESSARY)) {
      return values;
    }
    @Nullable Rational lower = null;
    @Nullable Rational upper = null;
    for (RoundingMode mode : modes) {
      Rational lo = roundToStep(values.lower(), step, mode);
      Rational hi = roundToStep(values.upper(), step, mode);
      lower = lower == null ? lo : lower.min(lo);
      upper = upper == null ? hi : upper.max(hi);
    }
    return Interval.between(Objects.requireNonNull(lower), Objects.requireNonNull(upper));
  }

  /** A value rounded to a multiple of the step. */
  static Rational roundToStep(Rational value, Rational step, RoundingMode mode) {
    return Rational.of(value.dividedBy(step).toBigDecimal(0, mode)).multipliedBy(step);
  }

  private static Preimage preimage(Rational printed, Rational step, RoundingMode mode) {
    return mode == RoundingMode.UNNECESSARY
        ? Preimage.exactly(printed)
        : Preimage.of(printed, step, mode);
  }

  private static List<Rational> nominals(List<Quantity> inputs) {
    List<Rational> values = new ArrayList<>(inputs.size());
    for (Quantity q : inputs) {
      values.add(q.toRational());
    }
    return values;
  }

  private static List<Interval> intervals(List<Quantity> inputs) {
    List<Interval> values = new ArrayList<>(inputs.size());
    for (Quantity q : inputs) {
      values.add(q.interval());
    }
    return values;
  }
}
