package org.okr4j.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.formula.FormulaText;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Derivation;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.DerivedFigure;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.FigureRef;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Share;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;

/**
 * The readings of each kind of derived figure, the claimed one first, then the alternatives the
 * {@link AuditPolicy} allows in its documented order. Every reading is a {@link DerivationKind}
 * over printed inputs: the figures a report marks as derived in place (shares, percents of a scale,
 * change targets' values, stated changes) and {@link DerivedFigure}s alike.
 */
final class Readings {
  private Readings() {}

  // ------------------------------------------------------------ the figures marked in place

  static List<Reading> share(Share share, Quantity value) {
    boolean percent = value.unit().isPercent();
    return List.of(
        ReadingFormulas.quotient(
            DerivationKind.SHARE,
            percent ? "share of the whole, in percent" : "share of the whole, as a ratio",
            true,
            share.part(),
            share.whole(),
            percent));
  }

  static Reading percentOfScale(Quantity score) {
    Rational scale =
        score.unit().scaleMaximum().map(Rational::of).orElseThrow(IllegalStateException::new);
    String max = Figures.exact(scale);
    FormulaText.Text text =
        FormulaText.quotient("score", max, score.value().toPlainString(), max, true);
    return new Reading(
        "score as a percentage of its scale",
        true,
        DerivationKind.PERCENT_OF_SCALE,
        List.of(score),
        DerivationFormula.of(DerivationKind.PERCENT_OF_SCALE, true, Optional.of(scale)),
        text.formula(),
        text.substituted());
  }

  static List<Reading> changeTarget(KeyResult k, ChangeTarget change, AuditPolicy policy) {
    List<Reading> readings = new ArrayList<>();
    Optional<Quantity> base = k.baseline().map(Baseline::value);
    if (base.isPresent()) {
      Quantity b = base.orElseThrow();
      java.math.BigDecimal amount = change.amount();
      readings.add(ReadingFormulas.applied(change.measure(), amount, b, true));
      if (policy.searchesOtherMeasures()) {
        for (ChangeMeasure m : ChangeMeasure.values()) {
          if (m != change.measure() && ReadingFormulas.allows(m, b.unit())) {
            readings.add(ReadingFormulas.applied(m, amount, b, false));
          }
        }
      }
    }
    return readings;
  }

  static List<Reading> statedChange(
      KeyResult k, CheckIn c, ChangeBasis claimed, AuditPolicy policy) {
    Direction direction = k.metric().map(Metric::direction).orElse(Direction.HIGHER_IS_BETTER);
    List<Reading> readings = new ArrayList<>();
    statedChange(k, c, claimed, direction, true).ifPresent(readings::add);
    ChangeReference other =
        claimed.reference() == ChangeReference.BASELINE
            ? ChangeReference.PREVIOUS_PERIOD
            : ChangeReference.BASELINE;
    List<ChangeReference> references =
        policy.searchesOtherReferences()
            ? List.of(claimed.reference(), other)
            : List.of(claimed.reference());
    List<ChangeMeasure> measures =
        policy.searchesOtherMeasures()
            ? List.of(ChangeMeasure.values())
            : List.of(claimed.measure());
    List<ChangeSense> senses = senses(claimed.sense(), direction, policy);
    for (ChangeReference reference : references) {
      for (ChangeMeasure measure : measures) {
        for (ChangeSense sense : senses) {
          ChangeBasis basis = ChangeBasis.of(measure, reference, sense);
          if (!basis.equals(claimed)) {
            statedChange(k, c, basis, direction, false).ifPresent(readings::add);
          }
        }
      }
    }
    return readings;
  }

  private static List<ChangeSense> senses(
      ChangeSense claimed, Direction direction, AuditPolicy policy) {
    ChangeSense other =
        claimed == ChangeSense.CHANGE ? ChangeSense.IMPROVEMENT : ChangeSense.CHANGE;
    return direction == Direction.LOWER_IS_BETTER && policy.searchesOtherSenses()
        ? List.of(claimed, other)
        : List.of(claimed);
  }

