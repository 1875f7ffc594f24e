package org.okr4j.core.model;

import org.immutables.value.Value;

/**
 * Done or not done. A check-in in state {@link CheckInState#DONE} meets it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BinaryTarget extends Target {
  BinaryTarget() {}

  /**
   * The target.
   *
   * @return the target
   */
  public static BinaryTarget of() {
    return ImmutableBinaryTarget.builder().build();
  }

  @Override
  public final Kind kind() {
    return Kind.BINARY;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitBinary(this);
  }

  @Override
  public BinaryTarget printedAs(String text) {
    return ImmutableBinaryTarget.builder().from(this).printed(text).build();
  }
}
