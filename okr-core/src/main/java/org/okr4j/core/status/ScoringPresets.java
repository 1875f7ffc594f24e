package org.okr4j.core.status;

import org.okr4j.core.calc.Progress;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Objective;
import org.okr4j.core.quantity.Rational;

/**
 * Named scoring presets with exact boundaries, as {@link GradingRule}s on clamped progress (each
 * boundary belongs to the band above it) and a zone reading of raw progress.
 *
 * <ul>
 *   <li>{@link #googleGrading()}: Google's grading prints 0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green
 *       and leaves gaps; closed here by starting each band at its printed lower end: red on {@code
 *       [0, 0.4)} (so 0.35 is red), yellow on {@code [0.4, 0.7)} (0.65 is yellow), green on {@code
 *       [0.7, 1]}.
 *   <li>{@link #commitTargetStretch()}: zones at 30%, 70% and 100% ({@link #zoneOf(Rational)}:
 *       below commit under 0.3, commit from 0.3, target from 0.7, stretch from 1), coloured red
 *       below commit, yellow in the commit zone, green from the target zone.
 *   <li>{@link #committed()}: a committed objective is expected to reach 1.0: green only at 1,
 *       yellow on {@code [0.7, 1)}, red below 0.7. {@link #aspirational()} is Google's grading.
 *       {@link #forObjective(Objective)} picks one by {@link Objective#kind()}.
 *   <li>Stay-above and stay-below targets, strict or inclusive, are {@link
 *       org.okr4j.core.model.Target#staysAbove} and {@link org.okr4j.core.model.Target#staysBelow}
 *       with {@link org.okr4j.core.model.Boundary#EXCLUSIVE} (the threshold itself fails: "&lt;
 *       13.2 mins") or {@link org.okr4j.core.model.Boundary#INCLUSIVE} (it meets: "at least
 *       99.9%"), judged by {@link ThresholdRule}.
 * </ul>
 */
public final class ScoringPresets {
  private static final Rational THREE_TENTHS = Rational.of(3, 10);
  private static final Rational SEVEN_TENTHS = Rational.of(7, 10);
  private static final GradingRule COMMIT_TARGET_STRETCH =
      GradingRule.of(SEVEN_TENTHS, THREE_TENTHS);
  private static final GradingRule COMMITTED = GradingRule.of(Rational.ONE, SEVEN_TENTHS);

  private ScoringPresets() {}

  /**
   * Google's grading, gaps closed: red below 0.4, yellow from 0.4, green from 0.7.
   *
   * @return {@link GradingRule#google()}
   */
  public static GradingRule googleGrading() {
    return GradingRule.google();
  }

  /**
   * Commit, target and stretch zones at 30%, 70% and 100%: red below 0.3, yellow from 0.3, green
   * from 0.7.
   *
   * @return the rule
   */
  public static GradingRule commitTargetStretch() {
    return COMMIT_TARGET_STRETCH;
  }

  /**
   * The zone of a raw progress at 30%, 70% and 100%, lower ends included.
   *
   * @param progress the raw progress
   * @return below commit under 0.3, commit from 0.3, target from 0.7, stretch from 1
   */
  public static Progress.Zone zoneOf(Rational progress) {
    Checks.notNull(progress, "progress");
    if (progress.compareTo(Rational.ONE) >= 0) {
      return Progress.Zone.STRETCH;
    }
    if (progress.compareTo(SEVEN_TENTHS) >= 0) {
      return Progress.Zone.TARGET;
    }
    return progress.compareTo(THREE_TENTHS) >= 0
        ? Progress.Zone.COMMIT
        : Progress.Zone.BELOW_COMMIT;
  }

  /**
   * Committed objectives: green only at 1, yellow from 0.7, red below.
   *
   * @return the rule
   */
  public static GradingRule committed() {
    return COMMITTED;
  }

  /**
   * Aspirational objectives: Google's grading.
   *
   * @return {@link #googleGrading()}
   */
  public static GradingRule aspirational() {
    return googleGrading();
  }

  /**
   * The preset for an objective's kind: {@link #committed()} when it is stated committed, else
   * {@link #aspirational()}.
   *
   * @param objective the objective
   * @return the rule for its key results
   */
  public static GradingRule forObjective(Objective objective) {
    Checks.notNull(objective, "objective");
    return objective.isCommitted() ? committed() : aspirational();
  }
}
