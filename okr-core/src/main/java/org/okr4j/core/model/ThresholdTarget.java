package org.okr4j.core.model;

import org.immutables.value.Value;
import org.okr4j.core.quantity.Quantity;

/**
 * Stay above or below a threshold, with an explicit boundary: {@code "< 13.2 mins"} is below 13.2
 * minutes, exclusive. Met or not met; there is no partial progress.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThresholdTarget extends Target {
  /** Which side of the threshold meets the target. */
  public enum Side {
    /** Values above the threshold meet it. */
    ABOVE,
    /** Values below the threshold meet it. */
    BELOW
  }

  ThresholdTarget() {}

  /**
   * The target.
   *
   * @param side which side meets it
   * @param threshold the threshold
   * @param boundary whether the threshold itself meets it
   * @return the target
   */
  public static ThresholdTarget of(Side side, Quantity threshold, Boundary boundary) {
    return ImmutableThresholdTarget.builder()
        .side(side)
        .threshold(threshold)
        .boundary(boundary)
        .build();
  }

  /**
   * Which side of the threshold meets the target.
   *
   * @return the side
   */
  public abstract Side side();

  /**
   * The threshold.
   *
   * @return the threshold
   */
  public abstract Quantity threshold();

  /**
   * Whether the threshold value itself meets the target.
   *
   * @return the boundary policy
   */
  public abstract Boundary boundary();

  /**
   * Whether {@code value} meets the target.
   *
   * @param value a value in the threshold's unit
   * @return true when on the right side, or on the threshold with an inclusive boundary
   * @throws org.okr4j.core.quantity.UnitMismatchException if the units differ
   */
  public boolean isMetBy(Quantity value) {
    int c = value.compareTo(threshold());
    if (c == 0) {
      return boundary() == Boundary.INCLUSIVE;
    }
    return side() == Side.ABOVE ? c > 0 : c < 0;
  }

  @Override
  public final Kind kind() {
    return Kind.THRESHOLD;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitThreshold(this);
  }

  @Override
  public ThresholdTarget printedAs(String text) {
    return ImmutableThresholdTarget.builder().from(this).printed(text).build();
  }
}
