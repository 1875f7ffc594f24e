package org.okr4j.json.internal;

import static org.okr4j.json.internal.ReadContext.build;
import static org.okr4j.json.internal.ReadContext.requireMember;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import tools.jackson.core.JsonToken;

/**
 * Reads figures, units, stated figures and shares, and resolves figures into quantities.
 *
 * <p>Not thread-safe: belongs to the {@link ReadContext} of one document.
 */
final class FigureReader {
  private static final List<String> FIGURE_MEMBERS = List.of("value", "exact", "precision", "unit");
  private static final List<String> SHARE_MEMBERS = List.of("part", "whole", "unit");
  private static final List<String> STATED_FIGURE_MEMBERS = List.of("text", "value");
  private static final List<String> UNIT_MEMBERS = List.of("count", "symbol", "scoreOutOf");
  private static final String FIGURE_FORMS =
      "a number, a figure string such as \"238.9M\" or a figure object such as {\"value\": 1134,"
          + " \"exact\": true}";

  private final ReadContext cx;
  private final Cursor in;

  FigureReader(ReadContext cx) {
    this.cx = cx;
    this.in = cx.in;
  }

  Raw.Figure readFigure(JsonPath at) {
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

  Quantity parseFigureString(JsonPath at, Loc loc) {
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

  Unit readUnit(JsonPath at) {
    if (in.token() == JsonToken.VALUE_STRING) {
      String text = in.string(at);
      Unit known = cx.unitsByText.get(text);
      if (known != null) {
        return known;
      }
      Unit unit = build(in.loc(at), () -> Vocabulary.parseUnit(text));
      cx.unitsByText.put(text, unit);
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

  Raw.StatedFigure readStatedFigure(JsonPath at) {
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

  Raw.Share readShare(JsonPath at) {
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

  Quantity resolve(
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

  Quantity resolveInScope(Raw.Figure f, Scope scope) {
    return resolve(f, scope.unit(), scope.exactDefault(), scope.mustMatch());
  }

  StatedFigure resolveStated(Raw.StatedFigure s, @Nullable Unit unit, boolean exact) {
    Quantity value = resolve(s.value(), unit, exact, null);
    return build(s.loc(), () -> StatedFigure.of(s.text(), value));
  }

  Share resolveShare(Raw.Share s) {
    Quantity part = resolve(s.part(), s.unit(), false, null);
    Quantity whole = resolve(s.whole(), s.unit(), false, null);
    return build(s.loc(), () -> Share.of(part, whole));
  }
}
