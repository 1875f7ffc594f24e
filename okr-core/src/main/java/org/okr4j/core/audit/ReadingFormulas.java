package org.okr4j.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.formula.FormulaText;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.Direction;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;

/** One reading of each formula: its inputs, its evaluation and its text. */
final class ReadingFormulas {
  private ReadingFormulas() {}

  static Reading quotient(
      DerivationKind kind, String basis, boolean claimed, Quantity a, Quantity b, boolean pct) {
    String[] names =
        switch (kind) {
          case SHARE -> new String[] {"part", "whole"};
          case PERCENT_OF_TARGET -> new String[] {"actual", "target"};
          default -> new String[] {"a", "b"};
        };
    FormulaText.Text text =
        FormulaText.quotient(
            names[0], names[1], a.value().toPlainString(), b.value().toPlainString(), pct);
    return new Reading(
        basis,
        claimed,
        kind,
        List.of(a, b),
        DerivationFormula.of(kind, pct, Optional.empty()),
        text.formula(),
        text.substituted());
  }

  static Reading sum(DerivationKind kind, String basis, boolean claimed, List<Quantity> in) {
    List<String> terms = new ArrayList<>(in.size());
    for (Quantity q : in) {
      terms.add(q.value().toPlainString());
    }
    FormulaText.Text text = FormulaText.sum(terms, kind == DerivationKind.MEAN);
    return new Reading(
        basis,
        claimed,
        kind,
        in,
        DerivationFormula.of(kind, false, Optional.empty()),
        text.formula(),
        text.substituted());
  }

  static Reading applied(
      ChangeMeasure measure, java.math.BigDecimal amount, Quantity base, boolean claimed) {
    Optional<Rational> scale = base.unit().scaleMaximum().map(Rational::of);
    String max = scale.map(Figures::exact).orElse("scale");
    String basis =
        switch (measure) {
          case RELATIVE -> "relative change applied to the baseline";
          case PERCENTAGE_POINTS -> "percentage points added to the baseline";
          case SCALE_POINTS -> "points of the scale added to the baseline";
        };
    FormulaText.Text text =
        FormulaText.applyChange(
            measure, base.value().toPlainString(), amount.toPlainString(), max, max);
    return new Reading(
        basis,
        claimed,
        DerivationKind.APPLIED_CHANGE,
        List.of(base),
        DerivationFormula.applied(measure, Rational.of(amount), scale),
        text.formula(),
        text.substituted());
  }

  static Reading change(
      DerivationKind kind,
      String basis,
      boolean claimed,
      Quantity from,
      Quantity to,
      ChangeSense sense,
      Direction direction) {
    Optional<Rational> scale = to.unit().scaleMaximum().map(Rational::of);
    boolean flipped = sense == ChangeSense.IMPROVEMENT && direction == Direction.LOWER_IS_BETTER;
    FormulaText.Text text =
        FormulaText.change(
            measureOf(kind),
            flipped,
            from.value().toPlainString(),
            to.value().toPlainString(),
            scale.map(Figures::exact).orElse("scale"),
            kind != DerivationKind.DIFFERENCE && kind != DerivationKind.PERCENTAGE_POINT_CHANGE);
    return new Reading(
        basis,
        claimed,
        kind,
        List.of(from, to),
        DerivationFormula.change(kind, sense, direction, scale),
        text.formula(),
        text.substituted());
  }

  static ChangeMeasure measureOf(DerivationKind kind) {
    return switch (kind) {
      case RELATIVE_CHANGE -> ChangeMeasure.RELATIVE;
      case SCALE_POINT_CHANGE -> ChangeMeasure.SCALE_POINTS;
      default -> ChangeMeasure.PERCENTAGE_POINTS;
    };
  }

  static boolean sameUnit(List<Quantity> in) {
    for (Quantity q : in) {
      if (!q.unit().equals(in.get(0).unit())) {
        return false;
      }
    }
    return true;
  }

  static boolean allows(ChangeMeasure measure, Unit unit) {
    return switch (measure) {
      case RELATIVE -> true;
      case PERCENTAGE_POINTS -> unit.isPercent();
      case SCALE_POINTS -> unit.scaleMaximum().isPresent();
    };
  }
}
