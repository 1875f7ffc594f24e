package org.okr4j.json.internal;

import static org.okr4j.json.internal.ReadContext.build;
import static org.okr4j.json.internal.ReadContext.requireMember;

import java.time.Month;
import java.util.List;
import org.okr4j.core.model.Report;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.json.OkrJsonException;
import org.okr4j.json.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads one report from a {@link JsonParser}, token by token: nothing keeps a tree of the document,
 * only the model being built and, per key result, the figures read until the key result ends.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
public final class ReportReader {
  /** The format this reader reads. */
  public static final String FORMAT = "okr4j/1";

  private static final List<String> REPORT_MEMBERS =
      List.of("format", "title", "organization", "fiscalYearStart", "period", "objectives");

  private final ReadContext cx;
  private final Cursor in;

  private ReportReader(JsonParser parser, ReadLimits limits) {
    this.cx = new ReadContext(parser, limits);
    this.in = cx.in;
  }

  /**
   * Reads a report from a parser positioned before the report (no current token) or on its {@code
   * START_OBJECT}. Leaves the parser on the report's {@code END_OBJECT}.
   *
   * @param parser the parser
   * @param limits the limits to enforce beside the parser's own
   * @return the report
   * @throws OkrJsonException for any problem with the document
   * @throws java.io.UncheckedIOException when the input cannot be read
   */
  public static Report read(JsonParser parser, ReadLimits limits) {
    ReportReader reader = new ReportReader(parser, limits);
    try {
      if (parser.currentToken() == null) {
        parser.nextToken();
      }
      return reader.readReport();
    } catch (JacksonIOException e) {
      throw new java.io.UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw translate(parser, e);
    }
  }

  /**
   * Checks that nothing but whitespace follows the report.
   *
   * @param parser the parser, on the report's {@code END_OBJECT}
   * @throws OkrJsonException when anything follows
   */
  public static void requireEnd(JsonParser parser) {
    try {
      JsonToken t = parser.nextToken();
      if (t != null) {
        TokenStreamLocation l = parser.currentTokenLocation();
        throw new OkrJsonException(
            "",
            l.getLineNr(),
            l.getColumnNr(),
            "expected the end of the input after the report, found more content",
            null);
      }
    } catch (JacksonIOException e) {
      throw new java.io.UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw translate(parser, e);
    }
  }

  /** Turns a Jackson exception (malformed JSON, a limit) into this module's exception. */
  static OkrJsonException translate(JsonParser parser, JacksonException e) {
    TokenStreamLocation l = e.getLocation();
    if (l == null || l.getLineNr() < 0) {
      l = parser.currentLocation();
    }
    String path;
    try {
      path = parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      path = "";
    }
    String message = e.getOriginalMessage();
    return new OkrJsonException(
        path,
        l.getLineNr(),
        l.getColumnNr(),
        "malformed or oversized JSON: " + (message == null ? e.toString() : message),
        e);
  }

  // ---------------------------------------------------------------- report

  private Report readReport() {
    JsonPath root = JsonPath.ROOT;
    if (in.token() == null) {
      throw in.error(root, "expected a report object, found the end of the input");
    }
    Loc loc = in.loc(root);
    Report.Builder report = Report.builder();
    boolean[] seen = new boolean[3]; // format, title, period
    in.object(
        root,
        "a report object",
        (name, path) -> {
          switch (name) {
            case "format" -> {
              String format = in.string(path, "the format version \"" + FORMAT + "\"");
              if (!FORMAT.equals(format)) {
                throw in.error(
                    path,
                    format.startsWith("okr4j/")
                        ? "unsupported format version \""
                            + Cursor.abbreviate(format)
                            + "\"; this reader reads \""
                            + FORMAT
                            + "\""
                        : "expected the format version \""
                            + FORMAT
                            + "\", found \""
                            + Cursor.abbreviate(format)
                            + "\"");
              }
              seen[0] = true;
            }
            case "title" -> {
              report.title(in.string(path));
              seen[1] = true;
            }
            case "organization" -> {
              String org = in.optionalString(path);
              if (org != null) {
                report.organization(org);
              }
            }
            case "fiscalYearStart" -> {
              FiscalCalendar calendar =
                  FiscalCalendar.startingIn(cx.enumValue(Month.class, path, "a month"));
              cx.calendar = calendar;
              report.calendar(calendar);
            }
            case "period" -> {
              requirePreamble(seen[0], path, name);
              report.period(cx.periods.readPeriod(path, "a period"));
              seen[2] = true;
            }
            case "objectives" -> {
              requirePreamble(seen[0], path, name);
              in.array(
                  path,
                  "an array of objectives",
                  (p, i) -> report.addObjectives(cx.objectives.readObjective(p)));
            }
            default -> throw in.unknownMember(path, name, REPORT_MEMBERS);
          }
        });
    requireMember(seen[0], loc, "format");
    requireMember(seen[1], loc, "title");
    requireMember(cx.calendar != null, loc, "fiscalYearStart");
    requireMember(seen[2], loc, "period");
    return build(loc, report::build);
  }

  private void requirePreamble(boolean formatSeen, JsonPath path, String member) {
    if (!formatSeen) {
      throw in.error(
          path, "\"format\": \"" + FORMAT + "\" must come before \"" + member + "\" in the report");
    }
    if (cx.calendar == null) {
      throw in.error(
          path,
          "\"fiscalYearStart\" must come before \""
              + member
              + "\" in the report: periods are read with the fiscal calendar");
    }
  }
}