  private static Optional<Reading> statedChange(
      KeyResult k, CheckIn c, ChangeBasis basis, Direction direction, boolean claimed) {
    Quantity to = c.value().orElseThrow();
    Optional<Quantity> from =
        basis.reference() == ChangeReference.BASELINE
            ? k.baseline().map(Baseline::value)
            : k.previousCheckIn(c).flatMap(CheckIn::value);
    if (from.isEmpty() || !ReadingFormulas.allows(basis.measure(), to.unit())) {
      return Optional.empty();
    }
    return Optional.of(
        ReadingFormulas.change(
            DerivationKind.ofChange(basis.measure()),
            basis.describe(),
            claimed,
            from.orElseThrow(),
            to,
            basis.sense(),
            direction));
  }

  // ------------------------------------------------------------ derived figures

  static List<Reading> derived(DerivedFigure figure, FigureResolver resolver, AuditPolicy policy) {
    Derivation d = figure.derivation();
    Optional<List<Quantity>> inputs = resolveAll(d.operands(), resolver);
    if (inputs.isEmpty()) {
      return List.of();
    }
    Unit printed = figure.stated().value().unit();
    Optional<String> owner =
        figure.keyResultId().or(() -> keyResultOf(d.operands().get(d.operands().size() - 1)));
    Direction direction = resolver.direction(owner);
    List<Reading> readings = new ArrayList<>();
    reading(d.kind(), d, inputs.orElseThrow(), printed, d.sense(), direction, true)
        .ifPresent(readings::add);
    if (readings.isEmpty() || !d.kind().isChange()) {
      if (!readings.isEmpty() && d.kind() == DerivationKind.APPLIED_CHANGE) {
        addAppliedAlternatives(d, inputs.orElseThrow().get(0), policy, readings);
      }
      return readings;
    }
    List<List<FigureRef>> operandSets = new ArrayList<>();
    operandSets.add(d.operands());
    if (policy.searchesOtherReferences()) {
      FigureRef to = d.operands().get(1);
      for (FigureRef from : resolver.otherReferences(to)) {
        if (!from.equals(d.operands().get(0))) {
          operandSets.add(List.of(from, to));
        }
      }
    }
    List<DerivationKind> kinds =
        d.kind() == DerivationKind.DIFFERENCE || !policy.searchesOtherMeasures()
            ? List.of(d.kind())
            : List.of(
                DerivationKind.RELATIVE_CHANGE,
                DerivationKind.PERCENTAGE_POINT_CHANGE,
                DerivationKind.SCALE_POINT_CHANGE);
    for (List<FigureRef> operands : operandSets) {
      Optional<List<Quantity>> in = resolveAll(operands, resolver);
      if (in.isEmpty()) {
        continue;
      }
      Derivation candidate = Derivation.of(d.kind(), operands);
      for (DerivationKind kind : kinds) {
        for (ChangeSense sense : senses(d.sense(), direction, policy)) {
          boolean same = operands.equals(d.operands()) && kind == d.kind() && sense == d.sense();
          if (!same) {
            reading(kind, candidate, in.orElseThrow(), printed, sense, direction, false)
                .ifPresent(readings::add);
          }
        }
      }
    }
    return readings;
  }

  private static void addAppliedAlternatives(
      Derivation d, Quantity base, AuditPolicy policy, List<Reading> readings) {
    if (!policy.searchesOtherMeasures()) {
      return;
    }
    java.math.BigDecimal amount = d.amount().orElseThrow();
    for (ChangeMeasure m : ChangeMeasure.values()) {
      if (m != d.measure().orElseThrow() && ReadingFormulas.allows(m, base.unit())) {
        readings.add(ReadingFormulas.applied(m, amount, base, false));
      }
    }
  }

  private static Optional<String> keyResultOf(FigureRef ref) {
    return switch (ref.place()) {
      case BASELINE, TARGET, CHECK_IN -> Optional.of(ref.id());
      case FACT, DERIVED -> Optional.empty();
    };
  }

