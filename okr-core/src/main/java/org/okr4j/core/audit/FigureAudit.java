package org.okr4j.core.audit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.formula.Arithmetic;
import org.okr4j.core.formula.FormulaText;
import org.okr4j.core.formula.Formulas;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;

/**
 * Checks whether each derived figure a report prints follows from the printed figures it is derived
 * from.
 *
 * <p><b>What is audited.</b> Every figure the model marks as derived: a baseline, check-in or
 * {@link Fact} with a {@link Share} ({@code 24.9% (238.9M/959.4M)}); a score baseline also stated
 * as a percentage ({@code 3.8/5 or 76%}); the stated value of a {@link ChangeTarget} ({@code 2% (18
 * days)}), headline targets included; and every {@link StatedChange} of a check-in ({@code -1.4%
 * (1151)}). The audit never special-cases a figure: it only knows these kinds.
 *
 * <p><b>Interpretations.</b> A figure is recomputed under <em>readings</em> — the basis the report
 * claims first, then the alternatives the library knows — and each reading is rounded to the
 * printed figure's precision under each rounding mode. For a change the alternatives are, in order:
 * the claimed reference (baseline or previous period) before the other; within a reference the
 * measures relative, percentage points (for percentages), points of a scale (for scores); and
 * within a measure the claimed sense (change or improvement) before the other (only for
 * lower-is-better metrics, where the senses differ). For a target value the alternatives are the
 * other measures the unit allows. A share and a percent of a scale have no alternatives. The
 * rounding modes are tried in the order {@code HALF_UP, HALF_EVEN, HALF_DOWN, DOWN, UP, FLOOR,
 * CEILING}; a figure declared exact must be equal.
 *
 * <p><b>Precision.</b> Inputs are first taken as printed. Only if no reading matches so are the
 * inputs allowed to vary within their stated precision (interval arithmetic: {@code 31.2M} is any
 * value in {@code [31.15M, 31.25M]}); inputs declared exact never vary. An explanation that takes
 * the printed inputs at their word is preferred to one that needs them elsewhere.
 *
 * <p><b>Verdicts.</b> The first match decides: the claimed reading rounded half up is {@link
 * Verdict#CONSISTENT}; the claimed reading under another rounding mode {@link
 * Verdict#CONSISTENT_UNDER_ROUNDING}; another reading {@link Verdict#CONSISTENT_UNDER_OTHER_BASIS};
 * no match {@link Verdict#INCONSISTENT}, reported with the interval the claimed reading allows; no
 * reading computable {@link Verdict#NOT_AUDITABLE}. Other matches are listed in {@link
 * AuditFinding#alsoConsistentUnder()}.
 */
public final class FigureAudit {
  /** The rounding modes tried, in order. */
  public static final List<RoundingMode> ROUNDING_ORDER =
      List.of(
          RoundingMode.HALF_UP,
          RoundingMode.HALF_EVEN,
          RoundingMode.HALF_DOWN,
          RoundingMode.DOWN,
          RoundingMode.UP,
          RoundingMode.FLOOR,
          RoundingMode.CEILING);

  private static final int EXTRA_DECIMALS = 4;

  private FigureAudit() {}

  /**
   * Audits every derived figure of a report, objective by objective in report order.
   *
   * @param report the report
   * @return one finding per derived figure, unmodifiable
   */
  public static List<AuditFinding> audit(Report report) {
    Checks.notNull(report, "report");
    List<AuditFinding> findings = new ArrayList<>();
    for (Objective o : report.allObjectives()) {
      auditOwn(o, findings);
    }
    return List.copyOf(findings);
  }

  /**
   * Audits every derived figure of an objective and its child objectives.
   *
   * @param objective the objective
   * @return one finding per derived figure, unmodifiable
   */
  public static List<AuditFinding> audit(Objective objective) {
    Checks.notNull(objective, "objective");
    List<AuditFinding> findings = new ArrayList<>();
    auditTree(objective, findings);
    return List.copyOf(findings);
  }

  private static void auditTree(Objective objective, List<AuditFinding> into) {
    auditOwn(objective, into);
    for (Objective child : objective.children()) {
      auditTree(child, into);
    }
  }

