package org.okr4j.core.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * How often a key result is expected to check in, and how many days of grace it has before it is
 * outdated.
 *
 * <p>A key result last checked in on {@code d} is due on {@code d} plus one week, month or quarter,
 * and <b>outdated from the day {@code d + cadence + grace}</b>, that day included: quarterly with
 * 14 days' grace, a check-in dated 2020-04-01 is due on 2020-07-01, still current on 2020-07-14 and
 * outdated on 2020-07-15. Months and quarters are added as {@link LocalDate#plusMonths(long)} does
 * (31 January plus a month is 29 February in a leap year).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cadence {
  /** The length of one cycle. */
  public enum Every {
    /** Seven days. */
    WEEK,
    /** One calendar month. */
    MONTH,
    /** Three calendar months. */
    QUARTER
  }

  private final Every every;
  private final int graceDays;

  private Cadence(Every every, int graceDays) {
    this.every = every;
    this.graceDays = graceDays;
  }

  /**
   * Every week, no grace.
   *
   * @return the cadence
   */
  public static Cadence weekly() {
    return new Cadence(Every.WEEK, 0);
  }

  /**
   * Every month, no grace.
   *
   * @return the cadence
   */
  public static Cadence monthly() {
    return new Cadence(Every.MONTH, 0);
  }

  /**
   * Every quarter, no grace.
   *
   * @return the cadence
   */
  public static Cadence quarterly() {
    return new Cadence(Every.QUARTER, 0);
  }

  /**
   * A cadence with grace days.
   *
   * @param every the length of one cycle
   * @param graceDays the days after a check-in is due before it is outdated, {@code >= 0}
   * @return the cadence
   */
  public static Cadence of(Every every, int graceDays) {
    Checks.notNull(every, "cadence");
    Checks.argument(graceDays >= 0, "grace days (%s) must be >= 0", graceDays);
    return new Cadence(every, graceDays);
  }

  /**
   * A copy with another grace period.
   *
   * @param newGraceDays the grace days, {@code >= 0}
   * @return the copy
   */
  public Cadence withGraceDays(int newGraceDays) {
    return of(every, newGraceDays);
  }

  /**
   * The length of one cycle.
   *
   * @return the cycle
   */
  public Every every() {
    return every;
  }

  /**
   * The days of grace after a check-in is due.
   *
   * @return the grace days
   */
  public int graceDays() {
    return graceDays;
  }

  /**
   * The day the next check-in is due.
   *
   * @param lastCheckIn the date of the last check-in
   * @return {@code lastCheckIn} plus one cycle
   */
  public LocalDate dueAfter(LocalDate lastCheckIn) {
    Checks.notNull(lastCheckIn, "last check-in date");
    return switch (every) {
      case WEEK -> lastCheckIn.plusDays(7);
      case MONTH -> lastCheckIn.plusMonths(1);
      case QUARTER -> lastCheckIn.plusMonths(3);
    };
  }

  /**
   * The first day on which a key result last checked in on {@code lastCheckIn} is outdated.
   *
   * @param lastCheckIn the date of the last check-in
   * @return {@code lastCheckIn} plus one cycle plus the grace days
   */
  public LocalDate outdatedFrom(LocalDate lastCheckIn) {
    return dueAfter(lastCheckIn).plusDays(graceDays);
  }

  /**
   * Whether a key result last checked in on {@code lastCheckIn} is outdated on {@code asOf}.
   *
   * @param lastCheckIn the date of the last check-in
   * @param asOf the day of the judgement
   * @return true from {@link #outdatedFrom(LocalDate)} on, that day included
   */
  public boolean isOutdated(LocalDate lastCheckIn, LocalDate asOf) {
    Checks.notNull(asOf, "as-of date");
    return !asOf.isBefore(outdatedFrom(lastCheckIn));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Cadence other && every == other.every && graceDays == other.graceDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(every, graceDays);
  }

  /**
   * {@code "every QUARTER, 14 days' grace"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "every %s, %d days' grace", every, graceDays);
  }
}
