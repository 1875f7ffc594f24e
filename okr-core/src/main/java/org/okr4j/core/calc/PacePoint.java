package org.okr4j.core.calc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Rational;

/**
 * A point of a {@link PaceCurve}: by the time {@link #elapsed()} of the period has passed, {@link
 * #expected()} of the progress is expected. Both lie in {@code [0, 1]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PacePoint {
  private final Rational elapsed;
  private final Rational expected;

  private PacePoint(Rational elapsed, Rational expected) {
    this.elapsed = elapsed;
    this.expected = expected;
  }

  /**
   * A point.
   *
   * @param elapsed the fraction of the period elapsed, in {@code [0, 1]}
   * @param expected the progress expected by then, in {@code [0, 1]}
   * @return the point
   */
  public static PacePoint of(Rational elapsed, Rational expected) {
    checkFraction(elapsed, "elapsed fraction");
    checkFraction(expected, "expected progress");
    return new PacePoint(elapsed, expected);
  }

  static void checkFraction(@Nullable Rational value, String role) {
    Rational checked = Checks.notNull(value, role);
    Checks.argument(
        checked.signum() >= 0 && checked.compareTo(Rational.ONE) <= 0,
        "%s (%s) must be within [0, 1]",
        role,
        checked);
  }

  /**
   * The fraction of the period elapsed.
   *
   * @return the elapsed fraction
   */
  public Rational elapsed() {
    return elapsed;
  }

  /**
   * The progress expected by then.
   *
   * @return the expected progress
   */
  public Rational expected() {
    return expected;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PacePoint other
        && elapsed.equals(other.elapsed)
        && expected.equals(other.expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(elapsed, expected);
  }

  /**
   * {@code "(1/4 → 1/4)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "(" + elapsed + " → " + expected + ")";
  }
}
