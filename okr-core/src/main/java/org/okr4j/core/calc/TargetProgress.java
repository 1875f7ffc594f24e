package org.okr4j.core.calc;

import java.util.List;
import java.util.function.Supplier;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;

/**
 * Progress toward a target: {@code (current − baseline) / (target − baseline)}, exactly.
 *
 * <p>Tool maintainers 1880 → 1919 against a goal of 1974 is {@code (1919 − 1880) / (1974 − 1880) =
 * 39/94 = 41.49%}. The formula covers decreasing metrics unchanged: outstanding code reviews 1134 →
 * 601 against a goal of 907 is {@code (601 − 1134) / (907 − 1134) = 234.8%}. A value that moved
 * away from the target gives a negative raw progress; one past the target more than 100% (11 of 8
 * tools is 137.5%); {@link Progress#clamped()} bounds both to {@code [0, 1]}. A target equal to its
 * baseline gives {@link UndefinedReason#TARGET_EQUALS_BASELINE}.
 *
 * <p>By target kind ({@link #of(KeyResult, CheckIn)}):
 *
 * <ul>
 *   <li>value: the formula, from the key result's baseline;
 *   <li>change: the formula toward the value the change leads to ({@link TargetValue});
 *   <li>milestone: the formula from the baseline (0% when none) to the percent complete aimed for;
 *   <li>zoned: the formula toward the target value, plus the zone reached;
 *   <li>threshold and band: 1 when met, 0 when not, with the boundary policy of the target;
 *   <li>binary: 1 once done — when the check-in's state, or that of an earlier check-in of the key
 *       result, is {@link CheckInState#DONE} ("Completed" in Q1, "-" after) — else 0;
 *   <li>composite: each part by its own target from its own baseline (0 when none), combined as the
 *       target says — {@link CompositeTarget.Combination#WEAKEST}: the smallest raw progress of any
 *       part, so the composite is achieved exactly when every part is; {@link
 *       CompositeTarget.Combination#MEAN}: the mean of the parts' clamped progress;
 *   <li>undetermined and qualitative: undefined.
 * </ul>
 *
 * <p>A check-in without a value gives {@link UndefinedReason#NO_VALUE} for every kind but binary
 * (judged by state) and composite (which reads part values: {@link
 * UndefinedReason#PART_VALUE_MISSING}).
 */
public final class TargetProgress {
  static final String SUBJECT = "progress";
  static final String FORMULA = "(current − baseline) / (target − baseline)";

  private TargetProgress() {}

  /**
   * The formula over exact numbers.
   *
   * @param baseline where the key result started
   * @param target where it aims
   * @param current where it is
   * @return the progress, or undefined when the target equals the baseline
   */
  public static Outcome<Progress> between(Rational baseline, Rational target, Rational current) {
    Checks.notNull(baseline, "baseline");
    Checks.notNull(target, "target");
    Checks.notNull(current, "current");
    return compute(
        baseline,
        target,
        current,
        () -> substituted(Figures.exact(baseline), Figures.exact(target), Figures.exact(current)));
  }

  /**
   * The formula over figures of one unit.
   *
   * @param baseline where the key result started
   * @param target where it aims
   * @param current where it is
   * @return the progress, or undefined when the target equals the baseline
   * @throws org.okr4j.core.quantity.UnitMismatchException if the units differ
   */
  public static Outcome<Progress> between(Quantity baseline, Quantity target, Quantity current) {
    Checks.notNull(baseline, "baseline");
    baseline.requireSameUnit(target);
    baseline.requireSameUnit(current);
    // Differences of figures: computed from their decimal digits, and the same fraction as the
    // differences of their values.
    if (target.isEqual(baseline)) {
      return targetEqualsBaseline(substituted(baseline, target, current));
    }
    // The explanation reads the progress back from the outcome (value()) rather than capturing it
    // a second time: one field less in every progress.
    return new Explained<>(Progress.of(current.fractionOfWay(baseline, target))) {
      @Override
      Explanation build() {
        return explained(substituted(baseline, target, current), value());
      }
    };
  }

