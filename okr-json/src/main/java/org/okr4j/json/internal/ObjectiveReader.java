package org.okr4j.json.internal;

import static org.okr4j.json.internal.ReadContext.build;
import static org.okr4j.json.internal.ReadContext.buildMember;
import static org.okr4j.json.internal.ReadContext.requireMember;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.ObjectiveKind;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Unit;
import tools.jackson.core.JsonToken;

/**
 * Reads objectives, their facts and stated statuses.
 *
 * <p>Not thread-safe: belongs to the {@link ReadContext} of one document.
 */
final class ObjectiveReader {
  private static final List<String> OBJECTIVE_MEMBERS =
      List.of(
          "id",
          "title",
          "description",
          "weight",
          "kind",
          "status",
          "targetCompletion",
          "facts",
          "derivedFigures",
          "keyResults",
          "children");
  private static final List<String> STATUS_MEMBERS = List.of("color", "reason");
  private static final List<String> FACT_MEMBERS = List.of("statement", "value", "share", "asOf");

  private final ReadContext cx;
  private final Cursor in;

  ObjectiveReader(ReadContext cx) {
    this.cx = cx;
    this.in = cx.in;
  }

  Objective readObjective(JsonPath at) {
    Loc loc = in.loc(at);
    cx.locations.object(at, loc);
    Objective.Builder objective = Objective.builder();
    Map<String, Loc> members = new HashMap<>();
    boolean[] seen = new boolean[2]; // id, title
    in.object(
        at,
        "an objective object",
        (name, path) -> {
          cx.rememberMember(members, name, path);
          switch (name) {
            case "id" -> {
              objective.id(cx.readId(path));
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
            case "kind" -> {
              if (!in.isNull()) {
                objective.kind(cx.enumValue(ObjectiveKind.class, path, "an objective kind"));
              }
            }
            case "status" -> {
              if (!in.isNull()) {
                objective.statedStatus(readStatus(path));
              }
            }
            case "targetCompletion" -> {
              if (!in.isNull()) {
                objective.targetCompletion(cx.periods.readPeriod(path, "a period"));
              }
            }
            case "facts" -> {
              if (!in.isNull()) {
                in.array(path, "an array of facts", (p, i) -> objective.addFacts(readFact(p)));
              }
            }
            case "derivedFigures" -> {
              if (!in.isNull()) {
                in.array(
                    path,
                    "an array of derived figures",
                    (p, i) -> objective.addDerivedFigures(cx.derivations.readDerivedFigure(p)));
              }
            }
            case "keyResults" -> {
              if (!in.isNull()) {
                in.array(
                    path,
                    "an array of key results",
                    (p, i) -> objective.addKeyResults(cx.keyResults.readKeyResult(p)));
              }
            }
            case "children" -> {
              if (!in.isNull()) {
                // Refused as soon as the nesting passes okr-core's limit, so that reading never
                // recurses deeper than a report can be.
                if (++cx.objectiveDepth >= Objective.MAX_NESTING_DEPTH) {
                  throw in.error(
                      path,
                      "objectives nest more than "
                          + Objective.MAX_NESTING_DEPTH
                          + " deep (Objective.MAX_NESTING_DEPTH)");
                }
                in.array(
                    path,
                    "an array of objectives",
                    (p, i) -> objective.addChildren(readObjective(p)));
                cx.objectiveDepth--;
              }
            }
            default -> throw in.unknownMember(path, name, OBJECTIVE_MEMBERS);
          }
        });
    requireMember(seen[0], loc, "id");
    requireMember(seen[1], loc, "title");
    return buildMember(loc, members, "objective", objective::build);
  }

  Fact readFact(JsonPath at) {
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
            case "value" -> value[0] = cx.figures.readFigure(path);
            case "share" -> share[0] = cx.figures.readShare(path);
            case "asOf" -> {
              if (!in.isNull()) {
                fact.asOf(cx.periods.readAsOf(path));
              }
            }
            default -> throw in.unknownMember(path, name, FACT_MEMBERS);
          }
        });
    requireMember(seen[0], loc, "statement");
    Raw.Figure v = requireMember(value[0], loc, "value");
    Raw.Share s = requireMember(share[0], loc, "share");
    fact.value(cx.figures.resolve(v, Unit.percent(), false, null));
    fact.share(cx.figures.resolveShare(s));
    return build(loc, fact::build);
  }

  StatedStatus readStatus(JsonPath at) {
    if (in.token() == JsonToken.VALUE_STRING) {
      return StatedStatus.of(cx.enumValue(StatusColor.class, at, "a status colour"));
    }
    Loc loc = in.loc(at);
    StatusColor[] color = new StatusColor[1];
    String[] reason = new String[1];
    in.object(
        at,
        "a status: a colour such as \"yellow\" or {\"color\": \"yellow\", \"reason\": \"...\"}",
        (name, path) -> {
          switch (name) {
            case "color" -> color[0] = cx.enumValue(StatusColor.class, path, "a status colour");
            case "reason" -> reason[0] = in.optionalString(path);
            default -> throw in.unknownMember(path, name, STATUS_MEMBERS);
          }
        });
    StatusColor c = requireMember(color[0], loc, "color");
    String r = reason[0];
    return r == null ? StatedStatus.of(c) : StatedStatus.of(c, r);
  }
}
