package org.okr4j.core.model;

import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;

/**
 * A target described in words that no figure measures ("Address new reports within 1 month").
 * Progress toward it is undefined; its status comes from check-in states or a stated status.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QualitativeTarget extends Target {
  QualitativeTarget() {}

  /**
   * The target.
   *
   * @param description what is aimed for
   * @return the target
   */
  public static QualitativeTarget of(String description) {
    return ImmutableQualitativeTarget.builder().description(description).build();
  }

  /**
   * What is aimed for.
   *
   * @return the description
   */
  public abstract String description();

  @Value.Check
  void check() {
    Checks.notBlank(description(), "qualitative target description");
  }

  @Override
  public final Kind kind() {
    return Kind.QUALITATIVE;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitQualitative(this);
  }

  @Override
  public QualitativeTarget printedAs(String text) {
    return ImmutableQualitativeTarget.builder().from(this).printed(text).build();
  }
}
