package org.okr4j.core.audit;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.formula.Arithmetic;
import org.okr4j.core.formula.Formulas;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.Direction;
import org.okr4j.core.quantity.Rational;

/**
 * One {@link DerivationKind}'s formula with its parameters, evaluated over any arithmetic: empty
 * where the formula is undefined for the inputs (a divisor that is or may be zero, a relative
 * change across zero).
 *
 * @param kind the formula
 * @param inPercent whether a quotient is printed in percent
 * @param sense the sense of a change
 * @param direction the metric's direction, for an improvement
 * @param scale the scale maximum of a score
 * @param measure the measure of an applied change
 * @param amount the amount of an applied change
 */
record DerivationFormula(
    DerivationKind kind,
    boolean inPercent,
    ChangeSense sense,
    Direction direction,
    Optional<Rational> scale,
    ChangeMeasure measure,
    Rational amount) {

  static DerivationFormula of(DerivationKind kind, boolean inPercent, Optional<Rational> scale) {
    return new DerivationFormula(
        kind,
        inPercent,
        ChangeSense.CHANGE,
        Direction.HIGHER_IS_BETTER,
        scale,
        ChangeMeasure.RELATIVE,
        Rational.ZERO);
  }

  static DerivationFormula change(
      DerivationKind kind, ChangeSense sense, Direction direction, Optional<Rational> scale) {
    return new DerivationFormula(
        kind, true, sense, direction, scale, ChangeMeasure.RELATIVE, Rational.ZERO);
  }

  static DerivationFormula applied(
      ChangeMeasure measure, Rational amount, Optional<Rational> scale) {
    return new DerivationFormula(
        DerivationKind.APPLIED_CHANGE,
        false,
        ChangeSense.CHANGE,
        Direction.HIGHER_IS_BETTER,
        scale,
        measure,
        amount);
  }

  <N> Optional<N> apply(Arithmetic<N> a, List<N> in) {
    return switch (kind) {
      case SHARE, RATIO, PERCENT_OF_TARGET -> {
        N whole = in.get(1);
        yield a.mayBeZero(whole)
            ? Optional.empty()
            : Optional.of(Formulas.share(a, in.get(0), whole, inPercent));
      }
      case PERCENT_OF_SCALE ->
          Optional.of(Formulas.share(a, in.get(0), a.constant(scale.orElseThrow()), true));
      case APPLIED_CHANGE ->
          Optional.of(Formulas.applyChange(a, measure, in.get(0), a.constant(amount), scale));
      case SUM -> Optional.of(Formulas.sum(a, in));
      case MEAN -> Optional.of(Formulas.mean(a, in));
      case RESTATEMENT -> Optional.of(in.get(0));
      case DIFFERENCE -> changeOf(a, ChangeMeasure.PERCENTAGE_POINTS, in);
      case RELATIVE_CHANGE -> changeOf(a, ChangeMeasure.RELATIVE, in);
      case PERCENTAGE_POINT_CHANGE -> changeOf(a, ChangeMeasure.PERCENTAGE_POINTS, in);
      case SCALE_POINT_CHANGE -> changeOf(a, ChangeMeasure.SCALE_POINTS, in);
    };
  }

  private <N> Optional<N> changeOf(Arithmetic<N> a, ChangeMeasure m, List<N> in) {
    N from = in.get(0);
    N to = in.get(1);
    if (m == ChangeMeasure.RELATIVE && (a.mayBeZero(from) || a.signum(from) * a.signum(to) < 0)) {
      return Optional.empty();
    }
    return Optional.of(
        Formulas.inSense(a, Formulas.change(a, m, from, to, scale), sense, direction));
  }
}
