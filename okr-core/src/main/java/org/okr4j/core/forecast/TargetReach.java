package org.okr4j.core.forecast;

import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.calc.TargetValue;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

/**
 * What a projected value means for a key result's target: the projected progress, its range over
 * the projection's interval, and the verdict.
 *
 * <p>The values that reach a target form a convex set (a half-line for a value, change, milestone
 * or zoned target and for a threshold; an interval for a band), so the whole projection interval
 * reaches the target exactly when both its ends do, and none of it does exactly when it misses the
 * set.
 */
final class TargetReach {
  private static final String SUBJECT = "projected progress";

  final Outcome<Progress> progress;
  final @Nullable Interval progressRange;
  final Projection.Verdict verdict;
  final @Nullable Rational targetValue;

  private TargetReach(
      Outcome<Progress> progress,
      @Nullable Interval progressRange,
      Projection.Verdict verdict,
      @Nullable Rational targetValue) {
    this.progress = progress;
    this.progressRange = progressRange;
    this.verdict = verdict;
    this.targetValue = targetValue;
  }

  static TargetReach of(KeyResult keyResult, Rational value, Interval interval) {
    Target target = keyResult.target();
    if (target instanceof ThresholdTarget t) {
      Rational threshold = t.threshold().toRational();
      Predicate<Rational> met =
          y -> {
            int c = y.compareTo(threshold);
            return c == 0
                ? t.boundary() == Boundary.INCLUSIVE
                : (t.side() == ThresholdTarget.Side.ABOVE ? c > 0 : c < 0);
          };
      boolean anyMet = met.test(interval.lower()) || met.test(interval.upper());
      return metOrNot(value, interval, met, anyMet, Figures.quantity(t.threshold()));
    }
    if (target instanceof BandTarget b) {
      Rational lower = b.lower().toRational();
      Rational upper = b.upper().toRational();
      Predicate<Rational> met =
          y -> {
            int lo = y.compareTo(lower);
            int hi = y.compareTo(upper);
            return (lo > 0 || (lo == 0 && b.lowerBoundary() == Boundary.INCLUSIVE))
                && (hi < 0 || (hi == 0 && b.upperBoundary() == Boundary.INCLUSIVE));
          };
      boolean covers =
          interval.lower().compareTo(lower) <= 0 && interval.upper().compareTo(upper) >= 0;
      boolean anyMet = covers || met.test(interval.lower()) || met.test(interval.upper());
      return metOrNot(
          value,
          interval,
          met,
          anyMet,
          "the band " + Figures.quantity(b.lower()) + " to " + Figures.quantity(b.upper()));
    }
    Outcome<Rational> goal = TargetValue.of(keyResult);
    if (!goal.isDefined()) {
      return new TargetReach(
          Outcome.undefined(goal.undefinedReason().orElseThrow(), goal.explanation()),
          null,
          Projection.Verdict.NOT_JUDGED,
          null);
    }
    Rational t = goal.value();
    Optional<Rational> baseline = keyResult.baseline().map(b -> b.value().toRational());
    if (baseline.isEmpty() && target.kind() == Target.Kind.MILESTONE) {
      baseline = Optional.of(Rational.ZERO);
    }
    Outcome<Progress> progress;
    Interval range = null;
    int sign = 0;
    if (baseline.isPresent()) {
      Rational b = baseline.orElseThrow();
      progress = TargetProgress.between(b, t, value);
      if (progress.isDefined()) {
        Rational atLower = TargetProgress.between(b, t, interval.lower()).value().raw();
        Rational atUpper = TargetProgress.between(b, t, interval.upper()).value().raw();
        range = Interval.between(atLower.min(atUpper), atLower.max(atUpper));
        sign = t.minus(b).signum();
      }
    } else {
      progress =
          Outcome.undefined(
              UndefinedReason.NO_BASELINE,
              Explanation.of(
                  SUBJECT,
                  "(projected − baseline) / (target − baseline)",
                  "key result " + keyResult.id() + " has no baseline",
                  "undefined (" + UndefinedReason.NO_BASELINE.description() + ")"));
    }
    if (sign == 0) {
      sign = keyResult.metric().map(Metric::direction).map(d -> d.improvementSign()).orElse(0);
    }
    if (sign == 0) {
      return new TargetReach(progress, range, Projection.Verdict.NOT_JUDGED, t);
    }
    int s = sign;
    Predicate<Rational> met = y -> y.minus(t).signum() * s >= 0;
    boolean allMet = met.test(interval.lower()) && met.test(interval.upper());
    boolean anyMet = met.test(interval.lower()) || met.test(interval.upper());
    return new TargetReach(progress, range, verdict(allMet, anyMet), t);
  }

  private static TargetReach metOrNot(
      Rational value, Interval interval, Predicate<Rational> met, boolean anyMet, String goal) {
    boolean allMet = met.test(interval.lower()) && met.test(interval.upper());
    boolean valueMet = met.test(value);
    Progress p = Progress.metOrNot(valueMet);
    Outcome<Progress> progress =
        Outcome.defined(
            p,
            () ->
                Explanation.of(
                    SUBJECT,
                    "1 when the projected value meets the target, else 0",
                    Figures.decimal(value, Rounding.DISPLAY)
                        + (valueMet ? " meets " : " does not meet ")
                        + goal,
                    Figures.fractionAsPercent(p.raw(), Rounding.DISPLAY)));
    Interval range =
        Interval.between(
            allMet ? Rational.ONE : Rational.ZERO, anyMet ? Rational.ONE : Rational.ZERO);
    return new TargetReach(progress, range, verdict(allMet, anyMet), null);
  }

  private static Projection.Verdict verdict(boolean allMet, boolean anyMet) {
    if (allMet) {
      return Projection.Verdict.ON_COURSE;
    }
    return anyMet ? Projection.Verdict.CANNOT_TELL : Projection.Verdict.OFF_COURSE;
  }
}
