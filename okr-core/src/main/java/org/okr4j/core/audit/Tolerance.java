package org.okr4j.core.audit;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

/**
 * How sharp an audit's check of one figure was: the printed values the claimed reading would have
 * accepted at the figure's printed precision, under the audit policy's rounding modes — {@link
 * #asPrinted()} with the inputs as printed, {@link #withinPrecision()} with the inputs anywhere
 * within their stated precision. Both are intervals of printed values in the figure's printed unit,
 * ends included: a figure printed to 1 with tolerance {@code [10, 11]} would have passed as 10 or
 * 11, and been flagged as 9 or 12.
 *
 * <p>A wide tolerance means a permissive check: inputs printed coarsely, or rounding modes that
 * admit both neighbours. The tolerance within precision is given whether or not the policy searched
 * there.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tolerance {
  private static final Tolerance NONE = new Tolerance(null, null);

  private final @Nullable Interval asPrinted;
  private final @Nullable Interval withinPrecision;

  private Tolerance(@Nullable Interval asPrinted, @Nullable Interval withinPrecision) {
    this.asPrinted = asPrinted;
    this.withinPrecision = withinPrecision;
  }

  /**
   * A tolerance.
   *
   * @param asPrinted the printed values accepted with inputs as printed, if defined
   * @param withinPrecision the printed values accepted with inputs within their precision, if
   *     defined
   * @return the tolerance
   */
  public static Tolerance of(Optional<Interval> asPrinted, Optional<Interval> withinPrecision) {
    Checks.notNull(asPrinted, "as printed");
    Checks.notNull(withinPrecision, "within precision");
    return asPrinted.isEmpty() && withinPrecision.isEmpty()
        ? NONE
        : new Tolerance(asPrinted.orElse(null), withinPrecision.orElse(null));
  }

  /**
   * The tolerance of a figure the claimed reading cannot compute.
   *
   * @return a tolerance with neither interval
   */
  public static Tolerance undefined() {
    return NONE;
  }

  /**
   * The printed values accepted with the inputs as printed.
   *
   * @return the interval, or empty when the claimed reading is undefined
   */
  public Optional<Interval> asPrinted() {
    return Optional.ofNullable(asPrinted);
  }

  /**
   * The printed values accepted with the inputs anywhere within their stated precision.
   *
   * @return the interval, or empty when the claimed reading is undefined
   */
  public Optional<Interval> withinPrecision() {
    return Optional.ofNullable(withinPrecision);
  }

  /**
   * The width of {@link #withinPrecision()}: how far apart the lowest and highest accepted printed
   * values are.
   *
   * @return {@code upper − lower}, or empty when undefined
   */
  public Optional<Rational> widthWithinPrecision() {
    return withinPrecision().map(i -> i.upper().minus(i.lower()));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Tolerance other
        && Objects.equals(asPrinted, other.asPrinted)
        && Objects.equals(withinPrecision, other.withinPrecision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asPrinted, withinPrecision);
  }

  /**
   * {@code "Tolerance[asPrinted=[10, 11], withinPrecision=[5, 24]]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Tolerance[asPrinted=" + asPrinted + ", withinPrecision=" + withinPrecision + "]";
  }
}
