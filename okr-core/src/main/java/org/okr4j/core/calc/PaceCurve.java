package org.okr4j.core.calc;

import java.util.List;
import org.okr4j.core.quantity.Rational;

/**
 * How much progress is expected once a fraction of the period has elapsed.
 *
 * <p>Three curves are built in: {@link #linear()} (the default: half the progress by half the
 * period), {@link #stepwise(List)} for phased targets, and {@link #through(List)} for any
 * piecewise-linear curve. Callers may implement their own; {@link ExpectedProgress} checks that
 * what a curve returns lies in {@code [0, 1]}.
 */
@FunctionalInterface
public interface PaceCurve {
  /**
   * The progress expected after {@code elapsed} of the period.
   *
   * @param elapsed the fraction of the period elapsed, in {@code [0, 1]}
   * @return the expected progress, in {@code [0, 1]}, never decreasing as {@code elapsed} grows
   * @throws IllegalArgumentException if {@code elapsed} is outside {@code [0, 1]} (the built-in
   *     curves check)
   */
  Rational expectedAt(Rational elapsed);

  /**
   * A short name for explanations; "custom" unless overridden.
   *
   * @return the name
   */
  default String name() {
    return "custom";
  }

  /**
   * Progress expected in proportion to time elapsed.
   *
   * @return the identity curve
   */
  static PaceCurve linear() {
    return PaceCurves.LINEAR;
  }

  /**
   * Phased targets: the expected progress of the last point whose elapsed fraction has been
   * reached, 0 before the first. Quarterly phases of a year: points {@code (1/4, 1/4), (1/2, 1/2),
   * (3/4, 3/4), (1, 1)}.
   *
   * @param steps the points, in strictly increasing elapsed order, with non-decreasing expected
   *     progress
   * @return the curve
   */
  static PaceCurve stepwise(List<PacePoint> steps) {
    return PaceCurves.stepwise(steps);
  }

  /**
   * A piecewise-linear curve through points from {@code elapsed = 0} to {@code elapsed = 1}.
   *
   * @param points at least two, in strictly increasing elapsed order starting at 0 and ending at 1,
   *     with non-decreasing expected progress
   * @return the curve
   */
  static PaceCurve through(List<PacePoint> points) {
    return PaceCurves.through(points);
  }
}
