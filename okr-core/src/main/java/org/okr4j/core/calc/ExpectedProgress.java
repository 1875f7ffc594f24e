package org.okr4j.core.calc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.time.Period;

/**
 * The progress expected by a day: the fraction of the period elapsed ({@link
 * Period#fractionElapsed(LocalDate)}) through a {@link PaceCurve}.
 *
 * <p>At the end of Q3 of a fiscal year (1 April 2020 for FY2019/20), 275 of its 366 days have
 * elapsed; on the linear curve {@code 275/366 = 75.14%} of a year goal is expected.
 */
public final class ExpectedProgress {
  private ExpectedProgress() {}

  /**
   * The progress expected at the start of {@code date}.
   *
   * @param period the period the target is for
   * @param date the day
   * @param curve the pace curve
   * @return the expected progress, always defined, in {@code [0, 1]}
   * @throws IllegalStateException if a custom curve returns a value outside {@code [0, 1]}
   */
  public static Outcome<Rational> at(Period period, LocalDate date, PaceCurve curve) {
    Rational expected = valueAt(period, date, curve);
    return Outcome.defined(
        expected,
        () ->
            Explanation.of(
                "expected progress",
                curve.name() + " pace of the fraction of " + period.label() + " elapsed",
                curve.name()
                    + "("
                    + Figures.exact(period.fractionElapsed(date))
                    + " of "
                    + period.label()
                    + " elapsed on "
                    + date
                    + ")",
                Figures.fractionAsPercent(expected, Rounding.DISPLAY)));
  }

  /**
   * The progress expected at the start of {@code date}, without its explanation: the value of
   * {@link #at(Period, LocalDate, PaceCurve)}, for a caller that explains it only when asked.
   *
   * @param period the period the target is for
   * @param date the day
   * @param curve the pace curve
   * @return the expected progress, in {@code [0, 1]}
   * @throws IllegalStateException if a custom curve returns a value outside {@code [0, 1]}
   */
  public static Rational valueAt(Period period, LocalDate date, PaceCurve curve) {
    Checks.notNull(period, "period");
    Checks.notNull(date, "date");
    Checks.notNull(curve, "pace curve");
    Rational elapsed = period.fractionElapsed(date);
    Rational expected = curve.expectedAt(elapsed);
    if (expected == null || expected.signum() < 0 || expected.compareTo(Rational.ONE) > 0) {
      // Checked without Checks.state: its arguments would be boxed for every status.
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "pace curve %s returned %s for elapsed %s; it must return a value within [0, 1]",
              curve.name(),
              expected,
              elapsed));
    }
    return expected;
  }

  /**
   * The progress expected today according to {@code clock}.
   *
   * @param period the period the target is for
   * @param clock the clock that says what day it is
   * @param curve the pace curve
   * @return the expected progress
   * @see #at(Period, LocalDate, PaceCurve)
   */
  public static Outcome<Rational> at(Period period, Clock clock, PaceCurve curve) {
    Checks.notNull(clock, "clock");
    return at(period, LocalDate.now(clock), curve);
  }
}