  private static void auditOwn(Objective objective, List<AuditFinding> into) {
    for (Fact fact : objective.facts()) {
      StatedFigure stated = StatedFigure.of(Figures.quantity(fact.value()), fact.value());
      into.add(
          search(
              new Figure(
                  objective.id(),
                  null,
                  "fact",
                  FigureKind.SHARE,
                  stated,
                  shareReadings(fact.share(), fact.value()))));
    }
    for (KeyResult k : objective.keyResults()) {
      auditKeyResult(objective.id(), k, into);
    }
  }

  private static void auditKeyResult(String objectiveId, KeyResult k, List<AuditFinding> into) {
    Optional<Baseline> baseline = k.baseline();
    if (baseline.isPresent()) {
      Baseline b = baseline.orElseThrow();
      if (b.share().isPresent()) {
        StatedFigure stated = StatedFigure.of(Figures.quantity(b.value()), b.value());
        into.add(
            search(
                new Figure(
                    objectiveId,
                    k.id(),
                    "baseline",
                    FigureKind.SHARE,
                    stated,
                    shareReadings(b.share().orElseThrow(), b.value()))));
      }
      for (StatedFigure percent : b.alsoStatedAs()) {
        into.add(
            search(
                new Figure(
                    objectiveId,
                    k.id(),
                    "baseline",
                    FigureKind.PERCENT_OF_SCALE,
                    percent,
                    List.of(percentOfScaleReading(b.value())))));
      }
    }
    auditTarget(objectiveId, k, k.target(), "target", into);
    k.headline().ifPresent(h -> auditTarget(objectiveId, k, h, "headline target", into));
    for (CheckIn c : k.checkIns()) {
      String location = "check-in " + c.period().label();
      if (c.share().isPresent()) {
        Quantity value = c.value().orElseThrow();
        into.add(
            search(
                new Figure(
                    objectiveId,
                    k.id(),
                    location,
                    FigureKind.SHARE,
                    StatedFigure.of(Figures.quantity(value), value),
                    shareReadings(c.share().orElseThrow(), value))));
      }
      for (StatedChange change : c.statedChanges()) {
        into.add(
            search(
                new Figure(
                    objectiveId,
                    k.id(),
                    location,
                    FigureKind.CHANGE,
                    change.figure(),
                    changeReadings(k, c, change.claimedBasis()))));
      }
    }
  }

  private static void auditTarget(
      String objectiveId, KeyResult k, Target target, String location, List<AuditFinding> into) {
    if (!(target instanceof ChangeTarget change) || change.statedValue().isEmpty()) {
      return;
    }
    StatedFigure stated = change.statedValue().orElseThrow();
    List<Reading> readings = new ArrayList<>();
    Optional<Quantity> base = k.baseline().map(Baseline::value);
    if (base.isPresent()) {
      Quantity b = base.orElseThrow();
      readings.add(targetReading(change.measure(), change, b, true));
      for (ChangeMeasure m : ChangeMeasure.values()) {
        if (m != change.measure() && allows(m, b)) {
          readings.add(targetReading(m, change, b, false));
        }
      }
    }
    into.add(
        search(
            new Figure(objectiveId, k.id(), location, FigureKind.TARGET_VALUE, stated, readings)));
  }

  // ---------------------------------------------------------------- readings

  private static List<Reading> shareReadings(Share share, Quantity value) {
    boolean percent = value.unit().isPercent();
    String part = share.part().value().toPlainString();
    String whole = share.whole().value().toPlainString();
    return List.of(
        new Reading(
            percent ? "share of the whole, in percent" : "share of the whole, as a ratio",
            true,
            List.of(share.part(), share.whole()),
            new ShareFormula(percent),
            percent ? "part / whole × 100" : "part / whole",
            percent ? part + " / " + whole + " × 100" : part + " / " + whole));
  }

  private static Reading percentOfScaleReading(Quantity score) {
    Rational scale =
        score.unit().scaleMaximum().map(Rational::of).orElseThrow(IllegalStateException::new);
    String max = Figures.exact(scale);
    return new Reading(
        "score as a percentage of its scale",
        true,
        List.of(score),
        new ScaleFormula(scale),
        "score / " + max + " × 100",
        score.value().toPlainString() + " / " + max + " × 100");
  }