  private static Optional<List<Quantity>> resolveAll(
      List<FigureRef> refs, FigureResolver resolver) {
    List<Quantity> values = new ArrayList<>(refs.size());
    for (FigureRef ref : refs) {
      Optional<Quantity> q = resolver.resolve(ref);
      if (q.isEmpty()) {
        return Optional.empty();
      }
      values.add(q.orElseThrow());
    }
    return Optional.of(values);
  }

  /** The reading of a kind over resolved inputs, or empty when their units do not allow it. */
  private static Optional<Reading> reading(
      DerivationKind kind,
      Derivation d,
      List<Quantity> in,
      Unit printed,
      ChangeSense sense,
      Direction direction,
      boolean claimed) {
    String basis = describe(kind, sense) + " of " + describeOperands(d.operands());
    boolean percent = printed.isPercent();
    return switch (kind) {
      case SHARE, RATIO, PERCENT_OF_TARGET ->
          Optional.of(
              ReadingFormulas.quotient(kind, basis, claimed, in.get(0), in.get(1), percent));
      case PERCENT_OF_SCALE ->
          in.get(0).unit().scaleMaximum().isPresent()
              ? Optional.of(renamed(percentOfScale(in.get(0)), basis, claimed))
              : Optional.empty();
      case APPLIED_CHANGE ->
          ReadingFormulas.allows(d.measure().orElseThrow(), in.get(0).unit())
              ? Optional.of(
                  renamed(
                      ReadingFormulas.applied(
                          d.measure().orElseThrow(), d.amount().orElseThrow(), in.get(0), claimed),
                      basis,
                      claimed))
              : Optional.empty();
      case SUM, MEAN ->
          ReadingFormulas.sameUnit(in)
              ? Optional.of(ReadingFormulas.sum(kind, basis, claimed, in))
              : Optional.empty();
      case RESTATEMENT -> {
        FormulaText.Text text = FormulaText.restatement(in.get(0).value().toPlainString());
        yield Optional.of(
            new Reading(
                basis,
                claimed,
                kind,
                in,
                DerivationFormula.of(kind, false, Optional.empty()),
                text.formula(),
                text.substituted()));
      }
      case DIFFERENCE, RELATIVE_CHANGE, PERCENTAGE_POINT_CHANGE, SCALE_POINT_CHANGE -> {
        ChangeMeasure m = ReadingFormulas.measureOf(kind);
        boolean fits =
            ReadingFormulas.sameUnit(in)
                && (kind == DerivationKind.DIFFERENCE
                    || ReadingFormulas.allows(m, in.get(1).unit()));
        yield fits
            ? Optional.of(
                ReadingFormulas.change(
                    kind, basis, claimed, in.get(0), in.get(1), sense, direction))
            : Optional.empty();
      }
    };
  }

  private static Reading renamed(Reading r, String basis, boolean claimed) {
    return new Reading(
        basis, claimed, r.kind(), r.inputs(), r.formula(), r.formulaText(), r.substituted());
  }

  static String describe(DerivationKind kind, ChangeSense sense) {
    String noun = sense == ChangeSense.IMPROVEMENT ? "improvement" : "change";
    return switch (kind) {
      case SHARE -> "share";
      case RATIO -> "ratio";
      case DIFFERENCE -> "absolute " + noun;
      case RELATIVE_CHANGE -> "relative " + noun;
      case PERCENTAGE_POINT_CHANGE -> "percentage-point " + noun;
      case SCALE_POINT_CHANGE -> "scale-point " + noun;
      case PERCENT_OF_SCALE -> "percentage of the scale";
      case APPLIED_CHANGE -> "change applied";
      case SUM -> "sum";
      case MEAN -> "mean";
      case PERCENT_OF_TARGET -> "percent of target";
      case RESTATEMENT -> "restatement";
    };
  }

  private static String describeOperands(List<FigureRef> operands) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < operands.size(); i++) {
      sb.append(i == 0 ? "" : i == operands.size() - 1 ? " and " : ", ");
      sb.append(operands.get(i).describe());
    }
    return sb.toString();
  }
}
