package org.okr4j.json.internal;

import static org.okr4j.json.internal.ReadContext.build;
import static org.okr4j.json.internal.ReadContext.buildMember;
import static org.okr4j.json.internal.ReadContext.requireMember;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Cadence;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.Period;

/**
 * Reads key results and their metrics and baselines; resolves their figures once the key result
 * ends and its metric is known.
 *
 * <p>Not thread-safe: belongs to the {@link ReadContext} of one document.
 */
final class KeyResultReader {
  private static final List<String> KEY_RESULT_MEMBERS =
      List.of(
          "id",
          "statement",
          "metric",
          "baseline",
          "target",
          "headline",
          "goalPeriod",
          "weight",
          "status",
          "note",
          "cadence",
          "checkIns");
  private static final List<String> CADENCE_MEMBERS = List.of("every", "graceDays");
  private static final List<String> METRIC_MEMBERS =
      List.of("name", "unit", "direction", "lowerBound", "upperBound", "exact");
  private static final List<String> BASELINE_MEMBERS =
      List.of("value", "asOf", "share", "alsoStatedAs", "printed");

  private static final BigDecimal MAX_GRACE_DAYS = BigDecimal.valueOf(3660);

  private final ReadContext cx;
  private final Cursor in;

  KeyResultReader(ReadContext cx) {
    this.cx = cx;
    this.in = cx.in;
  }

  KeyResult readKeyResult(JsonPath at) {
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
          cx.rememberMember(members, name, path);
          switch (name) {
            case "id" -> {
              kr.id(cx.readId(path));
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
            case "target" -> targets[0] = cx.targets.readTarget(path, false);
            case "headline" -> {
              if (!in.isNull()) {
                targets[1] = cx.targets.readTarget(path, false);
              }
            }
            case "goalPeriod" -> {
              if (!in.isNull()) {
                kr.goalPeriod(cx.periods.readPeriod(path, "a period"));
              }
            }
            case "weight" -> {
              if (!in.isNull()) {
                kr.weight(in.decimal(path));
              }
            }
            case "status" -> {
              if (!in.isNull()) {
                kr.statedStatus(cx.objectives.readStatus(path));
              }
            }
            case "note" -> {
              String note = in.optionalString(path);
              if (note != null) {
                kr.note(note);
              }
            }
            case "cadence" -> {
              if (!in.isNull()) {
                kr.cadence(readCadence(path));
              }
            }
            case "checkIns" -> {
              if (!in.isNull()) {
                Map<Period, JsonPath> periods = new HashMap<>();
                in.array(
                    path,
                    "an array of check-ins",
                    (p, i) -> {
                      Raw.CheckIn c = cx.checkIns.readCheckIn(p);
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
    Target resolvedTarget = cx.targets.resolveTarget(target, scope);
    kr.target(resolvedTarget);
    Raw.TargetSpec headline = targets[1];
    if (headline != null) {
      kr.headline(cx.targets.resolveTarget(headline, scope));
    }
    Raw.Baseline b = baseline[0];
    if (b != null) {
      kr.baseline(resolveBaseline(b, scope));
    }
    for (Raw.CheckIn c : checkIns) {
      kr.addCheckIns(cx.checkIns.resolveCheckIn(c, scope, resolvedTarget));
    }
    KeyResult built = buildMember(loc, members, "key result", kr::build);
    cx.locations.keyResult(at, loc, checkIns);
    return built;
  }

  /** {@code {"every": "quarter", "graceDays": 14}}; grace days default to 0. */
  Cadence readCadence(JsonPath at) {
    Loc loc = in.loc(at);
    Cadence.Every[] every = new Cadence.Every[1];
    BigDecimal[] grace = {BigDecimal.ZERO};
    Loc[] graceLoc = {loc};
    in.object(
        at,
        "a cadence object such as {\"every\": \"quarter\", \"graceDays\": 14}",
        (name, path) -> {
          switch (name) {
            case "every" -> every[0] = cx.enumValue(Cadence.Every.class, path, "a cadence");
            case "graceDays" -> {
              graceLoc[0] = in.loc(path);
              grace[0] = in.decimal(path);
            }
            default -> throw in.unknownMember(path, name, CADENCE_MEMBERS);
          }
        });
    Cadence.Every e = requireMember(every[0], loc, "every");
    BigDecimal g = grace[0];
    if (g.signum() < 0 || g.stripTrailingZeros().scale() > 0 || g.compareTo(MAX_GRACE_DAYS) > 0) {
      throw graceLoc[0].error(
          "grace days must be a whole number from 0 to "
              + MAX_GRACE_DAYS
              + ", found "
              + g.toPlainString());
    }
    return Cadence.of(e, g.intValueExact());
  }

  Metric readMetric(JsonPath at, boolean[] flags) {
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
              metric.unit(cx.figures.readUnit(path));
              seen[1] = true;
            }
            case "direction" -> {
              metric.direction(cx.enumValue(Direction.class, path, "a direction"));
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
    Metric built = build(loc, metric::build);
    return cx.metrics.computeIfAbsent(built, m -> m);
  }

  Raw.Baseline readBaseline(JsonPath at) {
    Raw.Baseline b = new Raw.Baseline(in.loc(at));
    in.object(
        at,
        "a baseline object such as {\"value\": 19, \"asOf\": \"2019-06\"}",
        (name, path) -> {
          switch (name) {
            case "value" -> b.value = cx.figures.readFigure(path);
            case "asOf" -> {
              if (!in.isNull()) {
                b.asOf = cx.periods.readAsOf(path);
              }
            }
            case "share" -> {
              if (!in.isNull()) {
                b.share = cx.figures.readShare(path);
              }
            }
            case "alsoStatedAs" -> {
              if (!in.isNull()) {
                List<Raw.StatedFigure> figures = new ArrayList<>();
                in.array(
                    path,
                    "an array of stated figures",
                    (p, i) -> figures.add(cx.figures.readStatedFigure(p)));
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

  Baseline resolveBaseline(Raw.Baseline b, Scope scope) {
    Baseline.Builder builder = Baseline.builder();
    Raw.Figure value = requireMember(b.value, b.loc, "value");
    builder.value(cx.figures.resolveInScope(value, scope));
    AsOf asOf = b.asOf;
    if (asOf != null) {
      builder.asOf(asOf);
    }
    Raw.Share share = b.share;
    if (share != null) {
      builder.share(cx.figures.resolveShare(share));
    }
    for (Raw.StatedFigure s : b.alsoStatedAs) {
      builder.addAlsoStatedAs(cx.figures.resolveStated(s, Unit.percent(), false));
    }
    String printed = b.printed;
    if (printed != null) {
      builder.printed(printed);
    }
    return build(b.loc, builder::build);
  }
}
