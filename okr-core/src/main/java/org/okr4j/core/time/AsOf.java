package org.okr4j.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * When a figure was taken: during a {@link Period} ("June 2019", "Q2"), on a day, or as a report
 * describes it in words when it gives no dates ("2019 survey").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AsOf {
  private final @Nullable Period period;
  private final @Nullable LocalDate date;
  private final String label;

  private AsOf(@Nullable Period period, @Nullable LocalDate date, String label) {
    this.period = period;
    this.date = date;
    this.label = label;
  }

  /**
   * Taken during a period.
   *
   * @param period the period
   * @return the moment, labelled with the period's label
   */
  public static AsOf period(Period period) {
    Checks.notNull(period, "period");
    return new AsOf(period, null, period.label());
  }

  /**
   * Taken on a day.
   *
   * @param date the day
   * @return the moment, labelled with the ISO date
   */
  public static AsOf date(LocalDate date) {
    Checks.notNull(date, "date");
    return new AsOf(null, date, date.toString());
  }

  /**
   * Taken at a time a report names only in words.
   *
   * @param label the words, as printed ("2019", "in the month of July")
   * @return the moment
   */
  public static AsOf label(String label) {
    Checks.notBlank(label, "as-of label");
    return new AsOf(null, null, label.strip());
  }

  /**
   * The period, when the figure was taken during one.
   *
   * @return the period, or empty
   */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /**
   * The day, when the figure was taken on one.
   *
   * @return the day, or empty
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * How the moment is named: the period's label, the ISO date, or the words given.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof AsOf other)) {
      return false;
    }
    return Objects.equals(period, other.period)
        && Objects.equals(date, other.date)
        && label.equals(other.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, date, label);
  }

  /**
   * The label.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }
}
