package org.okr4j.core.model;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.DecimalLimits;

/**
 * A milestone measured in percent complete: "Release Engineering and SRE teams create a plan", 0% →
 * 100%. Check-ins report percent complete; progress is the share of the way from the baseline (0%
 * unless given) to {@link #percentComplete()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MilestoneTarget extends Target {
  /** One hundred percent. */
  static final BigDecimal FULL = BigDecimal.valueOf(100);

  MilestoneTarget() {}

  /**
   * The target.
   *
   * @param percentComplete the percent complete aimed for, in {@code (0, 100]}
   * @return the target
   * @throws IllegalArgumentException if {@code percentComplete} is outside {@code (0, 100]} or
   *     outside {@link DecimalLimits}
   */
  public static MilestoneTarget of(BigDecimal percentComplete) {
    return ImmutableMilestoneTarget.builder().percentComplete(percentComplete).build();
  }

  /**
   * The percent complete aimed for.
   *
   * @return percent, in {@code (0, 100]}
   */
  public abstract BigDecimal percentComplete();

  @Value.Check
  void check() {
    // Limits first: they refuse 1e999999999 without printing it.
    DecimalLimits.check(percentComplete(), "milestone percent complete");
    Checks.positive(percentComplete(), "milestone percent complete");
    Checks.argument(
        percentComplete().compareTo(FULL) <= 0,
        "milestone percent complete (%s) must be <= 100",
        percentComplete().toPlainString());
  }

  @Override
  public final Kind kind() {
    return Kind.MILESTONE;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitMilestone(this);
  }

  @Override
  public MilestoneTarget printedAs(String text) {
    return ImmutableMilestoneTarget.builder().from(this).printed(text).build();
  }
}
