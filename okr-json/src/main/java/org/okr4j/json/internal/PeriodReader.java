package org.okr4j.json.internal;

import static org.okr4j.json.internal.ReadContext.build;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;
import tools.jackson.core.JsonToken;

/**
 * Reads periods, as-ofs and dates, with the report's fiscal calendar.
 *
 * <p>Not thread-safe: belongs to the {@link ReadContext} of one document.
 */
final class PeriodReader {
  private static final List<String> PERIOD_MEMBERS =
      List.of("start", "endExclusive", "label", "fiscal", "fiscalYearStart");

  private final ReadContext cx;
  private final Cursor in;

  PeriodReader(ReadContext cx) {
    this.cx = cx;
    this.in = cx.in;
  }

  Period readPeriod(JsonPath at, String what) {
    if (in.token() == JsonToken.VALUE_STRING) {
      String text = in.string(at);
      Period known = cx.periodsByText.get(text);
      if (known != null) {
        return known;
      }
      Period period = build(in.loc(at), () -> Vocabulary.parsePeriod(text, cx.calendar()));
      cx.periodsByText.put(text, period);
      return period;
    }
    Loc loc = in.loc(at);
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(at, Vocabulary.PERIOD_FORMS + " or a period object");
    }
    PeriodSpec spec = readPeriodObject(at);
    return spec.toPeriod(loc, what);
  }

  AsOf readAsOf(JsonPath at) {
    Loc loc = in.loc(at);
    if (in.token() == JsonToken.VALUE_STRING) {
      String text = in.string(at);
      if (Vocabulary.isDate(text)) {
        return build(loc, () -> AsOf.date(Vocabulary.parseDate(text)));
      }
      return build(loc, () -> AsOf.period(Vocabulary.parsePeriod(text, cx.calendar())));
    }
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(
          at,
          "a date such as \"2019-06-15\", "
              + Vocabulary.PERIOD_FORMS
              + ", or {\"label\": \"...\"} for a time named in words");
    }
    PeriodSpec spec = readPeriodObject(at);
    String label = spec.label;
    if (label != null && spec.isOnlyLabel()) {
      return build(loc, () -> AsOf.label(label));
    }
    return AsOf.period(spec.toPeriod(loc, "an as-of"));
  }

  /** The members of a period object, checked once the object ends. */
  private static final class PeriodSpec {
    @Nullable LocalDate start;
    @Nullable LocalDate end;
    @Nullable String label;
    @Nullable String fiscal;
    @Nullable Month fiscalYearStart;

    boolean isOnlyLabel() {
      return start == null && end == null && fiscal == null && fiscalYearStart == null;
    }

    Period toPeriod(Loc loc, String what) {
      LocalDate s = start;
      LocalDate e = end;
      String f = fiscal;
      Month m = fiscalYearStart;
      if (f != null || m != null) {
        if (f == null || m == null || s != null || e != null || label != null) {
          throw loc.error(
              "a fiscal period object has exactly \"fiscal\" and \"fiscalYearStart\", as in"
                  + " {\"fiscal\": \"FY2020 Q1\", \"fiscalYearStart\": \"april\"}");
        }
        return build(loc, () -> FiscalCalendar.startingIn(m).parse(f));
      }
      if (s == null || e == null) {
        throw loc.error(
            "expected "
                + what
                + " object with \"start\" and \"endExclusive\" dates, as in {\"start\":"
                + " \"2019-07-01\", \"endExclusive\": \"2020-01-01\", \"label\": \"H1\"}");
      }
      String l = label;
      return build(loc, () -> l == null ? Period.between(s, e) : Period.between(s, e, l));
    }
  }

  PeriodSpec readPeriodObject(JsonPath at) {
    PeriodSpec spec = new PeriodSpec();
    in.object(
        at,
        "a period object",
        (name, path) -> {
          switch (name) {
            case "start" -> spec.start = readDate(path);
            case "endExclusive" -> spec.end = readDate(path);
            case "label" -> spec.label = in.string(path);
            case "fiscal" -> spec.fiscal = in.string(path);
            case "fiscalYearStart" ->
                spec.fiscalYearStart = cx.enumValue(Month.class, path, "a month");
            default -> throw in.unknownMember(path, name, PERIOD_MEMBERS);
          }
        });
    return spec;
  }

  LocalDate readDate(JsonPath at) {
    String text = in.string(at, "a date such as \"2019-07-01\"");
    Loc loc = in.loc(at);
    if (!Vocabulary.isDate(text)) {
      throw loc.error(
          "expected a date such as \"2019-07-01\", found \"" + Cursor.abbreviate(text) + "\"");
    }
    return build(loc, () -> Vocabulary.parseDate(text));
  }
}
