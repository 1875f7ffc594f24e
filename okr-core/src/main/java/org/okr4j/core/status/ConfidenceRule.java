package org.okr4j.core.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.forecast.ConfidenceTrend;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Confidence;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;

/**
 * A floor under stated confidence: RED when the latest confidence stated by the judgement day
 * ({@link ConfidenceTrend#latest}), as a fraction, is <b>below</b> the floor; GREEN at or above it
 * (exactly the floor is green); {@code UNKNOWN} when no check-in states a confidence.
 *
 * <p>For committed objectives, which are expected to reach 1.0, {@link
 * #committedBelowFloor(Objective, StatusContext)} lists the key results whose owners no longer
 * expect to.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConfidenceRule implements StatusRule {
  private final Rational floor;

  private ConfidenceRule(Rational floor) {
    this.floor = floor;
  }

  /**
   * A floor.
   *
   * @param floor the smallest confidence that is green, as a fraction in {@code [0, 1]}
   * @return the rule
   */
  public static ConfidenceRule of(Rational floor) {
    Checks.notNull(floor, "confidence floor");
    Checks.argument(
        floor.signum() >= 0 && floor.compareTo(Rational.ONE) <= 0,
        "confidence floor (%s) must be within [0, 1]",
        floor);
    return new ConfidenceRule(floor);
  }

  /**
   * The smallest confidence that is green.
   *
   * @return the floor, as a fraction
   */
  public Rational floor() {
    return floor;
  }

  /**
   * Whether a confidence is below the floor.
   *
   * @param confidence the confidence
   * @return true when its fraction is less than the floor
   */
  public boolean isBelowFloor(Confidence confidence) {
    Checks.notNull(confidence, "confidence");
    return confidence.toFraction().isLessThan(floor);
  }

  /**
   * The key results of a committed objective, and of its committed descendants, whose latest stated
   * confidence is below the floor.
   *
   * @param objective the objective
   * @param context when
   * @return the key results in report order; empty for an aspirational objective
   */
  public List<KeyResult> committedBelowFloor(Objective objective, StatusContext context) {
    Checks.notNull(objective, "objective");
    Checks.notNull(context, "status context");
    List<KeyResult> found = new ArrayList<>();
    collect(objective, context, found);
    return found;
  }

  private void collect(Objective objective, StatusContext context, List<KeyResult> found) {
    if (objective.isCommitted()) {
      for (KeyResult k : objective.keyResults()) {
        Optional<Confidence> c = ConfidenceTrend.latest(k, context.asOf());
        if (c.isPresent() && isBelowFloor(c.orElseThrow())) {
          found.add(k);
        }
      }
    }
    for (Objective child : objective.children()) {
      collect(child, context, found);
    }
  }

  @Override
  public String name() {
    return "confidence";
  }

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Optional<Confidence> latest = ConfidenceTrend.latest(keyResult, context.asOf());
    if (latest.isEmpty()) {
      return Status.of(StatusColor.UNKNOWN, name(), "no confidence stated by " + context.asOf());
    }
    Confidence c = latest.orElseThrow();
    boolean below = isBelowFloor(c);
    return Status.of(
        below ? StatusColor.RED : StatusColor.GREEN,
        name(),
        "confidence "
            + c
            + " ("
            + Figures.fractionAsPercent(c.toFraction(), Rounding.DISPLAY)
            + (below ? ") below the floor " : ") at or above the floor ")
            + Figures.fractionAsPercent(floor, Rounding.DISPLAY));
  }

  @Override
  public String toString() {
    return "confidence (floor " + floor + ")";
  }
}
