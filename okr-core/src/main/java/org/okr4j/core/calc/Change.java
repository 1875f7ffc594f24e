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
  private final Rational amount;

  /**
   * The measure, sense and reference sign, one shared instance for each combination: one field for
   * the three keeps a change at 24 bytes on a 64-bit JVM, where three would take 32.
   */
  private final Kind kind;

  /** How a change is measured and reported; one instance per combination ({@link #of}). */
  private static final class Kind {
    private static final Kind[] ALL = all();

    final ChangeMeasure measure;
    final ChangeSense sense;
    final boolean againstNegativeReference;

    private Kind(ChangeMeasure measure, ChangeSense sense, boolean againstNegativeReference) {
      this.measure = measure;
      this.sense = sense;
      this.againstNegativeReference = againstNegativeReference;
    }

    private static Kind[] all() {
      ChangeMeasure[] measures = ChangeMeasure.values();
      ChangeSense[] senses = ChangeSense.values();
      Kind[] all = new Kind[measures.length * senses.length * 2];
      for (ChangeMeasure m : measures) {
        for (ChangeSense s : senses) {
          all[index(m, s, false)] = new Kind(m, s, false);
          all[index(m, s, true)] = new Kind(m, s, true);
        }
      }
      return all;
    }

    // The ordinals index a table built at class initialisation from the same values(): never
    // stored or compared across runs.
    @SuppressWarnings("EnumOrdinal")
    private static int index(
        ChangeMeasure measure, ChangeSense sense, boolean againstNegativeReference) {
      return (measure.ordinal() * ChangeSense.values().length + sense.ordinal()) * 2
          + (againstNegativeReference ? 1 : 0);
    }

    static Kind of(ChangeMeasure measure, ChangeSense sense, boolean againstNegativeReference) {
      return ALL[index(measure, sense, againstNegativeReference)];
    }
  }

  private Change(Rational amount, Kind kind) {
    this.amount = amount;
    this.kind = kind;
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
    Checks.notNull(measure, "measure");
    Checks.notNull(sense, "sense");
    return new Change(
        Checks.notNull(amount, "amount"), Kind.of(measure, sense, againstNegativeReference));
  }

  /**
   * Whether the change was measured from a negative value: a relative change is then {@code (new −
   * old) / |old|}, so that its sign still says which way the value moved.
   *
   * @return true when the old value was negative
   */
  public boolean isAgainstNegativeReference() {
    return kind.againstNegativeReference;
  }

  /**
   * How the change is measured.
   *
   * @return the measure
   */
  public ChangeMeasure measure() {
    return kind.measure;
  }

  /**
   * Which sign the change is reported with.
   *
   * @return the sense
   */
  public ChangeSense sense() {
    return kind.sense;
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
    return obj instanceof Change other && kind == other.kind && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind.measure, kind.sense, amount, kind.againstNegativeReference);
  }

  /**
   * {@code "RELATIVE CHANGE 195/94"}: measure, sense and exact amount, followed by {@code "
   * (against a negative reference)"} when so.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind.measure
        + " "
        + kind.sense
        + " "
        + amount
        + (kind.againstNegativeReference ? " (against a negative reference)" : "");
  }
}
