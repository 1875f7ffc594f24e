package org.okr4j.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Direction;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * The words of the format: how enum values, units and periods are spelled, read and written.
 *
 * <p>Every enum value is written in lower-case kebab form ({@code in-progress}); the Java constant
 * name ({@code IN_PROGRESS}) is accepted on reading. Directions are written {@code higher} and
 * {@code lower}.
 */
final class Vocabulary {
  private static final Pattern SCORE = Pattern.compile("score/(\\d{1,40}(?:\\.\\d{1,40})?)");
  private static final Pattern FISCAL = Pattern.compile("FY\\d.*");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  static final String PERIOD_FORMS =
      "a period such as \"FY2019/20 Q3\", \"FY2019/20\", \"2019-06\", \"2019\" or"
          + " \"2019-07-01..2020-01-01\"";

  private Vocabulary() {}

  // ---- enums ----

  static String text(Enum<?> value) {
    if (value instanceof Direction d) {
      return d == Direction.HIGHER_IS_BETTER ? "higher" : "lower";
    }
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> @Nullable E parse(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (text(e).equals(text) || e.name().equals(text)) {
        return e;
      }
      if (e instanceof Direction d
          && text.equals(d.name().toLowerCase(Locale.ROOT).replace('_', '-'))) {
        return e;
      }
    }
    return null;
  }

  static <E extends Enum<E>> List<String> allowed(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add("\"" + text(e) + "\"");
    }
    return names;
  }

  // ---- units ----

  /**
   * Reads a unit string: {@code count}, {@code count:NOUN}, {@code percent} (or {@code %}), {@code
   * ratio}, {@code days}, {@code hours}, {@code minutes}, {@code score/N}; anything else is the
   * symbol of another unit.
   *
   * @throws IllegalArgumentException with a message for the reader when the text is not a unit
   */
  static Unit parseUnit(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("expected a unit, found a blank string");
    }
    if (s.startsWith("count:")) {
      return Unit.count(s.substring("count:".length()));
    }
    if (s.startsWith("score/")) {
      Matcher m = SCORE.matcher(s);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "expected a score unit such as \"score/5\", found \"" + Cursor.abbreviate(s) + "\"");
      }
      return Unit.scoreOutOf(new BigDecimal(m.group(1)));
    }
    return switch (s) {
      case "count" -> Unit.count();
      case "percent", "%" -> Unit.percent();
      case "ratio" -> Unit.ratio();
      case "days" -> Unit.days();
      case "hours" -> Unit.hours();
      case "minutes" -> Unit.minutes();
      default -> Unit.of(s);
    };
  }

  /** The string form of a unit, or null when only the object form {"symbol": ...} reads back. */
  static @Nullable String unitText(Unit unit) {
    String text =
        switch (unit.kind()) {
          case COUNT -> unit.symbol().isEmpty() ? "count" : "count:" + unit.symbol();
          case PERCENT -> "percent";
          case RATIO -> "ratio";
          case SCORE -> "score" + unit.symbol();
          case DURATION, OTHER -> unit.symbol();
        };
    try {
      return parseUnit(text).equals(unit) ? text : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---- periods ----

  /**
   * Reads a period string under a fiscal calendar.
   *
   * @throws IllegalArgumentException with a message for the reader when the text is not a period
   */
  static Period parsePeriod(String text, FiscalCalendar calendar) {
    if (FISCAL.matcher(text).matches()) {
      return calendar.parse(text);
    }
    Matcher range = RANGE.matcher(text);
    if (range.matches()) {
      return Period.between(parseDate(range.group(1)), parseDate(range.group(2)));
    }
    Matcher month = MONTH.matcher(text);
    if (month.matches()) {
      return Period.of(yearMonth(text, month.group(1), month.group(2)));
    }
    if (YEAR.matcher(text).matches()) {
      Period year = Period.calendarYear(Integer.parseInt(text));
      requireCanonical(text, year.label());
      return year;
    }
    throw new IllegalArgumentException(
        "expected " + PERIOD_FORMS + ", found \"" + Cursor.abbreviate(text) + "\"");
  }

  private static void requireCanonical(String text, String canonical) {
    if (!text.equals(canonical)) {
      throw new IllegalArgumentException(
          "expected \"" + canonical + "\", found \"" + Cursor.abbreviate(text) + "\"");
    }
  }

  /** The string form of a period under the report's calendar, or null when it needs an object. */
  static @Nullable String periodText(Period period, FiscalCalendar calendar) {
    String text =
        switch (period.kind()) {
          case FISCAL_QUARTER, FISCAL_YEAR, MONTH, CALENDAR_YEAR -> period.label();
          case CUSTOM -> period.start() + ".." + period.endExclusive();
        };
    try {
      return parsePeriod(text, calendar).equals(period) ? text : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static boolean isDate(String text) {
    return DATE.matcher(text).matches();
  }

  /**
   * Reads an ISO date {@code yyyy-mm-dd} with a four-digit year from 0001 to 9999, with a message
   * that names the part that is wrong.
   *
   * @throws IllegalArgumentException when the text is not such a date
   */
  static LocalDate parseDate(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a date such as \"2019-07-01\", found \"" + Cursor.abbreviate(text) + "\"");
    }
    YearMonth month = yearMonth(text, m.group(1), m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (day < 1 || day > month.lengthOfMonth()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "\"%s\" is not a date: %s has days 01 to %02d",
              text,
              month,
              month.lengthOfMonth()));
    }
    return month.atDay(day);
  }

  /** A month from the digits of its year and month, with the years a period may have. */
  private static YearMonth yearMonth(String text, String yearDigits, String monthDigits) {
    int year = Integer.parseInt(yearDigits);
    int month = Integer.parseInt(monthDigits);
    if (year < 1) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a date: years run from 0001 to 9999");
    }
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a date: months run from 01 to 12, not " + monthDigits);
    }
    return YearMonth.of(year, month);
  }

  static boolean sameDecimal(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return a.compareTo(b) == 0 && a.scale() == b.scale();
  }

  /** A decimal written so that it reads back with the same value and scale. */
  static String decimalText(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }
}
