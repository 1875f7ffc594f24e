package org.okr4j.core.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.DecimalLimits;

/**
 * A change from the baseline: "10% decrease in code review time" ({@code RELATIVE}, {@code -10}),
 * "+25 percentage points" ({@code PERCENTAGE_POINTS}, {@code 25}), or points of a score's scale.
 *
 * <p>The value to reach follows from the baseline: {@code baseline × (1 + amount/100)} for a
 * relative change, {@code baseline + amount} in percentage points, {@code baseline + amount/100 ×
 * scale maximum} in points of a scale. A report often prints that value beside the change ("2% (18
 * days)"); keep it in {@link #statedValue()} and the figure audit will check it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChangeTarget extends Target {
  ChangeTarget() {}

  /**
   * The target.
   *
   * @param measure how the change is measured
   * @param amount the signed change: percent, percentage points or points of the scale
   * @return the target
   */
  public static ChangeTarget of(ChangeMeasure measure, BigDecimal amount) {
    return ImmutableChangeTarget.builder().measure(measure).amount(amount).build();
  }

  /**
   * How the change is measured.
   *
   * @return the measure
   */
  public abstract ChangeMeasure measure();

  /**
   * The signed change: negative for a decrease.
   *
   * @return the amount in percent, percentage points or points of the scale
   */
  public abstract BigDecimal amount();

  /**
   * The value the report prints as the result of the change ("18 days" in "2% (18 days)").
   *
   * @return the stated value, if printed
   */
  public abstract Optional<StatedFigure> statedValue();

  /**
   * A copy that keeps the value the report prints for the change.
   *
   * @param figure the printed value
   * @return the copy
   */
  public ChangeTarget withStatedValue(StatedFigure figure) {
    return ImmutableChangeTarget.builder().from(this).statedValue(figure).build();
  }

  @Value.Check
  void check() {
    DecimalLimits.check(amount(), "change target amount");
    Checks.argument(amount().signum() != 0, "change target amount (%s) must not be zero", amount());
  }

  @Override
  public final Kind kind() {
    return Kind.CHANGE;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitChange(this);
  }

  @Override
  public ChangeTarget printedAs(String text) {
    return ImmutableChangeTarget.builder().from(this).printed(text).build();
  }
}
