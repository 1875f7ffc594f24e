package org.okr4j.core.status;

import java.util.List;
import java.util.Locale;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.forecast.Projection;
import org.okr4j.core.forecast.ProjectionMethod;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

/**
 * Where a key result is heading, as WorkBoard colours a key result by its chance of reaching 85% of
 * the target at its current course: the {@link Projection} to the end of the goal period (by {@link
 * #method()}, with the context's pace curve for the expected-pace method), judged over its whole
 * interval.
 *
 * <p>With {@code [lo, hi]} the projected progress over the projection's interval ({@link
 * Projection#progressInterval()}), each end clamped to {@code [0, 1]}, and the bands of {@link
 * #bands()} (a {@link GradingRule}: green from {@code g}, yellow from {@code y}):
 *
 * <ul>
 *   <li>GREEN when {@code lo >= g}: every value the inputs allow is projected into the green band;
 *   <li>RED when {@code hi < y}: every value the inputs allow is projected below the yellow band;
 *   <li>YELLOW otherwise: the projection is in the yellow band, or its interval crosses a band
 *       boundary and the rule cannot promise green or red.
 * </ul>
 *
 * <p>Defaults ({@link #defaults()}): least squares, green from 1 (projected to reach the target),
 * yellow from 0.85 (projected to reach 85% of it); both boundaries inclusive. A key result without
 * a projection (too few check-ins) or a projected progress (target not set, no baseline) is {@code
 * UNKNOWN} with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ForecastRule implements StatusRule {
  private static final ForecastRule DEFAULTS =
      new ForecastRule(
          ProjectionMethod.LEAST_SQUARES, GradingRule.of(Rational.ONE, Rational.of(17, 20)));

  private final ProjectionMethod method;
  private final GradingRule bands;

  private ForecastRule(ProjectionMethod method, GradingRule bands) {
    this.method = method;
    this.bands = bands;
  }

  /**
   * Least squares; green when projected to reach the target, red when projected short of 85% of it.
   *
   * @return the rule
   */
  public static ForecastRule defaults() {
    return DEFAULTS;
  }

  /**
   * A method and bands of your own.
   *
   * @param method how to project
   * @param greenFrom the smallest projected progress that is green, in {@code [0, 1]}
   * @param yellowFrom the smallest projected progress that is yellow, not above {@code greenFrom}
   * @return the rule
   */
  public static ForecastRule of(ProjectionMethod method, Rational greenFrom, Rational yellowFrom) {
    Checks.notNull(method, "projection method");
    return new ForecastRule(method, GradingRule.of(greenFrom, yellowFrom));
  }

  /**
   * How key results are projected.
   *
   * @return the method
   */
  public ProjectionMethod method() {
    return method;
  }

  /**
   * The bands the projected progress is judged by.
   *
   * @return the bands, as a grading rule
   */
  public GradingRule bands() {
    return bands;
  }

  /**
   * The colour of a projected progress interval.
   *
   * @param progress the raw projected progress over the projection's interval
   * @return green, yellow or red, as the class documentation says
   */
  public StatusColor colorOf(Interval progress) {
    Checks.notNull(progress, "projected progress");
    if (bands.colorOf(clamp(progress.lower())) == StatusColor.GREEN) {
      return StatusColor.GREEN;
    }
    return bands.colorOf(clamp(progress.upper())) == StatusColor.RED
        ? StatusColor.RED
        : StatusColor.YELLOW;
  }

  @Override
  public String name() {
    return "forecast";
  }

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Outcome<Projection> outcome =
        Projection.of(keyResult, context.goalPeriod(), context.asOf(), method, context.pace());
    if (!outcome.isDefined()) {
      return Status.lazy(
          StatusColor.UNKNOWN,
          name(),
          () -> "no projection: " + outcome.explanation().brief(),
          () -> List.of(outcome.explanation()));
    }
    Projection p = outcome.value();
    if (p.progressInterval().isEmpty()) {
      return Status.lazy(
          StatusColor.UNKNOWN,
          name(),
          () -> "projected progress undefined: " + p.progress().explanation().brief(),
          () -> List.of(outcome.explanation()));
    }
    Interval progress = p.progressInterval().orElseThrow();
    StatusColor color = colorOf(progress);
    return Status.lazy(
        color, name(), () -> reason(p, progress), () -> List.of(outcome.explanation()));
  }

  private String reason(Projection p, Interval progress) {
    return String.format(
        Locale.ROOT,
        "projected by %s to %s (between %s and %s), progress %s to %s by %s (green from %s,"
            + " yellow from %s)",
        method.description(),
        Figures.decimal(p.value(), Rounding.DISPLAY),
        Figures.decimal(p.lower(), Rounding.DISPLAY),
        Figures.decimal(p.upper(), Rounding.DISPLAY),
        Figures.fractionAsPercent(progress.lower(), Rounding.DISPLAY),
        Figures.fractionAsPercent(progress.upper(), Rounding.DISPLAY),
        p.date(),
        Figures.fractionAsPercent(bands.greenFrom(), Rounding.DISPLAY),
        Figures.fractionAsPercent(bands.yellowFrom(), Rounding.DISPLAY));
  }

  private static Rational clamp(Rational progress) {
    return progress.max(Rational.ZERO).min(Rational.ONE);
  }

  @Override
  public String toString() {
    return "forecast by "
        + method.description()
        + " (green from "
        + bands.greenFrom()
        + ", yellow from "
        + bands.yellowFrom()
        + ")";
  }
}