  private static Reading targetReading(
      ChangeMeasure measure, ChangeTarget target, Quantity base, boolean claimed) {
    Optional<Rational> scale = base.unit().scaleMaximum().map(Rational::of);
    String b = base.value().toPlainString();
    String a = target.amount().toPlainString();
    String max = scale.map(Figures::exact).orElse("scale");
    String basis =
        switch (measure) {
          case RELATIVE -> "relative change applied to the baseline";
          case PERCENTAGE_POINTS -> "percentage points added to the baseline";
          case SCALE_POINTS -> "points of the scale added to the baseline";
        };
    FormulaText.Text text = FormulaText.applyChange(measure, b, a, max, max);
    return new Reading(
        basis,
        claimed,
        List.of(base),
        new ApplyChangeFormula(measure, Rational.of(target.amount()), scale),
        text.formula(),
        text.substituted());
  }

  private static List<Reading> changeReadings(KeyResult k, CheckIn c, ChangeBasis claimed) {
    Direction direction = k.metric().map(Metric::direction).orElse(Direction.HIGHER_IS_BETTER);
    List<Reading> readings = new ArrayList<>();
    Optional<Reading> first = changeReading(k, c, claimed, direction, true);
    first.ifPresent(readings::add);
    ChangeReference other =
        claimed.reference() == ChangeReference.BASELINE
            ? ChangeReference.PREVIOUS_PERIOD
            : ChangeReference.BASELINE;
    ChangeSense otherSense =
        claimed.sense() == ChangeSense.CHANGE ? ChangeSense.IMPROVEMENT : ChangeSense.CHANGE;
    List<ChangeSense> senses =
        direction == Direction.LOWER_IS_BETTER
            ? List.of(claimed.sense(), otherSense)
            : List.of(claimed.sense());
    for (ChangeReference reference : List.of(claimed.reference(), other)) {
      for (ChangeMeasure measure : ChangeMeasure.values()) {
        for (ChangeSense sense : senses) {
          ChangeBasis basis = ChangeBasis.of(measure, reference, sense);
          if (!basis.equals(claimed)) {
            changeReading(k, c, basis, direction, false).ifPresent(readings::add);
          }
        }
      }
    }
    return readings;
  }

  private static Optional<Reading> changeReading(
      KeyResult k, CheckIn c, ChangeBasis basis, Direction direction, boolean claimed) {
    Quantity to = c.value().orElseThrow();
    Optional<Quantity> from =
        basis.reference() == ChangeReference.BASELINE
            ? k.baseline().map(Baseline::value)
            : k.previousCheckIn(c).flatMap(CheckIn::value);
    if (from.isEmpty() || !allows(basis.measure(), to)) {
      return Optional.empty();
    }
    Quantity f = from.orElseThrow();
    Optional<Rational> scale = to.unit().scaleMaximum().map(Rational::of);
    boolean flipped =
        basis.sense() == ChangeSense.IMPROVEMENT && direction == Direction.LOWER_IS_BETTER;
    FormulaText.Text text =
        FormulaText.change(
            basis.measure(),
            flipped,
            f.value().toPlainString(),
            to.value().toPlainString(),
            scale.map(Figures::exact).orElse("scale"),
            true);
    return Optional.of(
        new Reading(
            basis.describe(),
            claimed,
            List.of(f, to),
            new ChangeFormula(basis.measure(), basis.sense(), direction, scale),
            text.formula(),
            text.substituted()));
  }

  private static boolean allows(ChangeMeasure measure, Quantity value) {
    return switch (measure) {
      case RELATIVE -> true;
      case PERCENTAGE_POINTS -> value.unit().isPercent();
      case SCALE_POINTS -> value.unit().scaleMaximum().isPresent();
    };
  }

  // ---------------------------------------------------------------- search

