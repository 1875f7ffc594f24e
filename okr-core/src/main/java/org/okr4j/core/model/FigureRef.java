package org.okr4j.core.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.time.Period;

/**
 * Where a figure lives in a report, so that a {@link Derivation} can name its inputs: a key
 * result's baseline or target, the check-in of a named period, a fact printed beside an objective,
 * or another {@link DerivedFigure}.
 *
 * <p>References to other periods are references to check-ins: the previous period is {@code
 * checkIn(id, Q2)} beside a Q3 check-in, the same period a year earlier {@code checkIn(id,
 * period.minusYears(1))}, and a plan is a key result's target. The audit finds a check-in by its
 * period's dates, so a label printed differently still matches.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FigureRef {
  /** What a reference points at. */
  public enum Place {
    /** The baseline of a key result. */
    BASELINE,
    /**
     * The target (or plan) of a key result: a value target's value, a change target's stated value.
     */
    TARGET,
    /** The value of a key result's check-in for a period. */
    CHECK_IN,
    /** A fact of an objective, by its position among the objective's facts. */
    FACT,
    /** The printed value of another derived figure, by its id. */
    DERIVED
  }

  private final Place place;
  private final String id;
  private final @Nullable Period period;
  private final int index;

  private FigureRef(Place place, String id, @Nullable Period period, int index) {
    this.place = place;
    this.id = id;
    this.period = period;
    this.index = index;
  }

  /**
   * The baseline of a key result.
   *
   * @param keyResultId the key result's id
   * @return the reference
   */
  public static FigureRef baseline(String keyResultId) {
    return new FigureRef(Place.BASELINE, Checks.notBlank(keyResultId, "key result id"), null, 0);
  }

  /**
   * The target, or plan, of a key result.
   *
   * @param keyResultId the key result's id
   * @return the reference
   */
  public static FigureRef target(String keyResultId) {
    return new FigureRef(Place.TARGET, Checks.notBlank(keyResultId, "key result id"), null, 0);
  }

  /**
   * The check-in of a key result for a period: a quarter, a month, a year, a year to date.
   *
   * @param keyResultId the key result's id
   * @param period the check-in's period
   * @return the reference
   */
  public static FigureRef checkIn(String keyResultId, Period period) {
    return new FigureRef(
        Place.CHECK_IN,
        Checks.notBlank(keyResultId, "key result id"),
        Checks.notNull(period, "period"),
        0);
  }

  /**
   * A fact printed beside an objective.
   *
   * @param objectiveId the objective's id
   * @param index the fact's position among the objective's facts, from 0
   * @return the reference
   */
  public static FigureRef fact(String objectiveId, int index) {
    Checks.argument(index >= 0, "fact index (%d) must be >= 0", index);
    return new FigureRef(Place.FACT, Checks.notBlank(objectiveId, "objective id"), null, index);
  }

  /**
   * Another derived figure, taken as printed.
   *
   * @param derivedFigureId the derived figure's id
   * @return the reference
   */
  public static FigureRef derived(String derivedFigureId) {
    return new FigureRef(
        Place.DERIVED, Checks.notBlank(derivedFigureId, "derived figure id"), null, 0);
  }

  /**
   * What the reference points at.
   *
   * @return the place
   */
  public Place place() {
    return place;
  }

  /**
   * The id of the key result ({@link Place#BASELINE}, {@link Place#TARGET}, {@link
   * Place#CHECK_IN}), objective ({@link Place#FACT}) or derived figure ({@link Place#DERIVED}).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The period of a check-in reference.
   *
   * @return the period, or empty for other places
   */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /**
   * The position of a fact among its objective's facts.
   *
   * @return the index, 0 for other places
   */
  public int index() {
    return index;
  }

  /**
   * The reference in words: {@code "baseline of cycle-time"}, {@code "check-in FY2019/20 Q2 of
   * cycle-time"}, {@code "fact 0 of mtp-content"}, {@code "derived figure total-expenses"}.
   *
   * @return the description
   */
  public String describe() {
    return switch (place) {
      case BASELINE -> "baseline of " + id;
      case TARGET -> "target of " + id;
      case CHECK_IN -> "check-in " + Objects.requireNonNull(period).label() + " of " + id;
      case FACT -> "fact " + index + " of " + id;
      case DERIVED -> "derived figure " + id;
    };
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FigureRef other
        && place == other.place
        && id.equals(other.id)
        && Objects.equals(period, other.period)
        && index == other.index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(place, id, period, index);
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
