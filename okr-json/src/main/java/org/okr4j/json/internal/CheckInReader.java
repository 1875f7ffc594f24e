package org.okr4j.json.internal;

import static org.okr4j.json.internal.ReadContext.build;
import static org.okr4j.json.internal.ReadContext.requireMember;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Confidence;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.Period;

/**
 * Reads check-ins and their stated changes, and resolves them against the key result's scope.
 *
 * <p>Not thread-safe: belongs to the {@link ReadContext} of one document.
 */
final class CheckInReader {
  private static final List<String> CHECK_IN_MEMBERS =
      List.of(
          "period",
          "madeOn",
          "value",
          "state",
          "confidence",
          "parts",
          "note",
          "printed",
          "share",
          "statedChanges");
  private static final List<String> CONFIDENCE_MEMBERS = List.of("fraction", "outOfTen", "level");
  private static final List<String> STATED_CHANGE_MEMBERS =
      List.of("text", "value", "measure", "reference", "sense");

  private final ReadContext cx;
  private final Cursor in;

  CheckInReader(ReadContext cx) {
    this.cx = cx;
    this.in = cx.in;
  }

  Raw.CheckIn readCheckIn(JsonPath at) {
    Raw.CheckIn c = new Raw.CheckIn(in.loc(at));
    in.object(
        at,
        "a check-in object",
        (name, path) -> {
          switch (name) {
            case "period" -> c.period = cx.periods.readPeriod(path, "a period");
            case "madeOn" -> {
              if (!in.isNull()) {
                c.madeOn = cx.periods.readDate(path);
              }
            }
            case "confidence" -> {
              if (!in.isNull()) {
                c.confidence = readConfidence(path);
              }
            }
            case "value" -> {
              if (!in.isNull()) {
                c.value = cx.figures.readFigure(path);
              }
            }
            case "state" -> {
              if (!in.isNull()) {
                c.state = cx.enumValue(CheckInState.class, path, "a check-in state");
              }
            }
            case "parts" -> {
              if (!in.isNull()) {
                c.partsLoc = in.loc(path);
                Map<String, Raw.Figure> parts = new LinkedHashMap<>();
                in.object(
                    path,
                    "an object of part values such as {\"projects completed\": 12}",
                    (part, p) -> parts.put(part, cx.figures.readFigure(p)));
                c.parts = parts;
              }
            }
            case "note" -> c.note = in.optionalString(path);
            case "printed" -> c.printed = in.optionalString(path);
            case "share" -> {
              if (!in.isNull()) {
                c.share = cx.figures.resolveShare(cx.figures.readShare(path));
              }
            }
            case "statedChanges" -> {
              if (!in.isNull()) {
                // Stated changes are in percent whatever the metric, so they are resolved at once:
                // the reader keeps okr-core values, not what was read with its locations.
                List<StatedChange> changes = new ArrayList<>();
                in.array(
                    path,
                    "an array of stated changes",
                    (p, i) -> changes.add(resolveStatedChange(readStatedChange(p))));
                c.statedChanges = changes;
              }
            }
            default -> throw in.unknownMember(path, name, CHECK_IN_MEMBERS);
          }
        });
    requireMember(c.period, c.loc, "period");
    return c;
  }

  /** {@code {"fraction": 0.7}}, {@code {"outOfTen": 7}} or {@code {"level": "high"}}. */
  Confidence readConfidence(JsonPath at) {
    Loc loc = in.loc(at);
    Confidence[] read = new Confidence[1];
    in.object(
        at,
        "a confidence object such as {\"fraction\": 0.7}, {\"outOfTen\": 7} or {\"level\": \"high\"}",
        (name, path) -> {
          if (read[0] != null) {
            throw in.error(path, "a confidence has one member: fraction, outOfTen or level");
          }
          Loc at2 = in.loc(path);
          read[0] =
              switch (name) {
                case "fraction" -> {
                  BigDecimal v = in.decimal(path);
                  yield build(at2, () -> Confidence.ofFraction(v));
                }
                case "outOfTen" -> {
                  BigDecimal v = in.decimal(path);
                  yield build(at2, () -> Confidence.outOfTen(v));
                }
                case "level" ->
                    Confidence.of(cx.enumValue(Confidence.Level.class, path, "a confidence level"));
                default -> throw in.unknownMember(path, name, CONFIDENCE_MEMBERS);
              };
        });
    return requireMember(read[0], loc, "fraction, outOfTen or level");
  }

  Raw.StatedChange readStatedChange(JsonPath at) {
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
            case "value" -> value[0] = cx.figures.readFigure(path);
            case "measure" ->
                measure[0] = cx.enumValue(ChangeMeasure.class, path, "a change measure");
            case "reference" ->
                reference[0] = cx.enumValue(ChangeReference.class, path, "a change reference");
            case "sense" -> sense[0] = cx.enumValue(ChangeSense.class, path, "a change sense");
            default -> throw in.unknownMember(path, name, STATED_CHANGE_MEMBERS);
          }
        });
    String t = requireMember(text[0], loc, "text");
    Raw.Figure v = requireMember(value[0], loc, "value");
    return new Raw.StatedChange(
        new Raw.StatedFigure(t, v, loc), ChangeBasis.of(measure[0], reference[0], sense[0]), loc);
  }

  CheckIn resolveCheckIn(Raw.CheckIn c, Scope scope, Target target) {
    Period period = c.period;
    if (period != null && holdsOnlyValueOrState(c)) {
      // The common check-in, a period and a value or a state, without a builder.
      Raw.Figure v = c.value;
      CheckInState st = c.state;
      if (v != null) {
        Quantity q = cx.figures.resolveInScope(v, scope);
        return build(c.loc, () -> CheckIn.of(period, q));
      }
      return build(c.loc, () -> CheckIn.of(period, Objects.requireNonNull(st)));
    }
    CheckIn.Builder builder = CheckIn.builder();
    builder.period(requireMember(c.period, c.loc, "period"));
    if (c.madeOn != null) {
      builder.madeOn(c.madeOn);
    }
    if (c.confidence != null) {
      builder.confidence(c.confidence);
    }
    Raw.Figure value = c.value;
    if (value != null) {
      builder.value(cx.figures.resolveInScope(value, scope));
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
        Unit partUnit = TargetReader.partUnit(part);
        builder.putPartValues(
            e.getKey(), cx.figures.resolve(f, partUnit, false, "part \"" + part.name() + "\""));
      }
    }
    if (c.note != null) {
      builder.note(c.note);
    }
    if (c.printed != null) {
      builder.printed(c.printed);
    }
    Share share = c.share;
    if (share != null) {
      builder.share(share);
    }
    builder.addAllStatedChanges(c.statedChanges);
    return build(c.loc, builder::build);
  }

  /** Exactly one of a value and a state, and nothing else but the period. */
  private static boolean holdsOnlyValueOrState(Raw.CheckIn c) {
    return (c.value == null) != (c.state == null)
        && c.madeOn == null
        && c.confidence == null
        && c.parts.isEmpty()
        && c.note == null
        && c.printed == null
        && c.share == null
        && c.statedChanges.isEmpty();
  }

  private StatedChange resolveStatedChange(Raw.StatedChange s) {
    StatedFigure figure = cx.figures.resolveStated(s.figure(), Unit.percent(), false);
    return build(s.loc(), () -> StatedChange.of(figure, s.basis()));
  }

  static String partNames(CompositeTarget composite) {
    List<String> names = new ArrayList<>();
    for (CompositeTarget.Part p : composite.parts()) {
      names.add("\"" + p.name() + "\"");
    }
    return String.join(", ", names);
  }
}
