package org.okr4j.core.calc;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.formula.Arithmetic;
import org.okr4j.core.formula.FormulaText;
import org.okr4j.core.formula.Formulas;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;

/**
 * Percent change between two values, in the three senses a report may mean.
 *
 * <ul>
 *   <li><b>Relative</b>: {@code (new − old) / |old|}, in percent. Tool maintainers 1880 → 1919 is
 *       +2.07%; a loss narrowing from −57.0 to −40.3 is +29.30% ({@link
 *       Change#isAgainstNegativeReference()}, and the explanation divides by {@code |−57.0|}).
 *       Undefined from zero ({@link UndefinedReason#CHANGE_FROM_ZERO}) and between values of
 *       opposite signs ({@link UndefinedReason#CHANGE_CROSSES_ZERO}).
 *   <li><b>Percentage points</b>: {@code new − old}, for metrics in percent. Code quality 0% →
 *       11.9% is +11.9 pp (and has no relative change).
 *   <li><b>Points of a scale</b>: {@code (new − old) / scale maximum}, in percent of the scale.
 *       Developer satisfaction 3.8/5 → 3.4/5 is −8 points; as a relative change it is −10.53%.
 * </ul>
 *
 * <p>Any of them can be measured against the baseline or the previous period ({@link #of(KeyResult,
 * CheckIn, ChangeBasis)}), and reported as an <em>improvement</em>: for a lower-is-better metric
 * the sign flips, so code review time 19 → 21 days is a change of +10.53% and an improvement of
 * −10.53%.
 *
 * <p>Results are exact; explanations display them with {@link Rounding#DISPLAY}.
 */
public final class PercentChange {
  private PercentChange() {}

  /**
   * The relative change between two exact numbers, in percent.
   *
   * @param from the old value
   * @param to the new value
   * @return {@code (to − from) / |from| × 100}, or undefined when {@code from} is zero or the
   *     values have opposite signs
   */
  public static Outcome<Change> relative(Rational from, Rational to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    return compute(
        ChangeMeasure.RELATIVE,
        ChangeSense.CHANGE,
        Direction.HIGHER_IS_BETTER,
        from,
        to,
        Optional.empty(),
        from,
        to,
        null);
  }

  /** A number as written in a formula: a fraction in parentheses, so "/ (1/3)" reads right. */
  private static String operand(Rational value) {
    String text = Figures.exact(value);
    return value.isTerminating() ? text : "(" + text + ")";
  }

