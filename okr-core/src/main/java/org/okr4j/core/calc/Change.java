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
 * <p>This class is immutable and thread-safe.
 */
public final class Change {
  private final ChangeMeasure measure;
  private final ChangeSense sense;
  private final Rational amount;

  private Change(ChangeMeasure measure, ChangeSense sense, Rational amount) {
    this.measure = measure;
    this.sense = sense;
    this.amount = amount;
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
    return new Change(
        Checks.notNull(measure, "measure"),
        Checks.notNull(sense, "sense"),
        Checks.notNull(amount, "amount"));
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
        && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, sense, amount);
  }

  /**
   * {@code "RELATIVE CHANGE 195/94"}: measure, sense and exact amount.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return measure + " " + sense + " " + amount;
  }
}
