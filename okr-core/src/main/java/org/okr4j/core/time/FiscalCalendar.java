package org.okr4j.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * A fiscal calendar: the month its fiscal year starts in, and the fiscal years and quarters that
 * follow from it.
 *
 * <p>A fiscal year is named by the calendar year it ends in. With a year starting 1 July
 * (Wikimedia), fiscal year 2020 runs from 1 July 2019 to 30 June 2020, is labelled {@code
 * "FY2019/20"}, and its third quarter is January to March 2020. With a year starting 1 January,
 * fiscal year 2020 is the calendar year, labelled {@code "FY2020"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalCalendar {
  private static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(Month.JANUARY);
  private static final Pattern QUARTER_LABEL =
      Pattern.compile("(FY(\\d{4})(?:/(\\d{2}))?)(?:\\s+Q([1-4]))?");

  private final Month firstMonth;

  private FiscalCalendar(Month firstMonth) {
    this.firstMonth = firstMonth;
  }

  /**
   * The calendar whose fiscal year starts on the first day of {@code firstMonth}.
   *
   * @param firstMonth the first month of every fiscal year ({@link Month#JULY} for Wikimedia)
   * @return the calendar
   */
  public static FiscalCalendar startingIn(Month firstMonth) {
    Checks.notNull(firstMonth, "first month");
    return firstMonth == Month.JANUARY ? CALENDAR_YEAR : new FiscalCalendar(firstMonth);
  }

  /**
   * The calendar whose fiscal years are calendar years.
   *
   * @return the calendar starting in January
   */
  public static FiscalCalendar calendarYears() {
    return CALENDAR_YEAR;
  }

  /**
   * The month every fiscal year starts in.
   *
   * @return the first month
   */
  public Month firstMonth() {
    return firstMonth;
  }

  /**
   * A fiscal year.
   *
   * @param fiscalYear the calendar year the fiscal year ends in (2020 for FY2019/20)
   * @return the period, labelled {@code "FY2019/20"} (or {@code "FY2020"} for calendar years)
   */
  public Period fiscalYear(int fiscalYear) {
    checkYear(fiscalYear);
    return Period.fiscalYear(this, fiscalYear, startOf(fiscalYear), yearLabel(fiscalYear));
  }

  /**
   * A quarter of a fiscal year.
   *
   * @param fiscalYear the calendar year the fiscal year ends in
   * @param quarter 1 to 4
   * @return the period, labelled {@code "FY2019/20 Q3"}
   */
  public Period quarter(int fiscalYear, int quarter) {
    checkYear(fiscalYear);
    Checks.argument(quarter >= 1 && quarter <= 4, "quarter (%d) must be within 1..4", quarter);
    LocalDate start = startOf(fiscalYear).plusMonths(3L * (quarter - 1));
    return Period.fiscalQuarter(
        this, fiscalYear, quarter, start, yearLabel(fiscalYear) + " Q" + quarter);
  }

  /**
   * A fiscal year to date: from the start of the fiscal year up to, but not including, a day.
   *
   * @param fiscalYear the calendar year the fiscal year ends in
   * @param endExclusive the day after the last day counted, within the fiscal year or on the day
   *     after it ends
   * @return the period, of kind {@link Period.Kind#CUSTOM}, labelled {@code "FY2019/20 YTD to
   *     2020-03-31"} (the last day counted)
   * @throws IllegalArgumentException if {@code endExclusive} is not after the year's start or is
   *     after the day after its end
   */
  public Period yearToDate(int fiscalYear, LocalDate endExclusive) {
    Checks.notNull(endExclusive, "year to date end");
    checkYear(fiscalYear);
    LocalDate start = startOf(fiscalYear);
    Checks.argument(
        !endExclusive.isAfter(start.plusYears(1)),
        "year to date end (%s) must be within %s",
        endExclusive,
        yearLabel(fiscalYear));
    return Period.between(
        start, endExclusive, yearLabel(fiscalYear) + " YTD to " + endExclusive.minusDays(1));
  }

  /**
   * The fiscal year a day falls in.
   *
   * @param date the day
   * @return the calendar year its fiscal year ends in
   */
  public int fiscalYearOf(LocalDate date) {
    Checks.notNull(date, "date");
    if (firstMonth == Month.JANUARY || date.getMonthValue() < firstMonth.getValue()) {
      return date.getYear();
    }
    return date.getYear() + 1;
  }

  /**
   * The fiscal quarter a day falls in.
   *
   * @param date the day
   * @return the quarter containing {@code date}
   */
  public Period quarterContaining(LocalDate date) {
    int year = fiscalYearOf(date);
    int monthsIn = Math.floorMod(date.getMonthValue() - firstMonth.getValue(), 12);
    return quarter(year, monthsIn / 3 + 1);
  }

  /**
   * Reads a label this calendar prints ({@code "FY2019/20"}, {@code "FY2019/20 Q3"}), or the short
   * form naming only the year the fiscal year ends in ({@code "FY2020 Q3"}).
   *
   * @param label the label
   * @return the fiscal year or quarter
   * @throws IllegalArgumentException if the label is not one this calendar prints; the message
   *     quotes it
   */
  public Period parse(CharSequence label) {
    Checks.notNull(label, "period label");
    String text = label.toString().strip();
    Matcher m = QUARTER_LABEL.matcher(text);
    Checks.argument(
        m.matches(), "period label (\"%s\") must look like \"FY2019/20 Q3\" or \"FY2020\"", text);
    int first = Integer.parseInt(m.group(2));
    String endDigits = m.group(3);
    int fiscalYear = endDigits == null ? first : first + 1;
    Period year = fiscalYear(fiscalYear);
    Checks.argument(
        endDigits == null || year.label().equals(m.group(1)),
        "period label (\"%s\") does not match this calendar, which calls that year \"%s\"",
        text,
        year.label());
    String quarter = m.group(4);
    return quarter == null ? year : quarter(fiscalYear, Integer.parseInt(quarter));
  }

  private LocalDate startOf(int fiscalYear) {
    return firstMonth == Month.JANUARY
        ? LocalDate.of(fiscalYear, Month.JANUARY, 1)
        : LocalDate.of(fiscalYear - 1, firstMonth, 1);
  }

  private String yearLabel(int fiscalYear) {
    if (firstMonth == Month.JANUARY) {
      return "FY" + fiscalYear;
    }
    // "FY%d/%02d" of (fiscalYear - 1, fiscalYear % 100), without a Formatter: labels are made for
    // every period read. Fiscal years are within 1001..9998, so both numbers are positive.
    int end = fiscalYear % 100;
    return "FY" + (fiscalYear - 1) + (end < 10 ? "/0" : "/") + end;
  }

  private static void checkYear(int fiscalYear) {
    Checks.argument(
        fiscalYear >= 1001 && fiscalYear <= 9998,
        "fiscal year (%d) must be within 1001..9998",
        fiscalYear);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || (obj instanceof FiscalCalendar other && firstMonth == other.firstMonth);
  }

  @Override
  public int hashCode() {
    return firstMonth.hashCode();
  }

  /**
   * {@code "fiscal year starting in JULY"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "fiscal year starting in " + firstMonth;
  }
}
