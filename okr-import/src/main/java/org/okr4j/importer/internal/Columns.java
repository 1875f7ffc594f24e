package org.okr4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/** What each column of a table holds, read from its header. */
public final class Columns {
  private static final Pattern QUARTER = Pattern.compile("(?i)q([1-4])(\\s+status)?");

  /** What a column holds. */
  public enum Kind {
    /** The objective a row belongs to (CSV). */
    OBJECTIVE,
    /** The key result's id (CSV). */
    ID,
    /** The statement, possibly with "Baseline: …" inside. */
    STATEMENT,
    /** The baseline. */
    BASELINE,
    /** The goal. */
    GOAL,
    /** A period's check-in. */
    PERIOD,
    /** Anything else: not read. */
    OTHER
  }

  /** One column. */
  public record Column(int index, String header, Kind kind, @Nullable Period period) {}

  private Columns() {}

  /** The columns of a header; quarters ("Q2 Status") are of the fiscal year of {@code report}. */
  public static List<Column> of(List<String> header, FiscalCalendar calendar, Period report) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = Html.text(header.get(i));
      String lower = h.toLowerCase(Locale.ROOT);
      Kind kind;
      Period period = null;
      Matcher q = QUARTER.matcher(h);
      if (lower.equals("objective")) {
        kind = Kind.OBJECTIVE;
      } else if (lower.equals("id")) {
        kind = Kind.ID;
      } else if (lower.contains("baseline")) {
        kind = Kind.BASELINE;
      } else if (lower.contains("goal") || lower.contains("target")) {
        kind = Kind.GOAL;
      } else if (q.matches() && report.fiscalYear().isPresent()) {
        kind = Kind.PERIOD;
        period = calendar.quarter(report.fiscalYear().get(), Integer.parseInt(q.group(1)));
      } else if ((period = periodOf(calendar, h)) != null) {
        kind = Kind.PERIOD;
      } else if (i == 0
          || lower.isEmpty()
          || lower.contains("statement")
          || lower.contains("key result")) {
        kind = Kind.STATEMENT;
      } else {
        kind = Kind.OTHER;
      }
      columns.add(new Column(i, h, kind, period));
    }
    return columns;
  }

  private static @Nullable Period periodOf(FiscalCalendar calendar, String header) {
    try {
      return calendar.parse(header);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
