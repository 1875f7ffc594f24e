package org.okr4j.core.status;

import java.util.List;
import java.util.Locale;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;

/**
 * Grading bands on progress, as in Google's 0.0–1.0 OKR grading: the clamped progress at the judged
 * check-in is green at or above {@link #greenFrom()} (0.7), yellow at or above {@link
 * #yellowFrom()} (0.4), red below. Both boundaries are inclusive: exactly 0.7 is green.
 *
 * <p>Google prints the bands as 0–0.3 red, 0.4–0.6 yellow and 0.7–1.0 green; the gaps are closed by
 * starting each band at its printed lower end, so 0.35 is red and 0.65 yellow. {@link
 * ScoringPresets} names this and the other presets.
 *
 * <p>Undefined progress (no value, target not set, ...) is {@code UNKNOWN} with its reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradingRule extends ProgressRule {
  private static final GradingRule GOOGLE = new GradingRule(Rational.of(7, 10), Rational.of(2, 5));

  private final Rational greenFrom;
  private final Rational yellowFrom;

  private GradingRule(Rational greenFrom, Rational yellowFrom) {
    this.greenFrom = greenFrom;
    this.yellowFrom = yellowFrom;
  }

  /**
   * Google's bands: green from 0.7, yellow from 0.4.
   *
   * @return the rule
   */
  public static GradingRule google() {
    return GOOGLE;
  }

  /**
   * Bands of your own.
   *
   * @param greenFrom the smallest clamped progress that is green
   * @param yellowFrom the smallest clamped progress that is yellow; not above {@code greenFrom}
   * @return the rule
   */
  public static GradingRule of(Rational greenFrom, Rational yellowFrom) {
    Checks.notNull(greenFrom, "green boundary");
    Checks.notNull(yellowFrom, "yellow boundary");
    Checks.argument(
        yellowFrom.compareTo(greenFrom) <= 0
            && yellowFrom.signum() >= 0
            && greenFrom.compareTo(Rational.ONE) <= 0,
        "grading boundaries must satisfy 0 <= yellow (%s) <= green (%s) <= 1",
        yellowFrom,
        greenFrom);
    return new GradingRule(greenFrom, yellowFrom);
  }

  /**
   * The smallest clamped progress that is green.
   *
   * @return the green boundary
   */
  public Rational greenFrom() {
    return greenFrom;
  }

  /**
   * The smallest clamped progress that is yellow.
   *
   * @return the yellow boundary
   */
  public Rational yellowFrom() {
    return yellowFrom;
  }

  /**
   * The colour of a clamped progress.
   *
   * @param clampedProgress progress in {@code [0, 1]}
   * @return green, yellow or red
   */
  public StatusColor colorOf(Rational clampedProgress) {
    Checks.notNull(clampedProgress, "progress");
    if (clampedProgress.compareTo(greenFrom) >= 0) {
      return StatusColor.GREEN;
    }
    return clampedProgress.compareTo(yellowFrom) >= 0 ? StatusColor.YELLOW : StatusColor.RED;
  }

  @Override
  public String name() {
    return "grading";
  }

  @Override
  Status judge(Outcome<Progress> progress, StatusContext context) {
    Rational p = progress.value().clamped();
    StatusColor color = colorOf(p);
    return Status.lazy(color, name(), () -> reason(p), () -> List.of(progress.explanation()));
  }

  private String reason(Rational clampedProgress) {
    return String.format(
        Locale.ROOT,
        "progress %s (green from %s, yellow from %s)",
        Figures.fractionAsPercent(clampedProgress, Rounding.DISPLAY),
        Figures.fractionAsPercent(greenFrom, Rounding.DISPLAY),
        Figures.fractionAsPercent(yellowFrom, Rounding.DISPLAY));
  }

  @Override
  public String toString() {
    return "grading (green from " + greenFrom + ", yellow from " + yellowFrom + ")";
  }
}
