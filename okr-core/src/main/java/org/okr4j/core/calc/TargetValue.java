package org.okr4j.core.calc;

import java.util.Optional;
import org.okr4j.core.formula.Arithmetic;
import org.okr4j.core.formula.FormulaText;
import org.okr4j.core.formula.Formulas;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.BinaryTarget;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.QualitativeTarget;
import org.okr4j.core.model.TargetVisitor;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.UndeterminedTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;

/**
 * The value a target aims for, exactly.
 *
 * <p>A change target resolves against the baseline: "2% decrease" from 19 days is {@code 19 × (1 +
 * -2/100) = 18.62} days; "+25 pp" from 0% is 25%; "+4 points" of a five-point scale from 3.8 is
 * {@code 3.8 + 4/100 × 5 = 4}. A value target is its value, a milestone its percent complete, a
 * zoned target its target value. Thresholds, bands, binary and composite targets have no single
 * value ({@link UndefinedReason#NOT_A_VALUE_TARGET}).
 */
public final class TargetValue {
  private TargetValue() {}

  /**
   * The value a change leads to from a baseline.
   *
   * @param target the change target
   * @param baseline the baseline value
   * @return the exact target value, or undefined: a relative change from zero, percentage points of
   *     a value not in percent, points of a scale of a value not a score
   */
  public static Outcome<Rational> ofChange(ChangeTarget target, Quantity baseline) {
    Checks.notNull(target, "target");
    Checks.notNull(baseline, "baseline");
    ChangeMeasure measure = target.measure();
    // The figures' texts are written only for an undefined outcome or when explained.
    Rational from = baseline.toRational();
    if (measure == ChangeMeasure.RELATIVE && from.isZero()) {
      return undefined(
          UndefinedReason.CHANGE_FROM_ZERO,
          formula(target, baseline),
          "a relative change of " + target.amount().toPlainString() + "% from 0");
    }
    if (measure == ChangeMeasure.PERCENTAGE_POINTS && !baseline.unit().isPercent()) {
      return undefined(
          UndefinedReason.NOT_A_PERCENTAGE,
          formula(target, baseline),
          "baseline in " + baseline.unit());
    }
    Optional<Rational> scale = baseline.unit().scaleMaximum().map(Rational::of);
    if (measure == ChangeMeasure.SCALE_POINTS && scale.isEmpty()) {
      return undefined(
          UndefinedReason.NO_SCALE, formula(target, baseline), "baseline in " + baseline.unit());
    }
    return new Explained<>(
        Formulas.applyChange(
            Arithmetic.EXACT, measure, from, Rational.of(target.amount()), scale)) {
      @Override
      Explanation build() {
        String substituted =
            FormulaText.applyChange(
                    measure,
                    baseline.value().toPlainString(),
                    target.amount().toPlainString(),
                    "scale",
                    scale.map(Figures::exact).orElse(""))
                .substituted();
        return Explanation.of(
            "target value", formula(target, baseline), substituted, Figures.exact(value()));
      }
    };
  }

  private static String formula(ChangeTarget target, Quantity baseline) {
    return FormulaText.applyChange(
            target.measure(),
            baseline.value().toPlainString(),
            target.amount().toPlainString(),
            "scale",
            "scale")
        .formula();
  }

  /**
   * The value a key result's target aims for.
   *
   * @param keyResult the key result
   * @return the exact target value, or undefined: no baseline for a change target, a target without
   *     a single value, a target not set or not measurable
   */
  public static Outcome<Rational> of(KeyResult keyResult) {
    Checks.notNull(keyResult, "key result");
    return keyResult
        .target()
        .accept(
            new TargetVisitor<Outcome<Rational>>() {
              @Override
              public Outcome<Rational> visitValue(ValueTarget target) {
                return exact(target.value());
              }

              @Override
              public Outcome<Rational> visitChange(ChangeTarget target) {
                return keyResult
                    .baseline()
                    .map(b -> ofChange(target, b.value()))
                    .orElseGet(
                        () ->
                            undefined(
                                UndefinedReason.NO_BASELINE,
                                "baseline changed by the target",
                                "key result " + keyResult.id() + " has no baseline"));
              }

              @Override
              public Outcome<Rational> visitThreshold(ThresholdTarget target) {
                return noValue("a threshold");
              }

              @Override
              public Outcome<Rational> visitBand(BandTarget target) {
                return noValue("a band");
              }

              @Override
              public Outcome<Rational> visitBinary(BinaryTarget target) {
                return noValue("done or not done");
              }

              @Override
              public Outcome<Rational> visitMilestone(MilestoneTarget target) {
                Rational value = Rational.of(target.percentComplete());
                return Outcome.defined(
                    value,
                    () ->
                        Explanation.of(
                            "target value",
                            "percent complete aimed for",
                            target.percentComplete().toPlainString() + "%",
                            Figures.exact(value) + "%"));
              }

              @Override
              public Outcome<Rational> visitZoned(ZonedTarget target) {
                return exact(target.target());
              }

              @Override
              public Outcome<Rational> visitComposite(CompositeTarget target) {
                return noValue("several parts");
              }

              @Override
              public Outcome<Rational> visitUndetermined(UndeterminedTarget target) {
                return undefined(
                    UndefinedReason.TARGET_NOT_SET,
                    "the target",
                    target.printed().orElse("to be determined"));
              }

              @Override
              public Outcome<Rational> visitQualitative(QualitativeTarget target) {
                return undefined(
                    UndefinedReason.TARGET_NOT_MEASURABLE, "the target", target.description());
              }
            });
  }

  private static Outcome<Rational> exact(Quantity value) {
    Rational r = value.toRational();
    return Outcome.defined(
        r,
        () ->
            Explanation.of(
                "target value", "the value to reach", Figures.quantity(value), Figures.exact(r)));
  }

  private static Outcome<Rational> noValue(String what) {
    return undefined(UndefinedReason.NOT_A_VALUE_TARGET, "the target", "the target is " + what);
  }

  private static Outcome<Rational> undefined(
      UndefinedReason reason, String formula, String substituted) {
    return Outcome.undefined(
        reason,
        Explanation.of(
            "target value", formula, substituted, "undefined (" + reason.description() + ")"));
  }
}