  /**
   * The change between two figures of the same unit, measured and reported as asked.
   *
   * @param from the old value
   * @param to the new value, in the same unit
   * @param measure how to measure the change
   * @param sense which sign to report it with
   * @param direction which way the metric should move (used for {@link ChangeSense#IMPROVEMENT})
   * @return the change; undefined from zero or across zero (relative), for a unit not in percent
   *     (percentage points) or not a score (points of a scale)
   * @throws org.okr4j.core.quantity.UnitMismatchException if the units differ
   */
  public static Outcome<Change> between(
      Quantity from, Quantity to, ChangeMeasure measure, ChangeSense sense, Direction direction) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(measure, "measure");
    Checks.notNull(sense, "sense");
    Checks.notNull(direction, "direction");
    from.requireSameUnit(to);
    return between(from, to, measure, sense, direction, null);
  }

  /**
   * The change at a key result's latest check-in.
   *
   * @param keyResult the key result
   * @param basis how to compute the change
   * @return the change (see {@link #of(KeyResult, CheckIn, ChangeBasis)}), or {@link
   *     UndefinedReason#NO_CHECK_IN} when there is no check-in
   */
  public static Outcome<Change> latest(KeyResult keyResult, ChangeBasis basis) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(basis, "basis");
    return keyResult
        .latestCheckIn()
        .map(c -> of(keyResult, c, basis))
        .orElseGet(
            () ->
                undefined(
                    UndefinedReason.NO_CHECK_IN,
                    subject(basis.measure(), basis.sense(), basis.reference()),
                    "key result " + keyResult.id() + " has no check-in"));
  }

  /**
   * The change a check-in reports, on a basis: against the baseline or the previous period,
   * measured and reported as the basis says. A key result without a metric is read as
   * higher-is-better.
   *
   * @param keyResult the key result
   * @param checkIn one of its check-ins
   * @param basis how to compute the change
   * @return the change, or undefined: no value at the check-in, no baseline, no previous value, a
   *     change from zero, or a measure the metric's unit does not allow
   * @throws IllegalArgumentException if {@code checkIn} is not one of the key result's
   */
  public static Outcome<Change> of(KeyResult keyResult, CheckIn checkIn, ChangeBasis basis) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(checkIn, "check-in");
    Checks.notNull(basis, "basis");
    // Either way the check-in must be the key result's; against the baseline, the previous one is
    // not needed.
    CheckIn previous = null;
    if (basis.reference() == ChangeReference.BASELINE) {
      TargetProgress.requireCheckInOf(keyResult, checkIn);
    } else {
      previous = keyResult.previousCheckIn(checkIn).orElse(null);
    }
    Quantity to = checkIn.value().orElse(null);
    if (to == null) {
      return undefined(
          UndefinedReason.NO_VALUE,
          subject(basis.measure(), basis.sense(), basis.reference()),
          "check-in for " + checkIn.period().label() + " reports no value");
    }
    Quantity from;
    if (basis.reference() == ChangeReference.BASELINE) {
      Baseline baseline = keyResult.baseline().orElse(null);
      if (baseline == null) {
        return undefined(
            UndefinedReason.NO_BASELINE,
            subject(basis.measure(), basis.sense(), basis.reference()),
            "key result " + keyResult.id() + " has no baseline");
      }
      from = baseline.value();
    } else {
      from = previous == null ? null : previous.value().orElse(null);
      if (from == null) {
        return undefined(
            UndefinedReason.NO_PREVIOUS_VALUE,
            subject(basis.measure(), basis.sense(), basis.reference()),
            "no value in the period before " + checkIn.period().label());
      }
    }
    // The direction only matters to an improvement, whose sign it flips.
    Metric metric =
        basis.sense() == ChangeSense.IMPROVEMENT ? keyResult.metric().orElse(null) : null;
    Direction direction = metric == null ? Direction.HIGHER_IS_BETTER : metric.direction();
    return between(from, to, basis.measure(), basis.sense(), direction, basis.reference());
  }

  private static Outcome<Change> between(
      Quantity from,
      Quantity to,
      ChangeMeasure measure,
      ChangeSense sense,
      Direction direction,
      @Nullable ChangeReference reference) {
    Unit unit = from.unit();
    if (measure == ChangeMeasure.PERCENTAGE_POINTS && !unit.isPercent()) {
      return undefined(
          UndefinedReason.NOT_A_PERCENTAGE,
          subject(measure, sense, reference),
          "values are in " + unit + ", not percent");
    }
    Optional<Rational> scale = unit.scaleMaximum().map(Rational::of);
    if (measure == ChangeMeasure.SCALE_POINTS && scale.isEmpty()) {
      return undefined(
          UndefinedReason.NO_SCALE,
          subject(measure, sense, reference),
          "values are in " + unit + ", not a score on a scale");
    }
    if (measure == ChangeMeasure.RELATIVE
        && from.signum() != 0
        && from.signum() * to.signum() >= 0) {
      // The common case, from the figures' digits in one reduction: the same number as the
      // formula gives (Formulas.change), as a property test checks.
      return defined(
          Change.of(
              measure,
              sense,
              Formulas.inSense(Arithmetic.EXACT, to.percentChangeFrom(from), sense, direction),
              from.signum() < 0),
          direction,
          scale,
          from,
          to,
          reference);
    }
    return compute(
        measure, sense, direction, from.toRational(), to.toRational(), scale, from, to, reference);
  }

  private static Outcome<Change> compute(
      ChangeMeasure measure,
      ChangeSense sense,
      Direction direction,
      Rational from,
      Rational to,
      Optional<Rational> scale,
      Object fromSource,
      Object toSource,
      @Nullable ChangeReference reference) {
    boolean flipped = sense == ChangeSense.IMPROVEMENT && direction == Direction.LOWER_IS_BETTER;
    if (measure == ChangeMeasure.RELATIVE && from.isZero()) {
      return undefined(
          UndefinedReason.CHANGE_FROM_ZERO,
          subject(measure, sense, reference),
          text(measure, flipped, written(fromSource), written(toSource), scale).formula()
              + " with old = "
              + written(fromSource));
    }
    if (measure == ChangeMeasure.RELATIVE && from.signum() * to.signum() < 0) {
      return undefined(
          UndefinedReason.CHANGE_CROSSES_ZERO,
          subject(measure, sense, reference),
          "old = "
              + FormulaText.leading(written(fromSource))
              + " and new = "
              + FormulaText.leading(written(toSource))
              + " have opposite signs");
    }
    Rational raw = Formulas.change(Arithmetic.EXACT, measure, from, to, scale);
    Rational amount = Formulas.inSense(Arithmetic.EXACT, raw, sense, direction);
    return defined(
        Change.of(measure, sense, amount, from.signum() < 0),
        direction,
        scale,
        fromSource,
        toSource,
        reference);
  }

  /** A defined change, explained from its operands when asked. */
  private static Outcome<Change> defined(
      Change result,
      Direction direction,
      Optional<Rational> scale,
      Object fromSource,
      Object toSource,
      @Nullable ChangeReference reference) {
    ChangeWording wording = ChangeWording.of(direction, scale, reference);
    return new Explained<>(result) {
      @Override
      Explanation build() {
        Change change = value();
        ChangeMeasure measure = change.measure();
        ChangeSense sense = change.sense();
        boolean flipped =
            sense == ChangeSense.IMPROVEMENT && wording.direction == Direction.LOWER_IS_BETTER;
        FormulaText.Text text =
            text(measure, flipped, written(fromSource), written(toSource), wording.scale);
        String note =
            change.isAgainstNegativeReference() && measure == ChangeMeasure.RELATIVE
                ? " (divided by |old|: the old value is negative)"
                : "";
        return Explanation.of(
            subject(measure, sense, wording.reference),
            text.formula(),
            text.substituted(),
            Figures.change(change, Rounding.DISPLAY) + note);
      }
    };
  }

  /**
   * A value as the explanation writes it: a figure as stated, an exact number as an operand. The
   * calculators pass the value itself rather than a function writing it, so that nothing is made
   * for the text until it is asked for.
   */
  private static String written(Object source) {
    return source instanceof Quantity q ? q.value().toPlainString() : operand((Rational) source);
  }

  private static FormulaText.Text text(
      ChangeMeasure measure, boolean flipped, String from, String to, Optional<Rational> scale) {
    return FormulaText.change(measure, flipped, from, to, scaleText(scale), false);
  }

  private static String scaleText(Optional<Rational> scale) {
    return scale.map(Figures::exact).orElse("scale");
  }

  /** What a change is, as its explanation's subject: {@link #describe} of the reference, if any. */
  private static String subject(
      ChangeMeasure measure, ChangeSense sense, @Nullable ChangeReference reference) {
    return describe(measure, sense, Optional.ofNullable(reference));
  }

  private static String describe(
      ChangeMeasure measure, ChangeSense sense, Optional<ChangeReference> reference) {
    if (reference.isPresent()) {
      return ChangeBasis.of(measure, reference.get(), sense).describe();
    }
    String what = measure.adjective();
    return what + (sense == ChangeSense.CHANGE ? " change" : " improvement");
  }

  private static Outcome<Change> undefined(UndefinedReason reason, String subject, String why) {
    return Outcome.undefined(
        reason,
        Explanation.of(subject, "undefined", why, "undefined (" + reason.description() + ")"));
  }
}
