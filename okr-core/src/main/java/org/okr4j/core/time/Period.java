package org.okr4j.core.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Rational;

/**
 * A span of days {@code [start, endExclusive)} with a label: a fiscal quarter, a fiscal year, a
 * month, a calendar year, or any range of dates.
 *
 * <p>Fiscal periods come from a {@link FiscalCalendar}: with Wikimedia's calendar (fiscal year
 * starting 1 July), {@code FY2019/20 Q3} is 1 January to 31 March 2020.
 *
 * <p>Periods are ordered by start, then by end. Two periods are equal when kind, dates, label and
 * fiscal calendar are equal; periods with the same dates are ordered by label, kind and fiscal
 * calendar, so that the order is consistent with {@code equals}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {
  /** What sort of span a period is. */
  public enum Kind {
    /** A quarter of a fiscal year. */
    FISCAL_QUARTER,
    /** A fiscal year. */
    FISCAL_YEAR,
    /** A calendar month. */
    MONTH,
    /** A calendar year. */
    CALENDAR_YEAR,
    /** Any other range of days. */
    CUSTOM
  }

  /** The earliest start of a period: 1 January of the year 1. */
  public static final LocalDate MIN_START = LocalDate.of(1, 1, 1);

  /**
   * The latest end (exclusive) of a period: 31 December 9999, so that every start and end is an ISO
   * 8601 date with a four-digit year.
   */
  public static final LocalDate MAX_END = LocalDate.of(9999, 12, 31);

  private final Kind kind;
  private final LocalDate start;
  private final LocalDate endExclusive;
  private final String label;
  private final @Nullable FiscalCalendar calendar;
  private final int fiscalYear;
  private final int quarter;

  private Period(
      Kind kind,
      LocalDate start,
      LocalDate endExclusive,
      String label,
      @Nullable FiscalCalendar calendar,
      int fiscalYear,
      int quarter) {
    this.kind = kind;
    this.start = start;
    this.endExclusive = endExclusive;
    this.label = label;
    this.calendar = calendar;
    this.fiscalYear = fiscalYear;
    this.quarter = quarter;
  }

  /**
   * The days from {@code startInclusive} up to but not including {@code endExclusive}.
   *
   * @param startInclusive the first day
   * @param endExclusive the day after the last day; after {@code startInclusive}
   * @return the period, labelled {@code "2018-07-01..2019-01-01"}
   */
  public static Period between(LocalDate startInclusive, LocalDate endExclusive) {
    checkRange(startInclusive, endExclusive);
    return new Period(
        Kind.CUSTOM,
        startInclusive,
        endExclusive,
        startInclusive + ".." + endExclusive,
        null,
        0,
        0);
  }

  /**
   * The days from {@code startInclusive} up to but not including {@code endExclusive}, with a
   * label.
   *
   * @param startInclusive the first day
   * @param endExclusive the day after the last day; after {@code startInclusive}
   * @param label how the period is named in reports
   * @return the period
   */
  public static Period between(LocalDate startInclusive, LocalDate endExclusive, String label) {
    checkRange(startInclusive, endExclusive);
    Checks.notBlank(label, "period label");
    return new Period(Kind.CUSTOM, startInclusive, endExclusive, label.strip(), null, 0, 0);
  }

  /**
   * A calendar month, labelled {@code "2019-06"}.
   *
   * @param month the month
   * @return the period
   * @throws IllegalArgumentException if the month starts before {@link #MIN_START} or ends after
   *     {@link #MAX_END} (from 0001-01 to 9999-11)
   */
  public static Period of(YearMonth month) {
    Checks.notNull(month, "month");
    Checks.argument(
        month.getYear() >= MIN_START.getYear() && month.isBefore(YearMonth.from(MAX_END)),
        "month (%s) must lie within %s..%s",
        month,
        MIN_START,
        MAX_END);
    return new Period(
        Kind.MONTH, month.atDay(1), month.plusMonths(1).atDay(1), month.toString(), null, 0, 0);
  }

  /**
   * A calendar year, labelled {@code "2019"}.
   *
   * @param year the year
   * @return the period
   */
  public static Period calendarYear(int year) {
    Checks.argument(year >= 1 && year <= 9998, "year (%d) must be within 1..9998", year);
    return new Period(
        Kind.CALENDAR_YEAR,
        LocalDate.of(year, Month.JANUARY, 1),
        LocalDate.of(year + 1, Month.JANUARY, 1),
        Integer.toString(year),
        null,
        0,
        0);
  }

  static Period fiscalYear(FiscalCalendar calendar, int fiscalYear, LocalDate start, String label) {
    return new Period(Kind.FISCAL_YEAR, start, start.plusYears(1), label, calendar, fiscalYear, 0);
  }

  static Period fiscalQuarter(
      FiscalCalendar calendar, int fiscalYear, int quarter, LocalDate start, String label) {
    return new Period(
        Kind.FISCAL_QUARTER, start, start.plusMonths(3), label, calendar, fiscalYear, quarter);
  }

  private static void checkRange(LocalDate startInclusive, LocalDate endExclusive) {
    Checks.notNull(startInclusive, "period start");
    Checks.notNull(endExclusive, "period end");
    Checks.argument(
        !startInclusive.isBefore(MIN_START) && !endExclusive.isAfter(MAX_END),
        "period %s..%s must lie within %s..%s",
        startInclusive,
        endExclusive,
        MIN_START,
        MAX_END);
    Checks.argument(
        startInclusive.isBefore(endExclusive),
        "period start (%s) must be before its end (%s)",
        startInclusive,
        endExclusive);
  }

  /**
   * The same period {@code years} years earlier: the fiscal quarter or year, month or calendar year
   * of that many years before, or the same range of dates shifted (labelled by its dates), for
   * "compared with the previous year".
   *
   * @param years how many years back, 0 or more
   * @return the earlier period, or {@code this} for 0
   * @throws IllegalArgumentException if {@code years} is negative or the period would start before
   *     year 1
   */
  public Period minusYears(int years) {
    Checks.argument(years >= 0, "years (%d) must be >= 0", years);
    if (years == 0) {
      return this;
    }
    Checks.argument(
        start.getYear() - years >= 1, "%s minus %d years is before year 1", label, years);
    FiscalCalendar fiscal = calendar;
    return switch (kind) {
      case FISCAL_QUARTER -> Objects.requireNonNull(fiscal).quarter(fiscalYear - years, quarter);
      case FISCAL_YEAR -> Objects.requireNonNull(fiscal).fiscalYear(fiscalYear - years);
      case MONTH -> of(YearMonth.from(start).minusYears(years));
      case CALENDAR_YEAR -> calendarYear(start.getYear() - years);
      case CUSTOM -> between(start.minusYears(years), endExclusive.minusYears(years));
    };
  }

  /**
   * What sort of span this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The first day.
   *
   * @return the first day, included
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The day after the last day.
   *
   * @return the end, excluded
   */
  public LocalDate endExclusive() {
    return endExclusive;
  }

  /**
   * The name used in reports: {@code "FY2019/20 Q3"}, {@code "2019-06"}, {@code "2019"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The calendar of a fiscal period.
   *
   * @return the fiscal calendar, or empty for months, calendar years and custom ranges
   */
  public Optional<FiscalCalendar> fiscalCalendar() {
    return Optional.ofNullable(calendar);
  }

  /**
   * The fiscal year of a fiscal period, named by the calendar year it ends in (FY2019/20 is 2020).
   *
   * @return the fiscal year, or empty for other periods
   */
  public Optional<Integer> fiscalYear() {
    return calendar == null ? Optional.empty() : Optional.of(fiscalYear);
  }

  /**
   * The quarter of a fiscal quarter, 1 to 4.
   *
   * @return the quarter, or empty for other periods
   */
  public Optional<Integer> quarter() {
    return kind == Kind.FISCAL_QUARTER ? Optional.of(quarter) : Optional.empty();
  }

  /**
   * The number of days.
   *
   * @return days from start to end
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /**
   * Whether the day lies in the period.
   *
   * @param date the day
   * @return {@code start <= date < endExclusive}
   */
  public boolean contains(LocalDate date) {
    Checks.notNull(date, "date");
    return !date.isBefore(start) && date.isBefore(endExclusive);
  }

  /**
   * The fraction of the period elapsed at the start of {@code date}: 0 on or before the first day,
   * 1 on or after the end, otherwise days elapsed over days in the period, exactly.
   *
   * <p>On 16 February 2020, 46 of the 91 days of January–March 2020 have elapsed: {@code 46/91}.
   *
   * @param date the day
   * @return the fraction elapsed, in {@code [0, 1]}
   */
  public Rational fractionElapsed(LocalDate date) {
    Checks.notNull(date, "date");
    if (!date.isAfter(start)) {
      return Rational.ZERO;
    }
    if (!date.isBefore(endExclusive)) {
      return Rational.ONE;
    }
    return Rational.of(ChronoUnit.DAYS.between(start, date), lengthInDays());
  }

  /**
   * The fraction of the period elapsed today according to {@code clock}.
   *
   * @param clock the clock that says what day it is (inject a fixed clock in tests)
   * @return the fraction elapsed, in {@code [0, 1]}
   * @see #fractionElapsed(LocalDate)
   */
  public Rational fractionElapsed(Clock clock) {
    Checks.notNull(clock, "clock");
    return fractionElapsed(LocalDate.now(clock));
  }

  /** Orders periods without a calendar before fiscal ones, and fiscal ones by first month. */
  private int calendarOrder() {
    return calendar == null ? 0 : calendar.firstMonth().getValue();
  }

  @Override
  public int compareTo(Period other) {
    Checks.notNull(other, "other period");
    // Start, then end, label, kind and calendar: written out, as this runs in every sort and
    // search of check-ins.
    int c = start.compareTo(other.start);
    if (c == 0) {
      c = endExclusive.compareTo(other.endExclusive);
    }
    if (c == 0) {
      c = label.compareTo(other.label);
    }
    if (c == 0) {
      c = kind.compareTo(other.kind);
    }
    return c != 0 ? c : Integer.compare(calendarOrder(), other.calendarOrder());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Period other)) {
      return false;
    }
    return kind == other.kind
        && start.equals(other.start)
        && endExclusive.equals(other.endExclusive)
        && label.equals(other.label)
        && Objects.equals(calendar, other.calendar);
  }

  @Override
  public int hashCode() {
    // Objects.hash(kind, start, endExclusive, label), without its array: periods are hashed for
    // every check-in built.
    int h = 31 + kind.hashCode();
    h = 31 * h + start.hashCode();
    h = 31 * h + endExclusive.hashCode();
    return 31 * h + label.hashCode();
  }

  /**
   * The label followed by the dates: {@code "FY2019/20 Q3 [2020-01-01, 2020-04-01)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return label + " [" + start + ", " + endExclusive + ")";
  }
}
