package org.okr4j.core.model;

import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;

/**
 * Stay between two values, each end with its own boundary policy. Met or not met.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BandTarget extends Target {
  BandTarget() {}

  /**
   * The target.
   *
   * @param lower the lower end
   * @param lowerBoundary whether the lower end itself is inside
   * @param upper the upper end, same unit, above {@code lower}
   * @param upperBoundary whether the upper end itself is inside
   * @return the target
   */
  public static BandTarget of(
      Quantity lower, Boundary lowerBoundary, Quantity upper, Boundary upperBoundary) {
    return ImmutableBandTarget.builder()
        .lower(lower)
        .lowerBoundary(lowerBoundary)
        .upper(upper)
        .upperBoundary(upperBoundary)
        .build();
  }

  /**
   * The lower end.
   *
   * @return the lower end
   */
  public abstract Quantity lower();

  /**
   * Whether the lower end itself is inside the band.
   *
   * @return the boundary policy of the lower end
   */
  public abstract Boundary lowerBoundary();

  /**
   * The upper end.
   *
   * @return the upper end
   */
  public abstract Quantity upper();

  /**
   * Whether the upper end itself is inside the band.
   *
   * @return the boundary policy of the upper end
   */
  public abstract Boundary upperBoundary();

  /**
   * Whether {@code value} lies in the band.
   *
   * @param value a value in the band's unit
   * @return true when inside, ends included or excluded by their policies
   */
  public boolean isMetBy(Quantity value) {
    int low = value.compareTo(lower());
    int high = value.compareTo(upper());
    boolean aboveLower = low > 0 || (low == 0 && lowerBoundary() == Boundary.INCLUSIVE);
    boolean belowUpper = high < 0 || (high == 0 && upperBoundary() == Boundary.INCLUSIVE);
    return aboveLower && belowUpper;
  }

  @Value.Check
  void check() {
    lower().requireSameUnit(upper());
    Checks.argument(
        lower().compareTo(upper()) < 0,
        "band lower end (%s) must be below its upper end (%s)",
        lower(),
        upper());
  }

  @Override
  public final Kind kind() {
    return Kind.BAND;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitBand(this);
  }

  @Override
  public BandTarget printedAs(String text) {
    return ImmutableBandTarget.builder().from(this).printed(text).build();
  }
}
