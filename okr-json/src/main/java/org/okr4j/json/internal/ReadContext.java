package org.okr4j.json.internal;

import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Metric;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;
import org.okr4j.json.ReadLimits;
import tools.jackson.core.JsonParser;

/**
 * What the readers of one document share: the cursor with its limits, the fiscal calendar once
 * read, the ids seen so far, the periods and units already parsed, and one reader per object type.
 * Also the helpers every reader uses to turn okr-core's refusals into errors at a location.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class ReadContext {
  final Cursor in;
  @Nullable FiscalCalendar calendar;

  /** Where each id was read: a path, printed only in the message of a duplicate. */
  final Map<String, JsonPath> idsSeen = new HashMap<>();

  /**
   * Periods and units already read from their string forms: a report names a few of them thousands
   * of times. Periods are read only once the calendar is known, which no later member can change.
   * Only values that were read successfully are kept.
   */
  final Map<String, Period> periodsByText = new HashMap<>();

  final Map<String, Unit> unitsByText = new HashMap<>();

  /**
   * Metrics already read, each kept once: key results measuring the same metric share one instance
   * (and its name), as a program's constants would.
   */
  final Map<Metric, Metric> metrics = new HashMap<>();

  /** Where objectives, key results and check-ins were read, for the validator's findings. */
  final Locations locations = new Locations();

  /** How many objectives enclose the one being read. */
  int objectiveDepth;

  final FigureReader figures;
  final PeriodReader periods;
  final TargetReader targets;
  final CheckInReader checkIns;
  final KeyResultReader keyResults;
  final ObjectiveReader objectives;
  final DerivationReader derivations;

  ReadContext(JsonParser parser, ReadLimits limits) {
    this.in = new Cursor(parser, limits);
    this.figures = new FigureReader(this);
    this.periods = new PeriodReader(this);
    this.targets = new TargetReader(this);
    this.checkIns = new CheckInReader(this);
    this.keyResults = new KeyResultReader(this);
    this.objectives = new ObjectiveReader(this);
    this.derivations = new DerivationReader(this);
  }

  FiscalCalendar calendar() {
    FiscalCalendar c = calendar;
    if (c == null) {
      throw new IllegalStateException("calendar not read yet");
    }
    return c;
  }

  String readId(JsonPath path) {
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

  <E extends Enum<E>> E enumValue(Class<E> type, JsonPath path, String what) {
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

  static <T> T requireMember(@Nullable T value, Loc loc, String member) {
    if (value == null) {
      throw loc.error("missing required member \"" + member + "\"");
    }
    return value;
  }

  static void requireMember(boolean present, Loc loc, String member) {
    if (!present) {
      throw loc.error("missing required member \"" + member + "\"");
    }
  }

  /**
   * Remembers where a member of an objective or key result was, for the members whose errors {@link
   * #buildMember} attributes to them; the others need no location.
   */
  void rememberMember(Map<String, Loc> members, String name, JsonPath path) {
    switch (name) {
      case "id", "title", "statement", "weight" -> members.put(name, in.loc(path));
      default -> {}
    }
  }

  /**
   * Builds an objective or key result; okr-core names the refused field first ("key result id
   * (...)", "objective O1 weight (...)"), so the error points at that member when there is one.
   */
  static <T> T buildMember(Loc whole, Map<String, Loc> members, String role, Supplier<T> factory) {
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
  static <T> T build(Loc loc, Supplier<T> factory) {
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