  private static AuditFinding search(Figure figure) {
    Quantity printed = figure.stated().value();
    Rational printedValue = printed.toRational();
    List<RoundingMode> modes =
        printed.isExact() ? List.of(RoundingMode.UNNECESSARY) : ROUNDING_ORDER;
    Rational step = printed.precision().step().map(Rational::of).orElse(Rational.ONE);
    List<Match> matches = new ArrayList<>();
    @Nullable Rational claimedNominal = null;
    @Nullable Interval claimedRange = null;
    boolean anyDefined = false;
    for (Reading r : figure.readings()) {
      Optional<Rational> nominal = r.formula().apply(Arithmetic.EXACT, nominals(r.inputs()));
      if (r.claimed()) {
        claimedNominal = nominal.orElse(null);
        claimedRange = r.formula().apply(Arithmetic.INTERVALS, intervals(r.inputs())).orElse(null);
      }
      if (nominal.isEmpty()) {
        continue;
      }
      anyDefined = true;
      for (RoundingMode mode : modes) {
        if (preimage(printedValue, step, mode).contains(nominal.orElseThrow())) {
          matches.add(new Match(r, mode, false, nominal.orElseThrow()));
          break;
        }
      }
    }
    for (Reading r : figure.readings()) {
      if (r.inputs().stream().allMatch(Quantity::isExact)) {
        continue;
      }
      Optional<Interval> range = r.formula().apply(Arithmetic.INTERVALS, intervals(r.inputs()));
      Optional<Rational> nominal = r.formula().apply(Arithmetic.EXACT, nominals(r.inputs()));
      if (range.isEmpty() || nominal.isEmpty()) {
        continue;
      }
      for (RoundingMode mode : modes) {
        if (preimage(printedValue, step, mode).intersects(range.orElseThrow())) {
          matches.add(new Match(r, mode, true, nominal.orElseThrow()));
          break;
        }
      }
    }
    Reading claimedReading = figure.readings().isEmpty() ? null : figure.readings().get(0);
    String claimedBasis =
        claimedReading != null && claimedReading.claimed()
            ? claimedReading.basis()
            : claimedBasisOf(figure.kind());
    Interpretation claimed =
        Interpretation.of(
            claimedBasis,
            true,
            printed.isExact() ? RoundingMode.UNNECESSARY : RoundingMode.HALF_UP,
            false);
    if (matches.isEmpty()) {
      Verdict verdict = anyDefined ? Verdict.INCONSISTENT : Verdict.NOT_AUDITABLE;
      Explanation explanation =
          inconsistentExplanation(figure, claimedReading, claimedNominal, claimedRange, anyDefined);
      return new AuditFinding(
          figure.objectiveId(),
          figure.keyResultId(),
          figure.location(),
          figure.kind(),
          figure.stated(),
          verdict,
          claimed,
          null,
          claimedNominal,
          claimedRange,
          List.of(),
          explanation);
    }
    Match best = matches.get(0);
    Verdict verdict;
    if (!best.reading().claimed()) {
      verdict = Verdict.CONSISTENT_UNDER_OTHER_BASIS;
    } else if (best.mode() == RoundingMode.HALF_UP || best.mode() == RoundingMode.UNNECESSARY) {
      verdict = Verdict.CONSISTENT;
    } else {
      verdict = Verdict.CONSISTENT_UNDER_ROUNDING;
    }
    List<Interpretation> others = new ArrayList<>();
    for (Match m : matches.subList(1, matches.size())) {
      if (!m.reading().equals(best.reading()) || m.mode() != best.mode()) {
        others.add(m.interpretation());
      }
    }
    Explanation explanation =
        matchExplanation(figure, best, verdict, claimedReading, claimedNominal, claimedRange);
    return new AuditFinding(
        figure.objectiveId(),
        figure.keyResultId(),
        figure.location(),
        figure.kind(),
        figure.stated(),
        verdict,
        claimed,
        best.interpretation(),
        best.value(),
        claimedRange,
        others,
        explanation);
  }

  private static String claimedBasisOf(FigureKind kind) {
    return switch (kind) {
      case SHARE -> "share of the whole";
      case PERCENT_OF_SCALE -> "score as a percentage of its scale";
      case TARGET_VALUE -> "change applied to the baseline";
      case CHANGE -> "change";
    };
  }

