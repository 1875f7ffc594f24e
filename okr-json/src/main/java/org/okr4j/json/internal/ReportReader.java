package org.okr4j.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.BinaryTarget;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.QualitativeTarget;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.UndeterminedTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;
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
  private static final List<String> OBJECTIVE_MEMBERS =
      List.of(
          "id",
          "title",
          "description",
          "weight",
          "status",
          "targetCompletion",
          "facts",
          "keyResults",
          "children");
  private static final List<String> KEY_RESULT_MEMBERS =
      List.of(
          "id",
          "statement",
          "metric",
          "baseline",
          "target",
          "headline",
          "weight",
          "status",
          "note",
          "checkIns");
  private static final List<String> METRIC_MEMBERS =
      List.of("name", "unit", "direction", "lowerBound", "upperBound", "exact");
  private static final List<String> BASELINE_MEMBERS =
      List.of("value", "asOf", "share", "alsoStatedAs", "printed");
  private static final List<String> CHECK_IN_MEMBERS =
      List.of("period", "value", "state", "parts", "note", "printed", "share", "statedChanges");
  private static final List<String> FIGURE_MEMBERS = List.of("value", "exact", "precision", "unit");
  private static final List<String> SHARE_MEMBERS = List.of("part", "whole", "unit");
  private static final List<String> STATED_FIGURE_MEMBERS = List.of("text", "value");
  private static final List<String> STATED_CHANGE_MEMBERS =
      List.of("text", "value", "measure", "reference", "sense");
  private static final List<String> STATUS_MEMBERS = List.of("color", "reason");
  private static final List<String> FACT_MEMBERS = List.of("statement", "value", "share", "asOf");
  private static final List<String> PERIOD_MEMBERS =
      List.of("start", "endExclusive", "label", "fiscal", "fiscalYearStart");
  private static final List<String> UNIT_MEMBERS = List.of("count", "symbol", "scoreOutOf");
  private static final List<String> TARGET_MEMBERS =
      List.of(
          "reach",
          "relativeChange",
          "percentagePoints",
          "scalePoints",
          "statedValue",
          "above",
          "below",
          "boundary",
          "between",
          "lowerBoundary",
          "upperBoundary",
          "done",
          "percentComplete",
          "zones",
          "allOf",
          "combination",
          "tbd",
          "qualitative",
          "printed");
  private static final String TARGET_KINDS =
      "reach, relativeChange, percentagePoints, scalePoints, above, below, between, done,"
          + " percentComplete, zones, allOf, tbd or qualitative";
  private static final List<String> ZONE_MEMBERS = List.of("commit", "target", "stretch");
  private static final List<String> PART_MEMBERS = List.of("name", "unit", "target", "baseline");
  private static final String FIGURE_FORMS =
      "a number, a figure string such as \"238.9M\" or a figure object such as {\"value\": 1134,"
          + " \"exact\": true}";

  private final Cursor in;
  private @Nullable FiscalCalendar calendar;

  /** Where each id was read: a path, printed only in the message of a duplicate. */
  private final Map<String, JsonPath> idsSeen = new HashMap<>();

  /**
   * Periods and units already read from their string forms: a report names a few of them thousands
   * of times. Periods are read only once the calendar is known, which no later member can change.
   * Only values that were read successfully are kept.
   */
  private final Map<String, Period> periodsByText = new HashMap<>();

  private final Map<String, Unit> unitsByText = new HashMap<>();

  private ReportReader(JsonParser parser, ReadLimits limits) {
    this.in = new Cursor(parser, limits);
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
              calendar = FiscalCalendar.startingIn(enumValue(Month.class, path, "a month"));
              report.calendar(calendar);
            }
            case "period" -> {
              requirePreamble(seen[0], path, name);
              report.period(readPeriod(path, "a period"));
              seen[2] = true;
            }
            case "objectives" -> {
              requirePreamble(seen[0], path, name);
              in.array(
                  path, "an array of objectives", (p, i) -> report.addObjectives(readObjective(p)));
            }
            default -> throw in.unknownMember(path, name, REPORT_MEMBERS);
          }
        });
    requireMember(seen[0], loc, "format");
    requireMember(seen[1], loc, "title");
    requireMember(calendar != null, loc, "fiscalYearStart");
    requireMember(seen[2], loc, "period");
    return build(loc, report::build);
  }

  private void requirePreamble(boolean formatSeen, JsonPath path, String member) {
    if (!formatSeen) {
      throw in.error(
          path, "\"format\": \"" + FORMAT + "\" must come before \"" + member + "\" in the report");
    }
    if (calendar == null) {
      throw in.error(
          path,
          "\"fiscalYearStart\" must come before \""
              + member
              + "\" in the report: periods are read with the fiscal calendar");
    }
  }

  private FiscalCalendar calendar() {
    FiscalCalendar c = calendar;
    if (c == null) {
      throw new IllegalStateException("calendar not read yet");
    }
    return c;
  }

  // ---------------------------------------------------------------- objectives

  private Objective readObjective(JsonPath at) {
    Loc loc = in.loc(at);
    Objective.Builder objective = Objective.builder();
    Map<String, Loc> members = new HashMap<>();
    boolean[] seen = new boolean[2]; // id, title
    in.object(
        at,
        "an objective object",
        (name, path) -> {
          rememberMember(members, name, path);
          switch (name) {
            case "id" -> {
              objective.id(readId(path));
              seen[0] = true;
            }
            case "title" -> {
              objective.title(in.string(path));
              seen[1] = true;
            }
            case "description" -> {
              String d = in.optionalString(path);
              if (d != null) {
                objective.description(d);
              }
            }
            case "weight" -> {
              if (!in.isNull()) {
                objective.weight(in.decimal(path));
              }
            }
            case "status" -> {
              if (!in.isNull()) {
                objective.statedStatus(readStatus(path));
              }
            }
            case "targetCompletion" -> {
              if (!in.isNull()) {
                objective.targetCompletion(readPeriod(path, "a period"));
              }
            }
            case "facts" -> {
              if (!in.isNull()) {
                in.array(path, "an array of facts", (p, i) -> objective.addFacts(readFact(p)));
              }
            }
            case "keyResults" -> {
              if (!in.isNull()) {
                in.array(
                    path,
                    "an array of key results",
                    (p, i) -> objective.addKeyResults(readKeyResult(p)));
              }
            }
            case "children" -> {
              if (!in.isNull()) {
                in.array(
                    path,
                    "an array of objectives",
                    (p, i) -> objective.addChildren(readObjective(p)));
              }
            }
            default -> throw in.unknownMember(path, name, OBJECTIVE_MEMBERS);
          }
        });
    requireMember(seen[0], loc, "id");
    requireMember(seen[1], loc, "title");
    return buildMember(loc, members, "objective", objective::build);
  }

  private String readId(JsonPath path) {
    String id = in.string(path, "an id");
    JsonPath previous = idsSeen.putIfAbsent(id, path);
    if (previous != null) {
      throw in.error(
          path,
          "id \""
              + Cursor.abbreviate(id)
              + "\" is already used at "
              + previous
              + "; ids are unique across the report");
    }
    return id;
  }

  private Fact readFact(JsonPath at) {
    Loc loc = in.loc(at);
    Fact.Builder fact = Fact.builder();
    Raw.Figure[] value = new Raw.Figure[1];
    Raw.Share[] share = new Raw.Share[1];
    boolean[] seen = new boolean[1];
    in.object(
        at,
        "a fact object",
        (name, path) -> {
          switch (name) {
            case "statement" -> {
              fact.statement(in.string(path));
              seen[0] = true;
            }
            case "value" -> value[0] = readFigure(path);
            case "share" -> share[0] = readShare(path);
            case "asOf" -> {
              if (!in.isNull()) {
                fact.asOf(readAsOf(path));
              }
            }
            default -> throw in.unknownMember(path, name, FACT_MEMBERS);
          }
        });
    requireMember(seen[0], loc, "statement");
    Raw.Figure v = requireMember(value[0], loc, "value");
    Raw.Share s = requireMember(share[0], loc, "share");
    fact.value(resolve(v, Unit.percent(), false, null));
    fact.share(resolveShare(s));
    return build(loc, fact::build);
  }

  private StatedStatus readStatus(JsonPath at) {
    if (in.token() == JsonToken.VALUE_STRING) {
      return StatedStatus.of(enumValue(StatusColor.class, at, "a status colour"));
    }
    Loc loc = in.loc(at);
    StatusColor[] color = new StatusColor[1];
    String[] reason = new String[1];
    in.object(
        at,
        "a status: a colour such as \"yellow\" or {\"color\": \"yellow\", \"reason\": \"...\"}",
        (name, path) -> {
          switch (name) {
            case "color" -> color[0] = enumValue(StatusColor.class, path, "a status colour");
            case "reason" -> reason[0] = in.optionalString(path);
            default -> throw in.unknownMember(path, name, STATUS_MEMBERS);
          }
        });
    StatusColor c = requireMember(color[0], loc, "color");
    String r = reason[0];
    return r == null ? StatedStatus.of(c) : StatedStatus.of(c, r);
  }

  // ---------------------------------------------------------------- key results

  private KeyResult readKeyResult(JsonPath at) {
    Loc loc = in.loc(at);
    KeyResult.Builder kr = KeyResult.builder();
    Map<String, Loc> members = new HashMap<>();
    Metric[] metric = new Metric[1];
    boolean[] flags = new boolean[3]; // exact default, id seen, statement seen
    Raw.Baseline[] baseline = new Raw.Baseline[1];
    Raw.TargetSpec[] targets = new Raw.TargetSpec[2]; // target, headline
    List<Raw.CheckIn> checkIns = new ArrayList<>();
    in.object(
        at,
        "a key result object",
        (name, path) -> {
          rememberMember(members, name, path);
          switch (name) {
            case "id" -> {
              kr.id(readId(path));
              flags[1] = true;
            }
            case "statement" -> {
              kr.statement(in.string(path));
              flags[2] = true;
            }
            case "metric" -> {
              if (!in.isNull()) {
                metric[0] = readMetric(path, flags);
              }
            }
            case "baseline" -> {
              if (!in.isNull()) {
                baseline[0] = readBaseline(path);
              }
            }
            case "target" -> targets[0] = readTarget(path, false);
            case "headline" -> {
              if (!in.isNull()) {
                targets[1] = readTarget(path, false);
              }
            }
            case "weight" -> {
              if (!in.isNull()) {
                kr.weight(in.decimal(path));
              }
            }
            case "status" -> {
              if (!in.isNull()) {
                kr.statedStatus(readStatus(path));
              }
            }
            case "note" -> {
              String note = in.optionalString(path);
              if (note != null) {
                kr.note(note);
              }
            }
            case "checkIns" -> {
              if (!in.isNull()) {
                Map<Period, JsonPath> periods = new HashMap<>();
                in.array(
                    path,
                    "an array of check-ins",
                    (p, i) -> {
                      Raw.CheckIn c = readCheckIn(p);
                      Period period = requireMember(c.period, c.loc, "period");
                      JsonPath other = periods.putIfAbsent(period, p);
                      if (other != null) {
                        throw c.loc
                            .field("period")
                            .error(
                                "a second check-in for "
                                    + period.label()
                                    + "; the first is at "
                                    + other);
                      }
                      checkIns.add(c);
                    });
              }
            }
            default -> throw in.unknownMember(path, name, KEY_RESULT_MEMBERS);
          }
        });
    requireMember(flags[1], loc, "id");
    requireMember(flags[2], loc, "statement");
    Raw.TargetSpec target = requireMember(targets[0], loc, "target");

    // Resolve the figures now that the metric is known.
    Metric m = metric[0];
    boolean exactDefault = flags[0];
    Unit unit = m != null ? m.unit() : target.kind == Target.Kind.MILESTONE ? Unit.percent() : null;
    // With a metric, okr-core requires its unit of every figure; without one, a milestone's
    // percent is only the default.
    String mustMatch = m != null ? "the key result's metric" : null;
    Scope scope = new Scope(unit, exactDefault, mustMatch);
    if (m != null) {
      kr.metric(m);
    }
    Target resolvedTarget = resolveTarget(target, scope);
    kr.target(resolvedTarget);
    Raw.TargetSpec headline = targets[1];
    if (headline != null) {
      kr.headline(resolveTarget(headline, scope));
    }
    Raw.Baseline b = baseline[0];
    if (b != null) {
      kr.baseline(resolveBaseline(b, scope));
    }
    for (Raw.CheckIn c : checkIns) {
      kr.addCheckIns(resolveCheckIn(c, scope, resolvedTarget));
    }
    return buildMember(loc, members, "key result", kr::build);
  }

  /** The unit and exactness figures of a key result take when they do not state their own. */
  private record Scope(@Nullable Unit unit, boolean exactDefault, @Nullable String mustMatch) {
    Scope plain(@Nullable Unit u) {
      return new Scope(u, false, null);
    }
  }

  private Metric readMetric(JsonPath at, boolean[] flags) {
    Loc loc = in.loc(at);
    Metric.Builder metric = Metric.builder();
    boolean[] seen = new boolean[3];
    in.object(
        at,
        "a metric object",
        (name, path) -> {
          switch (name) {
            case "name" -> {
              metric.name(in.string(path));
              seen[0] = true;
            }
            case "unit" -> {
              metric.unit(readUnit(path));
              seen[1] = true;
            }
            case "direction" -> {
              metric.direction(enumValue(Direction.class, path, "a direction"));
              seen[2] = true;
            }
            case "lowerBound" -> {
              if (!in.isNull()) {
                metric.lowerBound(in.decimal(path));
              }
            }
            case "upperBound" -> {
              if (!in.isNull()) {
                metric.upperBound(in.decimal(path));
              }
            }
            case "exact" -> {
              if (!in.isNull()) {
                flags[0] = in.bool(path);
              }
            }
            default -> throw in.unknownMember(path, name, METRIC_MEMBERS);
          }
        });
    requireMember(seen[0], loc, "name");
    requireMember(seen[1], loc, "unit");
    requireMember(seen[2], loc, "direction");
    return build(loc, metric::build);
  }

  private Raw.Baseline readBaseline(JsonPath at) {
    Raw.Baseline b = new Raw.Baseline(in.loc(at));
    in.object(
        at,
        "a baseline object such as {\"value\": 19, \"asOf\": \"2019-06\"}",
        (name, path) -> {
          switch (name) {
            case "value" -> b.value = readFigure(path);
            case "asOf" -> {
              if (!in.isNull()) {
                b.asOf = readAsOf(path);
              }
            }
            case "share" -> {
              if (!in.isNull()) {
                b.share = readShare(path);
              }
            }
            case "alsoStatedAs" -> {
              if (!in.isNull()) {
                List<Raw.StatedFigure> figures = new ArrayList<>();
                in.array(
                    path, "an array of stated figures", (p, i) -> figures.add(readStatedFigure(p)));
                b.alsoStatedAs = figures;
              }
            }
            case "printed" -> b.printed = in.optionalString(path);
            default -> throw in.unknownMember(path, name, BASELINE_MEMBERS);
          }
        });
    requireMember(b.value, b.loc, "value");
    return b;
  }

  private Raw.CheckIn readCheckIn(JsonPath at) {
    Raw.CheckIn c = new Raw.CheckIn(in.loc(at));
    in.object(
        at,
        "a check-in object",
        (name, path) -> {
          switch (name) {
            case "period" -> c.period = readPeriod(path, "a period");
            case "value" -> {
              if (!in.isNull()) {
                c.value = readFigure(path);
              }
            }
            case "state" -> {
              if (!in.isNull()) {
                c.state = enumValue(CheckInState.class, path, "a check-in state");
              }
            }
            case "parts" -> {
              if (!in.isNull()) {
                c.partsLoc = in.loc(path);
                Map<String, Raw.Figure> parts = new LinkedHashMap<>();
                in.object(
                    path,
                    "an object of part values such as {\"projects completed\": 12}",
                    (part, p) -> parts.put(part, readFigure(p)));
                c.parts = parts;
              }
            }
            case "note" -> c.note = in.optionalString(path);
            case "printed" -> c.printed = in.optionalString(path);
            case "share" -> {
              if (!in.isNull()) {
                c.share = readShare(path);
              }
            }
            case "statedChanges" -> {
              if (!in.isNull()) {
                List<Raw.StatedChange> changes = new ArrayList<>();
                in.array(
                    path, "an array of stated changes", (p, i) -> changes.add(readStatedChange(p)));
                c.statedChanges = changes;
              }
            }
            default -> throw in.unknownMember(path, name, CHECK_IN_MEMBERS);
          }
        });
    requireMember(c.period, c.loc, "period");
    return c;
  }

  private Raw.StatedChange readStatedChange(JsonPath at) {
    Loc loc = in.loc(at);
    String[] text = new String[1];
    Raw.Figure[] value = new Raw.Figure[1];
    ChangeMeasure[] measure = {ChangeMeasure.RELATIVE};
    ChangeReference[] reference = {ChangeReference.BASELINE};
    ChangeSense[] sense = {ChangeSense.CHANGE};
    in.object(
        at,
        "a stated change object such as {\"text\": \"-1.4%\", \"value\": -1.4}",
        (name, path) -> {
          switch (name) {
            case "text" -> text[0] = in.string(path);
            case "value" -> value[0] = readFigure(path);
            case "measure" -> measure[0] = enumValue(ChangeMeasure.class, path, "a change measure");
            case "reference" ->
                reference[0] = enumValue(ChangeReference.class, path, "a change reference");
            case "sense" -> sense[0] = enumValue(ChangeSense.class, path, "a change sense");
            default -> throw in.unknownMember(path, name, STATED_CHANGE_MEMBERS);
          }
        });
    String t = requireMember(text[0], loc, "text");
    Raw.Figure v = requireMember(value[0], loc, "value");
    return new Raw.StatedChange(
        new Raw.StatedFigure(t, v, loc), ChangeBasis.of(measure[0], reference[0], sense[0]), loc);
  }

  private Raw.StatedFigure readStatedFigure(JsonPath at) {
    Loc loc = in.loc(at);
    String[] text = new String[1];
    Raw.Figure[] value = new Raw.Figure[1];
    in.object(
        at,
        "a stated figure object such as {\"text\": \"18 days\", \"value\": 18}",
        (name, path) -> {
          switch (name) {
            case "text" -> text[0] = in.string(path);
            case "value" -> value[0] = readFigure(path);
            default -> throw in.unknownMember(path, name, STATED_FIGURE_MEMBERS);
          }
        });
    return new Raw.StatedFigure(
        requireMember(text[0], loc, "text"), requireMember(value[0], loc, "value"), loc);
  }

  private Raw.Share readShare(JsonPath at) {
    Loc loc = in.loc(at);
    Raw.Figure[] figures = new Raw.Figure[2];
    Unit[] unit = {Unit.count()};
    in.object(
        at,
        "a share object such as {\"part\": \"238.9M\", \"whole\": \"959.4M\"}",
        (name, path) -> {
          switch (name) {
            case "part" -> figures[0] = readFigure(path);
            case "whole" -> figures[1] = readFigure(path);
            case "unit" -> unit[0] = readUnit(path);
            default -> throw in.unknownMember(path, name, SHARE_MEMBERS);
          }
        });
    return new Raw.Share(
        requireMember(figures[0], loc, "part"),
        requireMember(figures[1], loc, "whole"),
        unit[0],
        loc);
  }

  // ---------------------------------------------------------------- targets

  private Raw.TargetSpec readTarget(JsonPath at, boolean inPart) {
    Raw.TargetSpec t = new Raw.TargetSpec(in.loc(at));
    if (in.token() == JsonToken.VALUE_STRING) {
      String s = in.string(at);
      switch (s) {
        case "done" -> t.kind = Target.Kind.BINARY;
        case "tbd" -> t.kind = Target.Kind.UNDETERMINED;
        default ->
            throw in.error(
                at,
                "expected a target: \"done\", \"tbd\" or an object with one of "
                    + TARGET_KINDS
                    + ", found the string \""
                    + Cursor.abbreviate(s)
                    + "\"");
      }
      return t;
    }
    Map<String, Loc> qualifiers = new HashMap<>();
    in.object(
        at,
        "a target: \"done\", \"tbd\" or an object with one of " + TARGET_KINDS,
        (name, path) -> {
          switch (name) {
            case "reach" -> {
              kind(t, Target.Kind.VALUE, path, name);
              t.value = readFigure(path);
            }
            case "relativeChange", "percentagePoints", "scalePoints" -> {
              kind(t, Target.Kind.CHANGE, path, name);
              t.measure =
                  switch (name) {
                    case "relativeChange" -> ChangeMeasure.RELATIVE;
                    case "percentagePoints" -> ChangeMeasure.PERCENTAGE_POINTS;
                    default -> ChangeMeasure.SCALE_POINTS;
                  };
              t.amount = in.decimal(path);
            }
            case "above", "below" -> {
              kind(t, Target.Kind.THRESHOLD, path, name);
              t.side =
                  name.equals("above") ? ThresholdTarget.Side.ABOVE : ThresholdTarget.Side.BELOW;
              t.threshold = readFigure(path);
            }
            case "between" -> {
              kind(t, Target.Kind.BAND, path, name);
              List<Raw.Figure> ends = new ArrayList<>();
              in.array(
                  path,
                  "an array of two figures [lower, upper]",
                  (p, i) -> {
                    if (i >= 2) {
                      throw in.error(p, "expected two figures [lower, upper], found a third");
                    }
                    ends.add(readFigure(p));
                  });
              if (ends.size() != 2) {
                throw in.loc(path)
                    .error("expected two figures [lower, upper], found " + ends.size());
              }
              t.lower = ends.get(0);
              t.upper = ends.get(1);
            }
            case "done" -> {
              kind(t, Target.Kind.BINARY, path, name);
              requireTrue(path, name);
            }
            case "tbd" -> {
              kind(t, Target.Kind.UNDETERMINED, path, name);
              requireTrue(path, name);
            }
            case "percentComplete" -> {
              kind(t, Target.Kind.MILESTONE, path, name);
              t.percentComplete = in.decimal(path);
            }
            case "zones" -> {
              kind(t, Target.Kind.ZONED, path, name);
              Loc zonesLoc = in.loc(path);
              in.object(
                  path,
                  "an object {\"commit\": ..., \"target\": ..., \"stretch\": ...}",
                  (zone, p) -> {
                    switch (zone) {
                      case "commit" -> t.commit = readFigure(p);
                      case "target" -> t.target = readFigure(p);
                      case "stretch" -> t.stretch = readFigure(p);
                      default -> throw in.unknownMember(p, zone, ZONE_MEMBERS);
                    }
                  });
              requireMember(t.commit, zonesLoc, "commit");
              requireMember(t.target, zonesLoc, "target");
              requireMember(t.stretch, zonesLoc, "stretch");
            }
            case "allOf" -> {
              kind(t, Target.Kind.COMPOSITE, path, name);
              if (inPart) {
                throw in.error(path, "a composite part cannot itself be composite");
              }
              in.array(path, "an array of parts", (p, i) -> t.parts.add(readPart(p)));
            }
            case "qualitative" -> {
              kind(t, Target.Kind.QUALITATIVE, path, name);
              t.description = in.string(path, "a description");
            }
            case "statedValue" -> {
              qualifiers.put(name, in.loc(path));
              if (!in.isNull()) {
                t.statedValue = readStatedFigure(path);
              }
            }
            case "boundary" -> {
              qualifiers.put(name, in.loc(path));
              t.boundary = enumValue(Boundary.class, path, "a boundary");
            }
            case "lowerBoundary" -> {
              qualifiers.put(name, in.loc(path));
              t.lowerBoundary = enumValue(Boundary.class, path, "a boundary");
            }
            case "upperBoundary" -> {
              qualifiers.put(name, in.loc(path));
              t.upperBoundary = enumValue(Boundary.class, path, "a boundary");
            }
            case "combination" -> {
              qualifiers.put(name, in.loc(path));
              t.combination = enumValue(CompositeTarget.Combination.class, path, "a combination");
            }
            case "printed" -> t.printed = in.optionalString(path);
            default -> throw in.unknownMember(path, name, TARGET_MEMBERS);
          }
        });
    Target.Kind kind = t.kind;
    if (kind == null) {
      throw t.loc.error("expected a target with one of " + TARGET_KINDS + ", found none");
    }
    for (Map.Entry<String, Loc> q : qualifiers.entrySet()) {
      Target.Kind needs =
          switch (q.getKey()) {
            case "statedValue" -> Target.Kind.CHANGE;
            case "boundary" -> Target.Kind.THRESHOLD;
            case "lowerBoundary", "upperBoundary" -> Target.Kind.BAND;
            default -> Target.Kind.COMPOSITE;
          };
      if (kind != needs) {
        throw q.getValue()
            .error(
                "\""
                    + q.getKey()
                    + "\" applies only to "
                    + switch (needs) {
                      case CHANGE -> "relativeChange, percentagePoints and scalePoints targets";
                      case THRESHOLD -> "above and below targets";
                      case BAND -> "between targets";
                      default -> "allOf targets";
                    });
      }
    }
    if (kind == Target.Kind.THRESHOLD && t.boundary == null) {
      throw t.loc.error(
          "an above or below target needs \"boundary\": \"inclusive\" (the threshold itself"
              + " meets it) or \"exclusive\"");
    }
    return t;
  }

  private void kind(Raw.TargetSpec t, Target.Kind kind, JsonPath path, String name) {
    if (t.kind != null) {
      throw in.error(
          path,
          "a target has exactly one kind, found \"" + name + "\" beside an earlier kind member");
    }
    t.kind = kind;
    t.kindLoc = in.loc(path);
  }

  private void requireTrue(JsonPath path, String name) {
    if (in.token() != JsonToken.VALUE_TRUE) {
      throw in.expected(path, "true (as in {\"" + name + "\": true})");
    }
  }

  private Raw.Part readPart(JsonPath at) {
    Loc loc = in.loc(at);
    String[] name = new String[1];
    Unit[] unit = new Unit[1];
    Raw.TargetSpec[] target = new Raw.TargetSpec[1];
    Raw.Figure[] baseline = new Raw.Figure[1];
    in.object(
        at,
        "a part object such as {\"name\": \"projects completed\", \"target\": {\"reach\": 20}}",
        (member, path) -> {
          switch (member) {
            case "name" -> name[0] = in.string(path);
            case "unit" -> unit[0] = readUnit(path);
            case "target" -> target[0] = readTarget(path, true);
            case "baseline" -> {
              if (!in.isNull()) {
                baseline[0] = readFigure(path);
              }
            }
            default -> throw in.unknownMember(path, member, PART_MEMBERS);
          }
        });
    return new Raw.Part(
        requireMember(name[0], loc, "name"),
        unit[0],
        requireMember(target[0], loc, "target"),
        baseline[0],
        loc);
  }

  // ---------------------------------------------------------------- figures, units, periods

  private Raw.Figure readFigure(JsonPath at) {
    Loc loc = in.loc(at);
    if (in.isNumber()) {
      return new Raw.Figure(in.decimal(at, FIGURE_FORMS), null, null, loc);
    }
    if (in.token() == JsonToken.VALUE_STRING) {
      Quantity q = parseFigureString(at, loc);
      return new Raw.Figure(q.value(), q.precision(), null, loc);
    }
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(at, FIGURE_FORMS);
    }
    BigDecimal[] value = new BigDecimal[2]; // value, precision step
    Precision[] digits = new Precision[1];
    Boolean[] exact = new Boolean[1];
    Unit[] unit = new Unit[1];
    Loc[] stepLoc = new Loc[1];
    in.object(
        at,
        FIGURE_FORMS,
        (name, path) -> {
          switch (name) {
            case "value" -> {
              if (in.token() == JsonToken.VALUE_STRING) {
                Quantity q = parseFigureString(path, in.loc(path));
                value[0] = q.value();
                digits[0] = q.precision();
              } else {
                value[0] = in.decimal(path, "a number or a figure string such as \"238.9M\"");
              }
            }
            case "exact" -> exact[0] = in.bool(path);
            case "precision" -> {
              stepLoc[0] = in.loc(path);
              BigDecimal step = in.decimal(path, "a rounding step such as 0.1 or 100000");
              if (step.signum() <= 0) {
                throw in.error(path, "a precision step must be greater than zero, found " + step);
              }
              value[1] = step;
            }
            case "unit" -> unit[0] = readUnit(path);
            default -> throw in.unknownMember(path, name, FIGURE_MEMBERS);
          }
        });
    BigDecimal v = requireMember(value[0], loc, "value");
    BigDecimal step = value[1];
    Precision precision = digits[0];
    if (step != null) {
      if (Boolean.TRUE.equals(exact[0])) {
        throw loc.error("a figure is either \"exact\": true or has a \"precision\" step, not both");
      }
      Loc sl = stepLoc[0];
      precision = build(sl == null ? loc : sl, () -> Precision.toNearest(step));
    } else if (exact[0] != null) {
      precision = exact[0] ? Precision.exact() : build(loc, () -> Precision.ofDigits(v));
    }
    return new Raw.Figure(v, precision, unit[0], loc);
  }

  private Quantity parseFigureString(JsonPath at, Loc loc) {
    String text = in.string(at, FIGURE_FORMS);
    Quantity q;
    try {
      q = Quantity.parse(text, Unit.count());
    } catch (IllegalArgumentException e) {
      throw loc.error(
          "expected a figure string such as \"238.9M\", \"60M\", \"1.5k\" or \"3.80\": "
              + e.getMessage(),
          e);
    }
    in.checkDecimal(q.value(), loc);
    return q;
  }

  private Unit readUnit(JsonPath at) {
    if (in.token() == JsonToken.VALUE_STRING) {
      String text = in.string(at);
      Unit known = unitsByText.get(text);
      if (known != null) {
        return known;
      }
      Unit unit = build(in.loc(at), () -> Vocabulary.parseUnit(text));
      unitsByText.put(text, unit);
      return unit;
    }
    Loc loc = in.loc(at);
    Unit[] unit = new Unit[1];
    in.object(
        at,
        "a unit such as \"count\", \"count:maintainers\", \"percent\", \"ratio\", \"days\","
            + " \"score/5\" or a symbol",
        (name, path) -> {
          if (unit[0] != null) {
            throw in.error(path, "a unit object has exactly one member, found a second");
          }
          switch (name) {
            case "count" -> {
              String noun = in.string(path, "a counted noun");
              unit[0] = build(in.loc(path), () -> Unit.count(noun));
            }
            case "symbol" -> {
              String symbol = in.string(path, "a unit symbol");
              unit[0] = build(in.loc(path), () -> Unit.of(symbol));
            }
            case "scoreOutOf" -> {
              BigDecimal max = in.decimal(path, "the top of the scale");
              unit[0] = build(in.loc(path), () -> Unit.scoreOutOf(max));
            }
            default -> throw in.unknownMember(path, name, UNIT_MEMBERS);
          }
        });
    return requireMember(unit[0], loc, "count, symbol or scoreOutOf");
  }

  private Period readPeriod(JsonPath at, String what) {
    if (in.token() == JsonToken.VALUE_STRING) {
      String text = in.string(at);
      Period known = periodsByText.get(text);
      if (known != null) {
        return known;
      }
      Period period = build(in.loc(at), () -> Vocabulary.parsePeriod(text, calendar()));
      periodsByText.put(text, period);
      return period;
    }
    Loc loc = in.loc(at);
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(at, Vocabulary.PERIOD_FORMS + " or a period object");
    }
    PeriodSpec spec = readPeriodObject(at);
    return spec.toPeriod(loc, what);
  }

  private AsOf readAsOf(JsonPath at) {
    Loc loc = in.loc(at);
    if (in.token() == JsonToken.VALUE_STRING) {
      String text = in.string(at);
      if (Vocabulary.isDate(text)) {
        return build(loc, () -> AsOf.date(Vocabulary.parseDate(text)));
      }
      return build(loc, () -> AsOf.period(Vocabulary.parsePeriod(text, calendar())));
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

  private PeriodSpec readPeriodObject(JsonPath at) {
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
                spec.fiscalYearStart = enumValue(Month.class, path, "a month");
            default -> throw in.unknownMember(path, name, PERIOD_MEMBERS);
          }
        });
    return spec;
  }

  private LocalDate readDate(JsonPath at) {
    String text = in.string(at, "a date such as \"2019-07-01\"");
    Loc loc = in.loc(at);
    if (!Vocabulary.isDate(text)) {
      throw loc.error(
          "expected a date such as \"2019-07-01\", found \"" + Cursor.abbreviate(text) + "\"");
    }
    return build(loc, () -> Vocabulary.parseDate(text));
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, JsonPath path, String what) {
    String text = in.string(path, what);
    E value = Vocabulary.parse(type, text);
    if (value == null) {
      throw in.error(
          path,
          "expected "
              + what
              + ", one of "
              + String.join(", ", Vocabulary.allowed(type))
              + ", found \""
              + Cursor.abbreviate(text)
              + "\"");
    }
    return value;
  }

  // ---------------------------------------------------------------- resolution

  private Quantity resolve(
      Raw.Figure f, @Nullable Unit context, boolean exactDefault, @Nullable String mustMatch) {
    Unit unit = f.unit() != null ? f.unit() : context;
    if (unit == null) {
      throw f.loc()
          .error(
              "this figure needs a unit: there is no metric to take it from; write it as"
                  + " {\"value\": ..., \"unit\": \"count\"}");
    }
    if (mustMatch != null && context != null && !unit.equals(context)) {
      throw f.loc()
          .error(
              "Units differ: the figure is in " + unit + " but " + mustMatch + " is in " + context);
    }
    Precision stated = f.precision();
    Precision precision =
        stated != null
            ? stated
            : exactDefault
                ? Precision.exact()
                : build(f.loc(), () -> Precision.ofDigits(f.value()));
    return build(f.loc(), () -> Quantity.of(f.value(), unit, precision));
  }

  private Quantity resolveInScope(Raw.Figure f, Scope scope) {
    return resolve(f, scope.unit(), scope.exactDefault(), scope.mustMatch());
  }

  private StatedFigure resolveStated(Raw.StatedFigure s, @Nullable Unit unit, boolean exact) {
    Quantity value = resolve(s.value(), unit, exact, null);
    return build(s.loc(), () -> StatedFigure.of(s.text(), value));
  }

  private Share resolveShare(Raw.Share s) {
    Quantity part = resolve(s.part(), s.unit(), false, null);
    Quantity whole = resolve(s.whole(), s.unit(), false, null);
    return build(s.loc(), () -> Share.of(part, whole));
  }

  private Baseline resolveBaseline(Raw.Baseline b, Scope scope) {
    Baseline.Builder builder = Baseline.builder();
    Raw.Figure value = requireMember(b.value, b.loc, "value");
    builder.value(resolveInScope(value, scope));
    AsOf asOf = b.asOf;
    if (asOf != null) {
      builder.asOf(asOf);
    }
    Raw.Share share = b.share;
    if (share != null) {
      builder.share(resolveShare(share));
    }
    for (Raw.StatedFigure s : b.alsoStatedAs) {
      builder.addAlsoStatedAs(resolveStated(s, Unit.percent(), false));
    }
    String printed = b.printed;
    if (printed != null) {
      builder.printed(printed);
    }
    return build(b.loc, builder::build);
  }

  private CheckIn resolveCheckIn(Raw.CheckIn c, Scope scope, Target target) {
    CheckIn.Builder builder = CheckIn.builder();
    builder.period(requireMember(c.period, c.loc, "period"));
    Raw.Figure value = c.value;
    if (value != null) {
      builder.value(resolveInScope(value, scope));
    }
    CheckInState state = c.state;
    if (state != null) {
      builder.state(state);
    }
    if (!c.parts.isEmpty()) {
      if (!(target instanceof CompositeTarget composite)) {
        Loc at = c.partsLoc == null ? c.loc : c.partsLoc;
        throw at.error("part values need an allOf target, but the key result's target is not one");
      }
      for (Map.Entry<String, Raw.Figure> e : c.parts.entrySet()) {
        Raw.Figure f = e.getValue();
        CompositeTarget.Part part =
            composite
                .part(e.getKey())
                .orElseThrow(
                    () ->
                        f.loc()
                            .error(
                                "the target has no part named \""
                                    + Cursor.abbreviate(e.getKey())
                                    + "\"; its parts are "
                                    + partNames(composite)));
        Unit partUnit = partUnit(part);
        builder.putPartValues(
            e.getKey(), resolve(f, partUnit, false, "part \"" + part.name() + "\""));
      }
    }
    if (c.note != null) {
      builder.note(c.note);
    }
    if (c.printed != null) {
      builder.printed(c.printed);
    }
    Raw.Share share = c.share;
    if (share != null) {
      builder.share(resolveShare(share));
    }
    for (Raw.StatedChange s : c.statedChanges) {
      StatedFigure figure = resolveStated(s.figure(), Unit.percent(), false);
      builder.addStatedChanges(build(s.loc(), () -> StatedChange.of(figure, s.basis())));
    }
    return build(c.loc, builder::build);
  }

  private static String partNames(CompositeTarget composite) {
    List<String> names = new ArrayList<>();
    for (CompositeTarget.Part p : composite.parts()) {
      names.add("\"" + p.name() + "\"");
    }
    return String.join(", ", names);
  }

  /** The unit of a composite part's figures: that of its target (percent for a milestone). */
  static Unit partUnit(CompositeTarget.Part part) {
    Target t = part.target();
    if (t instanceof ValueTarget v) {
      return v.value().unit();
    }
    if (t instanceof ThresholdTarget th) {
      return th.threshold().unit();
    }
    if (t instanceof BandTarget b) {
      return b.lower().unit();
    }
    return Unit.percent();
  }

  private Target resolveTarget(Raw.TargetSpec t, Scope scope) {
    Target.Kind kind = requireMember(t.kind, t.loc, "kind");
    Target target =
        switch (kind) {
          case VALUE -> {
            Quantity v = resolveInScope(must(t.value, t), scope);
            yield build(t.loc, () -> ValueTarget.of(v));
          }
          case CHANGE -> {
            ChangeMeasure measure = must(t.measure, t);
            BigDecimal amount = must(t.amount, t);
            ChangeTarget change = build(t.loc, () -> ChangeTarget.of(measure, amount));
            Raw.StatedFigure stated = t.statedValue;
            if (stated != null) {
              StatedFigure figure = resolveStated(stated, scope.unit(), scope.exactDefault());
              ChangeTarget plain = change;
              change = build(stated.loc(), () -> plain.withStatedValue(figure));
            }
            yield change;
          }
          case THRESHOLD -> {
            Quantity v = resolveInScope(must(t.threshold, t), scope);
            ThresholdTarget.Side side = must(t.side, t);
            Boundary boundary = must(t.boundary, t);
            yield build(t.loc, () -> ThresholdTarget.of(side, v, boundary));
          }
          case BAND -> {
            Quantity lower = resolveInScope(must(t.lower, t), scope);
            Quantity upper = resolveInScope(must(t.upper, t), scope);
            yield build(t.loc, () -> BandTarget.of(lower, t.lowerBoundary, upper, t.upperBoundary));
          }
          case BINARY -> BinaryTarget.of();
          case MILESTONE -> {
            BigDecimal percent = must(t.percentComplete, t);
            yield build(t.loc, () -> MilestoneTarget.of(percent));
          }
          case ZONED -> {
            Quantity commit = resolveInScope(must(t.commit, t), scope);
            Quantity aim = resolveInScope(must(t.target, t), scope);
            Quantity stretch = resolveInScope(must(t.stretch, t), scope);
            yield build(t.loc, () -> ZonedTarget.of(commit, aim, stretch));
          }
          case COMPOSITE -> {
            List<CompositeTarget.Part> parts = new ArrayList<>();
            for (Raw.Part p : t.parts) {
              parts.add(resolvePart(p, scope));
            }
            yield build(t.loc, () -> CompositeTarget.of(parts, t.combination));
          }
          case UNDETERMINED -> UndeterminedTarget.of();
          case QUALITATIVE -> {
            String description = must(t.description, t);
            yield build(t.loc, () -> QualitativeTarget.of(description));
          }
        };
    String printed = t.printed;
    if (printed != null) {
      Target unprinted = target;
      target = build(t.loc, () -> unprinted.printedAs(printed));
    }
    return target;
  }

  private CompositeTarget.Part resolvePart(Raw.Part p, Scope scope) {
    Unit implied = p.target().kind == Target.Kind.MILESTONE ? Unit.percent() : scope.unit();
    Unit unit = p.unit() != null ? p.unit() : implied;
    Scope partScope = scope.plain(unit);
    Target target = resolveTarget(p.target(), partScope);
    Raw.Figure baseline = p.baseline();
    if (baseline == null) {
      return build(p.loc(), () -> CompositeTarget.Part.of(p.name(), target));
    }
    Quantity b = resolve(baseline, unit, false, null);
    return build(p.loc(), () -> CompositeTarget.Part.of(p.name(), target, b));
  }

  private static <T> T must(@Nullable T value, Raw.TargetSpec t) {
    if (value == null) {
      throw t.loc.error("incomplete target");
    }
    return value;
  }

  // ---------------------------------------------------------------- helpers

  private static <T> T requireMember(@Nullable T value, Loc loc, String member) {
    if (value == null) {
      throw loc.error("missing required member \"" + member + "\"");
    }
    return value;
  }

  private static void requireMember(boolean present, Loc loc, String member) {
    if (!present) {
      throw loc.error("missing required member \"" + member + "\"");
    }
  }

  /**
   * Remembers where a member of an objective or key result was, for the members whose errors {@link
   * #buildMember} attributes to them; the others need no location.
   */
  private void rememberMember(Map<String, Loc> members, String name, JsonPath path) {
    switch (name) {
      case "id", "title", "statement", "weight" -> members.put(name, in.loc(path));
      default -> {}
    }
  }

  /**
   * Builds an objective or key result; okr-core names the refused field first ("key result id
   * (...)", "objective O1 weight (...)"), so the error points at that member when there is one.
   */
  private static <T> T buildMember(
      Loc whole, Map<String, Loc> members, String role, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      String member = null;
      if (message.startsWith(role + " id ")) {
        member = "id";
      } else if (message.startsWith(role + " title ") || message.startsWith(role + " statement ")) {
        member = role.equals("objective") ? "title" : "statement";
      } else if (message.startsWith(role) && message.contains(" weight (")) {
        member = "weight";
      }
      Loc at = member == null ? null : members.get(member);
      throw (at == null ? whole : at).error(message, e);
    }
  }

  /** Runs an okr-core factory or builder, turning its refusal into an error at {@code loc}. */
  private static <T> T build(Loc loc, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = e.getMessage();
      throw loc.error(message == null ? e.toString() : message, e);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw loc.error(String.valueOf(e.getMessage()), e);
    }
  }
}
