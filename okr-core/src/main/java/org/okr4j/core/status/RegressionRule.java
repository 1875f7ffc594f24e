package org.okr4j.core.status;

import java.util.Optional;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Quantity;

/**
 * Regression: did the value move away from where it started? The judged check-in's value is
 * compared with the baseline (or with the previous period's value) in the metric's direction: worse
 * is red, unchanged is yellow, better is green.
 *
 * <p>Outstanding code reviews 1134 → 1151 (lower is better) is red; tool maintainers 1880 → 1919 is
 * green. Without a metric, a value or a reference value the rule gives {@code UNKNOWN}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegressionRule implements StatusRule {
  private static final RegressionRule BASELINE = new RegressionRule(ChangeReference.BASELINE);
  private static final RegressionRule PREVIOUS =
      new RegressionRule(ChangeReference.PREVIOUS_PERIOD);

  private final ChangeReference reference;

  private RegressionRule(ChangeReference reference) {
    this.reference = reference;
  }

  /**
   * Compares with the baseline.
   *
   * @return the rule
   */
  public static RegressionRule againstBaseline() {
    return BASELINE;
  }

  /**
   * Compares with the previous period's value.
   *
   * @return the rule
   */
  public static RegressionRule againstPreviousPeriod() {
    return PREVIOUS;
  }

  /**
   * What the value is compared with.
   *
   * @return the reference
   */
  public ChangeReference reference() {
    return reference;
  }

  @Override
  public String name() {
    return reference == ChangeReference.BASELINE
        ? "regression from baseline"
        : "regression from previous period";
  }

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Optional<Metric> metric = keyResult.metric();
    Optional<CheckIn> checkIn = context.checkInOf(keyResult);
    Optional<Quantity> current = checkIn.flatMap(CheckIn::value);
    if (metric.isEmpty() || current.isEmpty()) {
      return Status.of(StatusColor.UNKNOWN, name(), "no metric or no measured value to compare");
    }
    Optional<Quantity> before =
        reference == ChangeReference.BASELINE
            ? keyResult.baseline().map(b -> b.value())
            : checkIn.flatMap(keyResult::previousCheckIn).flatMap(CheckIn::value);
    if (before.isEmpty()) {
      return Status.of(StatusColor.UNKNOWN, name(), "nothing to compare with");
    }
    Direction direction = metric.orElseThrow().direction();
    Quantity now = current.orElseThrow();
    Quantity then = before.orElseThrow();
    int better = direction.improvementSign() * now.compareTo(then);
    StatusColor color =
        better > 0 ? StatusColor.GREEN : better == 0 ? StatusColor.YELLOW : StatusColor.RED;
    String verb = better > 0 ? "improved" : better == 0 ? "unchanged" : "regressed";
    String reason =
        verb
            + ": "
            + Figures.quantity(then)
            + " → "
            + Figures.quantity(now)
            + " ("
            + (direction == Direction.HIGHER_IS_BETTER ? "higher" : "lower")
            + " is better)";
    return Status.of(color, name(), reason);
  }

  @Override
  public String toString() {
    return name();
  }
}