  private static Preimage preimage(Rational printed, Rational step, RoundingMode mode) {
    return mode == RoundingMode.UNNECESSARY
        ? Preimage.exactly(printed)
        : Preimage.of(printed, step, mode);
  }

  private static List<Rational> nominals(List<Quantity> inputs) {
    List<Rational> values = new ArrayList<>(inputs.size());
    for (Quantity q : inputs) {
      values.add(q.toRational());
    }
    return values;
  }

  private static List<Interval> intervals(List<Quantity> inputs) {
    List<Interval> values = new ArrayList<>(inputs.size());
    for (Quantity q : inputs) {
      values.add(q.interval());
    }
    return values;
  }

  // ---------------------------------------------------------------- explanations

  private static Explanation matchExplanation(
      Figure figure,
      Match best,
      Verdict verdict,
      @Nullable Reading claimedReading,
      @Nullable Rational claimedNominal,
      @Nullable Interval claimedRange) {
    Quantity printed = figure.stated().value();
    String text = figure.stated().text();
    String value = approx(best.value(), printed);
    StringBuilder result = new StringBuilder(value);
    switch (verdict) {
      case CONSISTENT -> {
        result.append(", which prints as ").append(text);
        if (best.withinPrecision()) {
          result
              .append(" for inputs within their stated precision (range ")
              .append(range(claimedRange, printed))
              .append(")");
        } else if (best.mode() == RoundingMode.HALF_UP) {
          result.append(" rounded half up");
        }
        result.append(": consistent");
      }
      case CONSISTENT_UNDER_ROUNDING -> {
        result.append("; rounded half up that prints ");
        result.append(roundedText(best.value(), figure.stated().value()));
        result
            .append(", so ")
            .append(text)
            .append(" follows only under ")
            .append(best.mode())
            .append(" (")
            .append(Interpretation.describe(best.mode()))
            .append(")");
        if (best.withinPrecision()) {
          result.append(" with inputs within their stated precision");
        }
      }
      default -> {
        result.append(", which prints as ").append(text);
        if (best.mode() != RoundingMode.HALF_UP && best.mode() != RoundingMode.UNNECESSARY) {
          result.append(" under ").append(best.mode());
        }
        result.append(": consistent only as ").append(best.reading().basis());
        if (best.withinPrecision()) {
          result.append(" with inputs within their stated precision");
        }
        if (claimedReading != null && claimedReading.claimed()) {
          result.append("; as claimed (").append(claimedReading.basis()).append(") it is ");
          result.append(claimedNominal == null ? "undefined" : approx(claimedNominal, printed));
          if (claimedRange != null && !claimedRange.isPoint()) {
            result.append(", range ").append(range(claimedRange, printed));
          }
        }
      }
    }
    return Explanation.of(
        subjectOf(figure),
        best.reading().formulaText(),
        best.reading().substituted(),
        result.toString());
  }

  private static Explanation inconsistentExplanation(
      Figure figure,
      @Nullable Reading claimedReading,
      @Nullable Rational claimedNominal,
      @Nullable Interval claimedRange,
      boolean anyDefined) {
    Quantity printed = figure.stated().value();
    String formula = claimedReading == null ? "n/a" : claimedReading.formulaText();
    String substituted = claimedReading == null ? "inputs missing" : claimedReading.substituted();
    String result;
    if (!anyDefined) {
      result =
          claimedReading == null
              ? "not auditable: the inputs it derives from are not in the report"
              : "not auditable: the formula is undefined for these inputs";
    } else {
      String value = claimedNominal == null ? "undefined" : approx(claimedNominal, printed);
      result =
          value
              + "; inputs within their stated precision allow "
              + range(claimedRange, printed)
              + "; no basis or rounding the library knows gives "
              + figure.stated().text()
              + ": inconsistent";
    }
    return Explanation.of(subjectOf(figure), formula, substituted, result);
  }

  private static String subjectOf(Figure figure) {
    return "audit of " + figure.location() + " figure \"" + figure.stated().text() + "\"";
  }

  private static int decimalsOf(Quantity printed) {
    return Math.max(0, printed.precision().decimalPlaces().orElse(0));
  }

