package org.okr4j.core.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;

/**
 * An objective's derived status: its key results judged by a {@link StatusRule}, its child
 * objectives by the same policy recursively, combined by an {@link ObjectiveStatusPolicy}.
 *
 * <p>The objective's own stated status is not consulted: it is what the derived status is compared
 * with.
 */
public final class ObjectiveStatus {
  private static final Rational ONE_HALF = Rational.of(1, 2);
  private static final Rational THREE_HALVES = Rational.of(3, 2);

  /** The ranks of red, yellow and green as fractions, indexed by rank. */
  private static final Rational[] RANKS = {Rational.ZERO, Rational.ONE, Rational.of(2)};

  private ObjectiveStatus() {}

  /**
   * Derives an objective's status.
   *
   * @param objective the objective
   * @param rule how each key result is judged
   * @param context when and against what
   * @param policy how the statuses combine
   * @return the status; {@code UNKNOWN} when no key result or child objective has a colour
   */
  public static Status of(
      Objective objective, StatusRule rule, StatusContext context, ObjectiveStatusPolicy policy) {
    Checks.notNull(objective, "objective");
    Checks.notNull(rule, "rule");
    Checks.notNull(context, "status context");
    Checks.notNull(policy, "policy");
    List<Rated> rated = new ArrayList<>();
    for (KeyResult k : objective.keyResults()) {
      rated.add(new Rated(k.id(), rule.evaluate(k, context).color(), k.weight()));
    }
    for (Objective child : objective.children()) {
      rated.add(new Rated(child.id(), of(child, rule, context, policy).color(), child.weight()));
    }
    String name = policy.lowerCase() + " of " + rule.name();
    if (policy == ObjectiveStatusPolicy.WEAKEST) {
      // The weakest colour needs no scores.
      StatusColor worst = StatusColor.UNKNOWN;
      for (Rated r : rated) {
        if (r.color().isColor() && r.weight().signum() > 0) {
          worst = worst.worst(r.color());
        }
      }
      if (worst == StatusColor.UNKNOWN) {
        return noColour(name, rated);
      }
      return new Status.Built(worst) {
        @Override
        public String rule() {
          return name;
        }

        @Override
        String buildReason() {
          return "worst of " + parts(rated);
        }

        @Override
        List<Explanation> buildEvidence() {
          return List.of();
        }
      };
    }
    Rational scoreSum = Rational.ZERO;
    Rational weightSum = Rational.ZERO;
    for (Rated r : rated) {
      Rational weight =
          policy == ObjectiveStatusPolicy.WEIGHTED ? Rational.of(r.weight()) : Rational.ONE;
      if (r.color().isColor() && r.weight().signum() > 0) {
        scoreSum = scoreSum.plus(weight.multipliedBy(RANKS[r.color().rank()]));
        weightSum = weightSum.plus(weight);
      }
    }
    if (weightSum.isZero()) {
      return noColour(name, rated);
    }
    Rational mean = scoreSum.dividedBy(weightSum);
    StatusColor color =
        mean.isGreaterThan(THREE_HALVES)
            ? StatusColor.GREEN
            : mean.isGreaterThan(ONE_HALF) ? StatusColor.YELLOW : StatusColor.RED;
    return Status.lazy(
        color,
        name,
        () ->
            "mean score "
                + Figures.decimal(mean, Rounding.DISPLAY)
                + " (red 0, yellow 1, green 2) of "
                + parts(rated),
        List::of);
  }

  private static Status noColour(String name, List<Rated> rated) {
    return Status.lazy(
        StatusColor.UNKNOWN,
        name,
        () -> "no key result or child objective has a colour: " + parts(rated),
        List::of);
  }

  /** {@code "kr-1 GREEN, kr-2 RED"}. */
  private static String parts(List<Rated> rated) {
    List<String> parts = new ArrayList<>(rated.size());
    for (Rated r : rated) {
      parts.add(r.id() + " " + r.color());
    }
    return String.join(", ", parts);
  }

  private record Rated(String id, StatusColor color, BigDecimal weight) {}
}
