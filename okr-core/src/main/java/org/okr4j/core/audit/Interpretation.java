package org.okr4j.core.audit;

import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * One way of reading a printed figure: the basis it was computed on (in words), the rounding mode
 * it was printed with, and whether its inputs are taken as printed or anywhere within their stated
 * precision.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Interpretation {
  private final String basis;
  private final boolean claimed;
  private final RoundingMode rounding;
  private final boolean withinInputPrecision;

  private Interpretation(
      String basis, boolean claimed, RoundingMode rounding, boolean withinInputPrecision) {
    this.basis = basis;
    this.claimed = claimed;
    this.rounding = rounding;
    this.withinInputPrecision = withinInputPrecision;
  }

  static Interpretation of(
      String basis, boolean claimed, RoundingMode rounding, boolean withinInputPrecision) {
    return new Interpretation(
        Checks.notBlank(basis, "basis"),
        claimed,
        Checks.notNull(rounding, "rounding"),
        withinInputPrecision);
  }

  /**
   * The basis in words: {@code "relative improvement against the baseline"}, {@code "share of the
   * whole, in percent"}.
   *
   * @return the basis
   */
  public String basis() {
    return basis;
  }

  /**
   * Whether this is the basis the report claims.
   *
   * @return true for the claimed basis
   */
  public boolean isClaimedBasis() {
    return claimed;
  }

  /**
   * The rounding mode the figure was printed with.
   *
   * @return the rounding mode
   */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * Whether the inputs had to be taken away from their printed values, within their stated
   * precision.
   *
   * @return false when the printed inputs give the figure
   */
  public boolean isWithinInputPrecision() {
    return withinInputPrecision;
  }

  /**
   * The interpretation in words: {@code "relative improvement against the baseline, DOWN
   * (truncation toward zero), inputs as printed"}.
   *
   * @return the description
   */
  public String describe() {
    return basis
        + ", "
        + rounding
        + " ("
        + describe(rounding)
        + "), "
        + (withinInputPrecision ? "inputs within their stated precision" : "inputs as printed");
  }

  static String describe(RoundingMode mode) {
    return switch (mode) {
      case HALF_UP -> "to nearest, halves away from zero";
      case HALF_EVEN -> "to nearest, halves to even";
      case HALF_DOWN -> "to nearest, halves toward zero";
      case DOWN -> "truncation toward zero";
      case UP -> "away from zero";
      case FLOOR -> "toward negative infinity";
      case CEILING -> "toward positive infinity";
      case UNNECESSARY -> "exact";
    };
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Interpretation other
        && basis.equals(other.basis)
        && claimed == other.claimed
        && rounding == other.rounding
        && withinInputPrecision == other.withinInputPrecision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, claimed, rounding, withinInputPrecision);
  }

  /**
   * The description.
   *
   * @return {@link #describe()}
   */
  @Override
  public String toString() {
    return describe();
  }
}