  /**
   * Progress of a key result at its latest check-in.
   *
   * @param keyResult the key result
   * @return the progress, or undefined (see {@link #of(KeyResult, CheckIn)}), or {@link
   *     UndefinedReason#NO_CHECK_IN} when there is no check-in
   */
  public static Outcome<Progress> latest(KeyResult keyResult) {
    Checks.notNull(keyResult, "key result");
    return keyResult
        .latestCheckIn()
        .map(c -> of(keyResult, c))
        .orElseGet(
            () ->
                undefined(
                    UndefinedReason.NO_CHECK_IN,
                    "key result " + keyResult.id() + " has no check-in"));
  }

  /**
   * Progress of a key result at a check-in, by the kind of its target.
   *
   * @param keyResult the key result
   * @param checkIn the check-in
   * @return the progress, or undefined: no value at the check-in, no baseline, a target equal to
   *     its baseline, a change from zero, a target not set or not measurable, a missing part value
   * @throws IllegalArgumentException if {@code checkIn} is not one of the key result's
   */
  public static Outcome<Progress> of(KeyResult keyResult, CheckIn checkIn) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(checkIn, "check-in");
    requireCheckInOf(keyResult, checkIn);
    Baseline baseline = keyResult.baseline().orElse(null);
    return keyResult
        .target()
        .accept(new ProgressByKind(keyResult, checkIn, baseline == null ? null : baseline.value()));
  }

  /**
   * Refuses a check-in that is not one of the key result's: looked for by identity first, latest
   * first, as callers usually pass one of the key result's own, then by equality.
   */
  static void requireCheckInOf(KeyResult keyResult, CheckIn checkIn) {
    Checks.argument(
        isCheckInOf(keyResult, checkIn),
        "check-in for %s is not a check-in of key result %s",
        checkIn.period().label(),
        keyResult.id());
  }

  @SuppressWarnings("ReferenceEquality") // identity first, then equality
  private static boolean isCheckInOf(KeyResult keyResult, CheckIn checkIn) {
    List<CheckIn> all = keyResult.checkIns();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i) == checkIn) {
        return true;
      }
    }
    return all.contains(checkIn);
  }

  /** {@code "(current − baseline) / (target − baseline)"} with the figures as stated. */
  static String substituted(Quantity baseline, Quantity target, Quantity current) {
    return substituted(
        baseline.value().toPlainString(),
        target.value().toPlainString(),
        current.value().toPlainString());
  }

  /** {@code "(current − baseline) / (target − baseline)"} with the figures filled in. */
  static String substituted(String baseline, String target, String current) {
    return "(" + current + " − " + baseline + ") / (" + target + " − " + baseline + ")";
  }

  /** The formula; the explanation, with its figures as {@code substituted} prints them, is lazy. */
  static Outcome<Progress> compute(
      Rational baseline, Rational target, Rational current, Supplier<String> substituted) {
    if (target.equals(baseline)) {
      return targetEqualsBaseline(substituted.get());
    }
    return new Explained<>(Progress.of(current.fractionOfWay(baseline, target))) {
      @Override
      Explanation build() {
        return explained(substituted.get(), value());
      }
    };
  }

  static Outcome<Progress> targetEqualsBaseline(String substituted) {
    return Outcome.undefined(
        UndefinedReason.TARGET_EQUALS_BASELINE,
        Explanation.of(
            SUBJECT,
            FORMULA,
            substituted,
            "undefined (" + UndefinedReason.TARGET_EQUALS_BASELINE.description() + ")"));
  }

  static Explanation explained(String substituted, Progress progress) {
    return Explanation.of(
        SUBJECT, FORMULA, substituted, Figures.fractionAsPercent(progress.raw(), Rounding.DISPLAY));
  }

  static Outcome<Progress> undefined(UndefinedReason reason, String why) {
    return Outcome.undefined(
        reason, Explanation.of(SUBJECT, FORMULA, why, "undefined (" + reason.description() + ")"));
  }
}
