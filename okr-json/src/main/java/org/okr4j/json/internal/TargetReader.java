package org.okr4j.json.internal;

import static org.okr4j.json.internal.ReadContext.build;
import static org.okr4j.json.internal.ReadContext.requireMember;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.BinaryTarget;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.QualitativeTarget;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.UndeterminedTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import tools.jackson.core.JsonToken;

/**
 * Reads targets of every kind and composite parts, and resolves them into okr-core targets.
 *
 * <p>Not thread-safe: belongs to the {@link ReadContext} of one document.
 */
final class TargetReader {
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

  private final ReadContext cx;
  private final Cursor in;

  TargetReader(ReadContext cx) {
    this.cx = cx;
    this.in = cx.in;
  }

  Raw.TargetSpec readTarget(JsonPath at, boolean inPart) {
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
              t.value = cx.figures.readFigure(path);
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
              t.threshold = cx.figures.readFigure(path);
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
                    ends.add(cx.figures.readFigure(p));
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
                      case "commit" -> t.commit = cx.figures.readFigure(p);
                      case "target" -> t.target = cx.figures.readFigure(p);
                      case "stretch" -> t.stretch = cx.figures.readFigure(p);
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
                t.statedValue = cx.figures.readStatedFigure(path);
              }
            }
            case "boundary" -> {
              qualifiers.put(name, in.loc(path));
              t.boundary = cx.enumValue(Boundary.class, path, "a boundary");
            }
            case "lowerBoundary" -> {
              qualifiers.put(name, in.loc(path));
              t.lowerBoundary = cx.enumValue(Boundary.class, path, "a boundary");
            }
            case "upperBoundary" -> {
              qualifiers.put(name, in.loc(path));
              t.upperBoundary = cx.enumValue(Boundary.class, path, "a boundary");
            }
            case "combination" -> {
              qualifiers.put(name, in.loc(path));
              t.combination =
                  cx.enumValue(CompositeTarget.Combination.class, path, "a combination");
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

  void kind(Raw.TargetSpec t, Target.Kind kind, JsonPath path, String name) {
    if (t.kind != null) {
      throw in.error(
          path,
          "a target has exactly one kind, found \"" + name + "\" beside an earlier kind member");
    }
    t.kind = kind;
    t.kindLoc = in.loc(path);
  }

  void requireTrue(JsonPath path, String name) {
    if (in.token() != JsonToken.VALUE_TRUE) {
      throw in.expected(path, "true (as in {\"" + name + "\": true})");
    }
  }

  Raw.Part readPart(JsonPath at) {
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
            case "unit" -> unit[0] = cx.figures.readUnit(path);
            case "target" -> target[0] = readTarget(path, true);
            case "baseline" -> {
              if (!in.isNull()) {
                baseline[0] = cx.figures.readFigure(path);
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

  Target resolveTarget(Raw.TargetSpec t, Scope scope) {
    Target.Kind kind = requireMember(t.kind, t.loc, "kind");
    Target target =
        switch (kind) {
          case VALUE -> {
            Quantity v = cx.figures.resolveInScope(must(t.value, t), scope);
            yield build(t.loc, () -> ValueTarget.of(v));
          }
          case CHANGE -> {
            ChangeMeasure measure = must(t.measure, t);
            BigDecimal amount = must(t.amount, t);
            ChangeTarget change = build(t.loc, () -> ChangeTarget.of(measure, amount));
            Raw.StatedFigure stated = t.statedValue;
            if (stated != null) {
              StatedFigure figure =
                  cx.figures.resolveStated(stated, scope.unit(), scope.exactDefault());
              ChangeTarget plain = change;
              change = build(stated.loc(), () -> plain.withStatedValue(figure));
            }
            yield change;
          }
          case THRESHOLD -> {
            Quantity v = cx.figures.resolveInScope(must(t.threshold, t), scope);
            ThresholdTarget.Side side = must(t.side, t);
            Boundary boundary = must(t.boundary, t);
            yield build(t.loc, () -> ThresholdTarget.of(side, v, boundary));
          }
          case BAND -> {
            Quantity lower = cx.figures.resolveInScope(must(t.lower, t), scope);
            Quantity upper = cx.figures.resolveInScope(must(t.upper, t), scope);
            yield build(t.loc, () -> BandTarget.of(lower, t.lowerBoundary, upper, t.upperBoundary));
          }
          case BINARY -> BinaryTarget.of();
          case MILESTONE -> {
            BigDecimal percent = must(t.percentComplete, t);
            yield build(t.loc, () -> MilestoneTarget.of(percent));
          }
          case ZONED -> {
            Quantity commit = cx.figures.resolveInScope(must(t.commit, t), scope);
            Quantity aim = cx.figures.resolveInScope(must(t.target, t), scope);
            Quantity stretch = cx.figures.resolveInScope(must(t.stretch, t), scope);
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

  CompositeTarget.Part resolvePart(Raw.Part p, Scope scope) {
    Unit implied = p.target().kind == Target.Kind.MILESTONE ? Unit.percent() : scope.unit();
    Unit unit = p.unit() != null ? p.unit() : implied;
    Scope partScope = scope.plain(unit);
    Target target = resolveTarget(p.target(), partScope);
    Raw.Figure baseline = p.baseline();
    if (baseline == null) {
      return build(p.loc(), () -> CompositeTarget.Part.of(p.name(), target));
    }
    Quantity b = cx.figures.resolve(baseline, unit, false, null);
    return build(p.loc(), () -> CompositeTarget.Part.of(p.name(), target, b));
  }

  static <T> T must(@Nullable T value, Raw.TargetSpec t) {
    if (value == null) {
      throw t.loc.error("incomplete target");
    }
    return value;
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
}
