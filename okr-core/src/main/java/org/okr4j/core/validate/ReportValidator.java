package org.okr4j.core.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Quantity;

/**
 * Semantic validation of a report, as its own pass after building: what each builder accepts
 * because every value is well-formed on its own, but which a careful reader would refuse or
 * question.
 *
 * <pre>{@code
 * for (ValidationFinding f : ReportValidator.validate(report)) {
 *   System.err.println(f); // warning /objectives/0/keyResults/0/checkIns/3/period: [check-in.overlap] ...
 * }
 * }</pre>
 *
 * <p>Errors: a share whose part is negative or exceeds its whole ({@code share.negative}, {@code
 * share.part-exceeds-whole}); a value outside its metric's bounds ({@code value.below-lower-bound},
 * {@code value.above-upper-bound}), a score outside its scale ({@code value.outside-scale}), a
 * negative count ({@code value.negative-count}), a milestone key result's check-in value (or a
 * milestone part's value) outside 0 to 100% ({@code milestone.outside-0-100}); two check-ins of one
 * key result for the same days under different spellings ({@code check-in.same-days}); a title,
 * statement or name that shows nothing once invisible characters are removed ({@code
 * text.invisible}), or that holds a control character or a bidirectional control, and any text
 * holding U+0000 ({@code text.control-character}, {@code text.bidi-control}).
 *
 * <p>Warnings: check-ins that overlap ({@code check-in.overlap}, such as a quarter beside its
 * year), a check-in more than two years from the report's period ({@code
 * check-in.far-from-report}), a period before 1900, after 2200 or longer than ten years ({@code
 * period.implausible}), a reach target on the wrong side of the baseline for its metric's direction
 * ({@code target.wrong-direction}), a stated figure whose text names another unit than its value's
 * ({@code stated-value.other-unit}), and a status reason that shows nothing ({@code
 * status.blank-reason}).
 *
 * <p>Paths are JSON Pointers into the report's canonical JSON form, whose arrays keep the model's
 * order (check-ins in period order). The cost is linear in the size of the report.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportValidator {
  private ReportValidator() {}

  /**
   * Validates a report.
   *
   * @param report the report
   * @return the findings, errors and warnings, in document order; empty when there is nothing to
   *     say
   */
  public static List<ValidationFinding> validate(Report report) {
    Checks.notNull(report, "report");
    Findings out = new Findings();
    TextRules.title(report.title(), Where.ROOT.at("/title"), "report title", out);
    report
        .organization()
        .ifPresent(o -> TextRules.title(o, Where.ROOT.at("/organization"), "organization", out));
    PeriodRules.plausible(report.period(), Where.ROOT.at("/period"), "report period", out);
    List<Objective> objectives = report.objectives();
    for (int i = 0; i < objectives.size(); i++) {
      objective(report, objectives.get(i), Where.ROOT.at("/objectives/", i), out);
    }
    return out.list();
  }

  private static void objective(Report report, Objective o, Where path, Findings out) {
    TextRules.title(o.title(), path.at("/title"), "objective title", out);
    o.description()
        .ifPresent(d -> TextRules.freeText(d, path.at("/description"), "description", out));
    o.statedStatus().ifPresent(s -> status(s, path.at("/status"), out));
    o.targetCompletion()
        .ifPresent(
            p -> PeriodRules.plausible(p, path.at("/targetCompletion"), "target completion", out));
    List<Fact> facts = o.facts();
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      Where at = path.at("/facts/", i);
      TextRules.title(f.statement(), at.at("/statement"), "fact statement", out);
      FigureRules.share(f.share(), at.at("/share"), out);
    }
    List<KeyResult> keyResults = o.keyResults();
    for (int i = 0; i < keyResults.size(); i++) {
      keyResult(report, keyResults.get(i), path.at("/keyResults/", i), out);
    }
    List<Objective> children = o.children();
    for (int i = 0; i < children.size(); i++) {
      objective(report, children.get(i), path.at("/children/", i), out);
    }
  }

  private static void status(StatedStatus s, Where path, Findings out) {
    Optional<String> reason = s.reason();
    if (reason.isPresent()) {
      if (TextRules.isInvisible(reason.get())) {
        out.warning(
            path.at("/reason"),
            "status.blank-reason",
            "the %s status gives a reason that shows nothing, %s",
            s.color(),
            Checks.quoted(reason.get()));
      }
      TextRules.freeText(reason.get(), path.at("/reason"), "status reason", out);
    }
  }

  private static void keyResult(Report report, KeyResult k, Where path, Findings out) {
    TextRules.title(k.statement(), path.at("/statement"), "key result statement", out);
    k.note().ifPresent(n -> TextRules.freeText(n, path.at("/note"), "note", out));
    k.statedStatus().ifPresent(s -> status(s, path.at("/status"), out));
    Optional<Metric> metric = k.metric();
    metric.ifPresent(m -> TextRules.title(m.name(), path.at("/metric/name"), "metric name", out));
    Optional<Baseline> baseline = k.baseline();
    if (baseline.isPresent()) {
      Baseline b = baseline.get();
      FigureRules.value(b.value(), metric, path.at("/baseline/value"), "baseline", out);
      b.share().ifPresent(s -> FigureRules.share(s, path.at("/baseline/share"), out));
      List<StatedFigure> also = b.alsoStatedAs();
      for (int i = 0; i < also.size(); i++) {
        FigureRules.statedFigure(also.get(i), path.at("/baseline/alsoStatedAs/", i), out);
      }
      b.asOf()
          .flatMap(a -> a.period())
          .ifPresent(
              p -> PeriodRules.plausible(p, path.at("/baseline/asOf"), "baseline as-of", out));
    }
    TargetRules.target(k.target(), metric, baseline, path.at("/target"), out);
    k.headline().ifPresent(h -> TargetRules.target(h, metric, baseline, path.at("/headline"), out));
    List<CheckIn> checkIns = k.checkIns();
    PeriodRules.checkIns(checkIns, report.period(), path, out);
    for (int i = 0; i < checkIns.size(); i++) {
      checkIn(k, checkIns.get(i), metric, path.at("/checkIns/", i), out);
    }
  }

  private static void checkIn(
      KeyResult k, CheckIn c, Optional<Metric> metric, Where path, Findings out) {
    Optional<Quantity> value = c.value();
    if (value.isPresent()) {
      FigureRules.value(value.get(), metric, path.at("/value"), "check-in value", out);
      if (k.target() instanceof MilestoneTarget) {
        FigureRules.milestone(value.get().value(), path.at("/value"), "check-in value", out);
      }
    }
    if (k.target() instanceof CompositeTarget composite) {
      for (Map.Entry<String, Quantity> e : c.partValues().entrySet()) {
        Where at = path.at("/parts/" + pointerEscape(e.getKey()));
        FigureRules.unitRange(e.getValue(), at, "part value", out);
        Optional<CompositeTarget.Part> part = composite.part(e.getKey());
        if (part.isPresent() && part.get().target() instanceof MilestoneTarget) {
          FigureRules.milestone(e.getValue().value(), at, "part value", out);
        }
      }
    }
    c.share().ifPresent(s -> FigureRules.share(s, path.at("/share"), out));
    c.note().ifPresent(n -> TextRules.freeText(n, path.at("/note"), "note", out));
    List<StatedChange> changes = c.statedChanges();
    for (int i = 0; i < changes.size(); i++) {
      FigureRules.statedFigure(changes.get(i).figure(), path.at("/statedChanges/", i), out);
    }
  }

  /** A member name as a JSON Pointer segment (RFC 6901). */
  static String pointerEscape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The rules for targets. */
  private static final class TargetRules {
    private TargetRules() {}

    static void target(
        Target t, Optional<Metric> metric, Optional<Baseline> baseline, Where path, Findings out) {
      if (t instanceof ValueTarget v) {
        FigureRules.value(v.value(), metric, path.at("/reach"), "target", out);
        direction(v.value(), metric, baseline, path.at("/reach"), out);
      } else if (t instanceof ThresholdTarget th) {
        String side = th.side() == ThresholdTarget.Side.ABOVE ? "/above" : "/below";
        FigureRules.value(th.threshold(), metric, path.at(side), "threshold", out);
      } else if (t instanceof BandTarget b) {
        FigureRules.value(b.lower(), metric, path.at("/between/0"), "band's lower end", out);
        FigureRules.value(b.upper(), metric, path.at("/between/1"), "band's upper end", out);
      } else if (t instanceof ZonedTarget z) {
        FigureRules.value(z.commit(), metric, path.at("/zones/commit"), "commit zone", out);
        FigureRules.value(z.target(), metric, path.at("/zones/target"), "target zone", out);
        FigureRules.value(z.stretch(), metric, path.at("/zones/stretch"), "stretch zone", out);
      } else if (t instanceof ChangeTarget c) {
        c.statedValue().ifPresent(s -> FigureRules.statedFigure(s, path.at("/statedValue"), out));
      } else if (t instanceof CompositeTarget c) {
        List<CompositeTarget.Part> parts = c.parts();
        for (int i = 0; i < parts.size(); i++) {
          CompositeTarget.Part p = parts.get(i);
          Where at = path.at("/allOf/", i);
          TextRules.title(p.name(), at.at("/name"), "part name", out);
          target(p.target(), Optional.empty(), Optional.empty(), at.at("/target"), out);
          p.baseline()
              .ifPresent(q -> FigureRules.unitRange(q, at.at("/baseline"), "part baseline", out));
        }
      }
    }

    /** A reach target on the wrong side of the baseline for the metric's direction. */
    private static void direction(
        Quantity target,
        Optional<Metric> metric,
        Optional<Baseline> baseline,
        Where path,
        Findings out) {
      if (metric.isEmpty() || baseline.isEmpty()) {
        return;
      }
      Direction d = metric.get().direction();
      int sign = target.value().compareTo(baseline.get().value().value());
      if (sign != 0 && sign != d.improvementSign()) {
        out.warning(
            path,
            "target.wrong-direction",
            "target %s is %s the baseline %s, but metric \"%s\" is %s",
            target,
            sign < 0 ? "below" : "above",
            baseline.get().value(),
            metric.get().name(),
            d);
      }
    }
  }
}
