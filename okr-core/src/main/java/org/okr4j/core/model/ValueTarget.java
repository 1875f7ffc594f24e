package org.okr4j.core.model;

import org.immutables.value.Value;
import org.okr4j.core.quantity.Quantity;

/**
 * Increase or decrease to a value, or reach a count: tool maintainers to 1974, 8 new AI tools.
 * Progress runs from the baseline ({@code 0}) to the value ({@code 1}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueTarget extends Target {
  ValueTarget() {}

  /**
   * The target.
   *
   * @param value the value to reach
   * @return the target
   */
  public static ValueTarget of(Quantity value) {
    return ImmutableValueTarget.builder().value(value).build();
  }

  /**
   * The value to reach.
   *
   * @return the value
   */
  public abstract Quantity value();

  @Override
  public final Kind kind() {
    return Kind.VALUE;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitValue(this);
  }

  @Override
  public ValueTarget printedAs(String text) {
    return ImmutableValueTarget.builder().from(this).printed(text).build();
  }
}