  /**
   * An exact value in the printed figure's unit, shown to a few more decimals than the figure:
   * exactly when that suffices, else rounded half even and marked with an ellipsis.
   */
  private static String approx(Rational value, Quantity printed) {
    int shown = decimalsOf(printed) + EXTRA_DECIMALS;
    String text = null;
    if (value.isTerminating()) {
      String exact = value.toBigDecimalExact().toPlainString();
      int dot = exact.indexOf('.');
      if (dot < 0 || exact.length() - dot - 1 <= shown) {
        text = exact;
      }
    }
    if (text == null) {
      text = value.toBigDecimal(shown, RoundingMode.HALF_EVEN).toPlainString() + "…";
    }
    return printed.unit().format(text);
  }

  /** A range in the printed figure's unit, widened outward to two more decimals than printed. */
  private static String range(@Nullable Interval range, Quantity printed) {
    if (range == null) {
      return "nothing (undefined)";
    }
    int shown = decimalsOf(printed) + 2;
    return String.format(
        Locale.ROOT,
        "[%s, %s]",
        printed
            .unit()
            .format(range.lower().toBigDecimal(shown, RoundingMode.FLOOR).toPlainString()),
        printed
            .unit()
            .format(range.upper().toBigDecimal(shown, RoundingMode.CEILING).toPlainString()));
  }

  private static String roundedText(Rational value, Quantity printed) {
    return printed
        .unit()
        .format(value.toBigDecimal(decimalsOf(printed), RoundingMode.HALF_UP).toPlainString());
  }

  // ---------------------------------------------------------------- internals

  /** A derived figure to audit, with its readings, the claimed one first. */
  private record Figure(
      String objectiveId,
      @Nullable String keyResultId,
      String location,
      FigureKind kind,
      StatedFigure stated,
      List<Reading> readings) {}

  /** One basis of recomputing a figure, with its inputs. */
  private record Reading(
      String basis,
      boolean claimed,
      List<Quantity> inputs,
      Formula formula,
      String formulaText,
      String substituted) {}

  /** A reading, a rounding mode and a pass that give the printed figure. */
  private record Match(
      Reading reading, RoundingMode mode, boolean withinPrecision, Rational value) {
    Interpretation interpretation() {
      return Interpretation.of(reading.basis(), reading.claimed(), mode, withinPrecision);
    }
  }

  /** A formula over the inputs of a reading, evaluated over any arithmetic. */
  private interface Formula {
    <N> Optional<N> apply(Arithmetic<N> a, List<N> inputs);
  }

  private record ShareFormula(boolean percent) implements Formula {
    @Override
    public <N> Optional<N> apply(Arithmetic<N> a, List<N> in) {
      N whole = in.get(1);
      return a.mayBeZero(whole)
          ? Optional.empty()
          : Optional.of(Formulas.share(a, in.get(0), whole, percent));
    }
  }

  private record ScaleFormula(Rational scale) implements Formula {
    @Override
    public <N> Optional<N> apply(Arithmetic<N> a, List<N> in) {
      return Optional.of(Formulas.share(a, in.get(0), a.constant(scale), true));
    }
  }

  private record ApplyChangeFormula(
      ChangeMeasure measure, Rational amount, Optional<Rational> scale) implements Formula {
    @Override
    public <N> Optional<N> apply(Arithmetic<N> a, List<N> in) {
      return Optional.of(Formulas.applyChange(a, measure, in.get(0), a.constant(amount), scale));
    }
  }

  private record ChangeFormula(
      ChangeMeasure measure, ChangeSense sense, Direction direction, Optional<Rational> scale)
      implements Formula {
    @Override
    public <N> Optional<N> apply(Arithmetic<N> a, List<N> in) {
      N from = in.get(0);
      if (measure == ChangeMeasure.RELATIVE
          && (a.mayBeZero(from) || a.signum(from) * a.signum(in.get(1)) < 0)) {
        return Optional.empty();
      }
      N raw = Formulas.change(a, measure, from, in.get(1), scale);
      return Optional.of(Formulas.inSense(a, raw, sense, direction));
    }
  }
}
