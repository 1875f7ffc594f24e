package org.okr4j.core.calc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.quantity.Rational;

/**
 * A change between two values, exactly: its amount in percent (relative change), percentage points,
 * or points of a scale, and the sense it is reported in.
 *
 * <p>Tool maintainers 1880 → 1919 is a relative change of {@code 39/1880 × 100 = 2.0744…%};
 * developer satisfaction 3.8/5 → 3.4/5 is −8 points of the scale.
 *
 * <p>A relative change from a negative value is divided by the value's magnitude ({@code (new −
 * old) / |old|}), and says so: {@link #isAgainstNegativeReference()}. A loss narrowing from −57.0
 * to −40.3 is a change of +29.30%.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change {
  private final ChangeMeasure measure;
  private final ChangeSense sense;
  private final Rational amount;
  private final boolean againstNegativeReference;

  private Change(
      ChangeMeasure measure, ChangeSense sense, Rational amount, boolean againstNegativeReference) {
    this.measure = measure;
    this.sense = sense;
    this.amount = amount;
    this.againstNegativeReference = againstNegativeReference;
  }

  /**
   * A change.
   *
   * @param measure how it is measured
   * @param sense which sign it is reported with
   * @param amount the signed amount in percent, percentage points or points of the scale
   * @return the change
   */
  public static Change of(ChangeMeasure measure, ChangeSense sense, Rational amount) {
    return of(measure, sense, amount, false);
  }

  /**
   * A change, saying whether it was measured against a negative reference.
   *
   * @param measure how it is measured
   * @param sense which sign it is reported with
   * @param amount the signed amount in percent, percentage points or points of the scale
   * @param againstNegativeReference whether the old value was negative, so that a relative change
   *     was divided by its magnitude
   * @return the change
   */
  public static Change of(
      ChangeMeasure measure, ChangeSense sense, Rational amount, boolean againstNegativeReference) {
    return new Change(
        Checks.notNull(measure, "measure"),
        Checks.notNull(sense, "sense"),
        Checks.notNull(amount, "amount"),
        againstNegativeReference);
  }

  /**
   * Whether the change was measured from a negative value: a relative change is then {@code (new −
   * old) / |old|}, so that its sign still says which way the value moved.
   *
   * @return true when the old value was negative
   */
  public boolean isAgainstNegativeReference() {
    return againstNegativeReference;
  }

  /**
   * How the change is measured.
   *
   * @return the measure
   */
  public ChangeMeasure measure() {
    return measure;
  }

  /**
   * Which sign the change is reported with.
   *
   * @return the sense
   */
  public ChangeSense sense() {
    return sense;
  }

  /**
   * The signed amount, exactly: percent for a relative change, else points.
   *
   * @return the amount
   */
  public Rational amount() {
    return amount;
  }

  /**
   * The amount as a fraction: {@code amount / 100}, so that a relative change {@code x} takes
   * {@code a} to {@code a × (1 + x)}.
   *
   * @return the amount divided by 100
   */
  public Rational asFraction() {
    return amount.dividedBy(Rational.ONE_HUNDRED);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Change other
        && measure == other.measure
        && sense == other.sense
        && amount.equals(other.amount)
        && againstNegativeReference == other.againstNegativeReference;
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, sense, amount, againstNegativeReference);
  }

  /**
   * {@code "RELATIVE CHANGE 195/94"}: measure, sense and exact amount, followed by {@code "
   * (against a negative reference)"} when so.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return measure
        + " "
        + sense
        + " "
        + amount
        + (againstNegativeReference ? " (against a negative reference)" : "");
  }
}
