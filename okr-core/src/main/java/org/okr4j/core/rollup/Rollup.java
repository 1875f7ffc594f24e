package org.okr4j.core.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.internal.Memo;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;

/**
 * Rollups of progress and of figures.
 *
 * <p><b>Objective progress</b> is the weighted mean of the clamped progress of its key results and
 * child objectives (each child rolled up the same way): {@code Σ wᵢ·pᵢ / Σ wᵢ}. Weights are the key
 * results' and objectives' {@code weight()} — 1 unless set, so equal by default — and a weight of 0
 * excludes. A key result whose progress is undefined (target not set, no value, ...) is excluded
 * and reported with its reason among the {@linkplain ObjectiveProgress#contributions()
 * contributions}. When nothing is left the rollup is undefined ({@link
 * UndefinedReason#NOTHING_TO_COMBINE}). Clamping keeps one over-achieved key result from hiding
 * another that has not moved.
 *
 * <p><b>Sums</b> add figures of one unit only; mismatched units throw {@link
 * org.okr4j.core.quantity.UnitMismatchException}.
 */
public final class Rollup {
  private Rollup() {}

  /**
   * An objective's progress at each key result's latest check-in.
   *
   * @param objective the objective
   * @return the progress and contributions, or undefined when nothing could be included
   */
  public static Outcome<ObjectiveProgress> progress(Objective objective) {
    Checks.notNull(objective, "objective");
    return progress(objective, KeyResult::latestCheckIn);
  }

  /**
   * An objective's progress at the check-ins a function chooses, for example those of a period:
   * {@code k -> k.latestCheckInUpTo(q3)}.
   *
   * @param objective the objective
   * @param checkInOf chooses the check-in of each key result
   * @return the progress and contributions, or undefined when nothing could be included
   */
  public static Outcome<ObjectiveProgress> progress(
      Objective objective, Function<KeyResult, Optional<CheckIn>> checkInOf) {
    Checks.notNull(objective, "objective");
    Checks.notNull(checkInOf, "check-in chooser");
    List<Contribution> contributions = new ArrayList<>();
    for (KeyResult k : objective.keyResults()) {
      Optional<CheckIn> checkIn = Checks.notNull(checkInOf.apply(k), "chosen check-in");
      Outcome<Rational> p =
          checkIn.isPresent()
              ? TargetProgress.of(k, checkIn.orElseThrow()).map(Progress::clamped)
              : Outcome.undefined(
                  UndefinedReason.NO_CHECK_IN,
                  Explanation.of(
                      "progress of " + k.id(),
                      "clamped progress at the chosen check-in",
                      "no check-in chosen for key result " + k.id(),
                      "undefined (" + UndefinedReason.NO_CHECK_IN.description() + ")"));
      contributions.add(Contribution.of(Contribution.Kind.KEY_RESULT, k.id(), k.weight(), p));
    }
    for (Objective child : objective.children()) {
      Outcome<Rational> p = progress(child, checkInOf).map(ObjectiveProgress::progress);
      contributions.add(
          Contribution.of(Contribution.Kind.OBJECTIVE, child.id(), child.weight(), p));
    }
    Rational weighted = Rational.ZERO;
    // Σ weight: the default weights of one are counted, the others added exactly.
    long unitWeights = 0;
    Rational otherWeights = Rational.ZERO;
    for (Contribution c : contributions) {
      if (c.isIncluded()) {
        Rational p = c.progress().value();
        if (c.weight().compareTo(BigDecimal.ONE) == 0) {
          weighted = weighted.plus(p);
          unitWeights++;
        } else {
          Rational w = Rational.of(c.weight());
          weighted = weighted.plus(w.multipliedBy(p));
          otherWeights = otherWeights.plus(w);
        }
      }
    }
    Rational weights = otherWeights.plus(Rational.of(unitWeights));
    String formula = "Σ weight × clamped progress / Σ weight";
    if (weights.isZero()) {
      return Outcome.undefined(
          UndefinedReason.NOTHING_TO_COMBINE,
          Explanation.of(
              "progress of " + objective.id(),
              formula,
              "no key result or child objective with a defined progress and a positive weight",
              "undefined (" + UndefinedReason.NOTHING_TO_COMBINE.description() + ")"));
    }
    Rational mean = weighted.dividedBy(weights);
    Rational totalWeight = weights;
    ObjectiveProgress result = ObjectiveProgress.of(mean, contributions);
    return Outcome.defined(
        result,
        new Memo<Explanation>() {
          @Override
          protected Explanation build() {
            return Explanation.of(
                "progress of " + objective.id(),
                formula,
                "("
                    + String.join(" + ", terms(result.contributions()))
                    + ") / "
                    + Figures.exact(totalWeight),
                Figures.fractionAsPercent(mean, Rounding.DISPLAY));
          }
        });
  }

  /** The terms of the weighted mean, as the explanation shows them: {@code "1 × 41.49%"}. */
  private static List<String> terms(List<Contribution> contributions) {
    List<String> terms = new ArrayList<>();
    for (Contribution c : contributions) {
      if (c.isIncluded()) {
        terms.add(
            c.weight().toPlainString()
                + " × "
                + Figures.fractionAsPercent(c.progress().value(), Rounding.DISPLAY));
      }
    }
    return terms;
  }

  /**
   * The sum of figures of one unit. The sum is exact when every figure is; otherwise its precision
   * is the sum of the figures' steps, so that it stands for every sum the rounded figures allow.
   *
   * @param figures at least one figure, all of one unit
   * @return the sum
   * @throws org.okr4j.core.quantity.UnitMismatchException if the units differ
   * @throws IllegalArgumentException if {@code figures} is empty or the sum exceeds {@link
   *     org.okr4j.core.quantity.DecimalLimits}
   */
  public static Quantity sum(List<Quantity> figures) {
    Checks.noNullElements(figures, "figures");
    Checks.argument(!figures.isEmpty(), "a sum needs at least one figure");
    Quantity first = figures.get(0);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal steps = BigDecimal.ZERO;
    boolean exact = true;
    for (Quantity q : figures) {
      first.requireSameUnit(q);
      total = total.add(q.value());
      Optional<BigDecimal> step = q.precision().step();
      if (step.isPresent()) {
        exact = false;
        steps = steps.add(step.orElseThrow());
      }
    }
    return Quantity.ofComputed(
        total, first.unit(), exact ? Precision.exact() : Precision.toNearest(steps));
  }
}
