package org.okr4j.core.model;

import org.immutables.value.Value;

/**
 * A target not set yet ("X% (TBD)"). Progress toward it is undefined.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UndeterminedTarget extends Target {
  UndeterminedTarget() {}

  /**
   * The target.
   *
   * @return the target
   */
  public static UndeterminedTarget of() {
    return ImmutableUndeterminedTarget.builder().build();
  }

  @Override
  public final Kind kind() {
    return Kind.UNDETERMINED;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitUndetermined(this);
  }

  @Override
  public UndeterminedTarget printedAs(String text) {
    return ImmutableUndeterminedTarget.builder().from(this).printed(text).build();
  }
}
