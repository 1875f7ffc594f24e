package org.okr4j.core.status;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.ExpectedProgress;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;

/**
 * Actual against expected progress, with configurable bands, as Viva Goals' "on track / behind / at
 * risk" does.
 *
 * <p>Expected progress {@code e} is the context's {@link StatusContext#pace() pace curve} at the
 * fraction of the goal period elapsed by the judgement day; actual progress {@code p} is the
 * clamped progress at the judged check-in. The status is green when {@code p >= e −
 * greenTolerance}, yellow when {@code p >= e − yellowTolerance}, red otherwise: both boundaries
 * inclusive. Defaults: 10 and 25 points of progress ({@code 1/10} and {@code 1/4}).
 *
 * <p>Undefined progress is {@code UNKNOWN} with its reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaceRule extends ProgressRule {
  private static final PaceRule DEFAULTS = new PaceRule(Rational.of(1, 10), Rational.of(1, 4));

  private final Rational greenTolerance;
  private final Rational yellowTolerance;

  /** The floors of the last expected progress judged against; a memo, invisible to callers. */
  private final FloorMemo floors = new FloorMemo();

  private PaceRule(Rational greenTolerance, Rational yellowTolerance) {
    this.greenTolerance = greenTolerance;
    this.yellowTolerance = yellowTolerance;
  }

  /**
   * The least actual progress that is green and the least that is yellow against one expected
   * progress: {@code gap = e − p ≤ tolerance} exactly when {@code p ≥ e − tolerance}. Every key
   * result judged in one {@link StatusContext} shares its expected progress, so each colour is then
   * one comparison, with no subtraction.
   */
  private static final class Floors {
    final Rational expected;
    final Rational green;
    final Rational yellow;

    Floors(Rational expected, Rational green, Rational yellow) {
      this.expected = expected;
      this.green = green;
      this.yellow = yellow;
    }
  }

  /** Holds the last {@link Floors}, replaced whole when another expected progress comes. */
  private static final class FloorMemo {
    private volatile @Nullable Floors last;
  }

  private Floors floorsFor(Rational expected) {
    Floors f = floors.last;
    if (f == null || !f.expected.equals(expected)) {
      f = new Floors(expected, expected.minus(greenTolerance), expected.minus(yellowTolerance));
      floors.last = f;
    }
    return f;
  }

  /**
   * Green within 10 points of progress behind the expected, yellow within 25.
   *
   * @return the rule
   */
  public static PaceRule defaults() {
    return DEFAULTS;
  }

  /**
   * Bands of your own.
   *
   * @param greenTolerance how far behind the expected progress is still green, in {@code [0, 1]}
   * @param yellowTolerance how far behind is still yellow, at least {@code greenTolerance}
   * @return the rule
   */
  public static PaceRule of(Rational greenTolerance, Rational yellowTolerance) {
    Checks.notNull(greenTolerance, "green tolerance");
    Checks.notNull(yellowTolerance, "yellow tolerance");
    Checks.argument(
        greenTolerance.signum() >= 0
            && greenTolerance.compareTo(yellowTolerance) <= 0
            && yellowTolerance.compareTo(Rational.ONE) <= 0,
        "pace tolerances must satisfy 0 <= green (%s) <= yellow (%s) <= 1",
        greenTolerance,
        yellowTolerance);
    return new PaceRule(greenTolerance, yellowTolerance);
  }

  /**
   * How far behind the expected progress is still green.
   *
   * @return the green tolerance
   */
  public Rational greenTolerance() {
    return greenTolerance;
  }

  /**
   * How far behind the expected progress is still yellow.
   *
   * @return the yellow tolerance
   */
  public Rational yellowTolerance() {
    return yellowTolerance;
  }

  /**
   * The colour of an actual against an expected progress.
   *
   * @param actual clamped progress
   * @param expected expected progress
   * @return green, yellow or red
   */
  public StatusColor colorOf(Rational actual, Rational expected) {
    Checks.notNull(actual, "actual progress");
    Checks.notNull(expected, "expected progress");
    Floors f = floorsFor(expected);
    if (actual.compareTo(f.green) >= 0) {
      return StatusColor.GREEN;
    }
    return actual.compareTo(f.yellow) >= 0 ? StatusColor.YELLOW : StatusColor.RED;
  }

  @Override
  public String name() {
    return "pace";
  }

  @Override
  Status judge(Outcome<Progress> progress, StatusContext context) {
    StatusColor color = colorOf(progress.value().clamped(), context.expectedProgress());
    // The expected progress is explained, like the reason, only when asked for. The reason reads
    // both progresses again rather than capturing them: two fields less in every status.
    return new Status.Built(color) {
      @Override
      public String rule() {
        return name();
      }

      @Override
      String buildReason() {
        return reasonText(progress.value().clamped(), context.expectedProgress());
      }

      @Override
      List<Explanation> buildEvidence() {
        return List.of(
            progress.explanation(),
            ExpectedProgress.at(context.goalPeriod(), context.asOf(), context.pace())
                .explanation());
      }
    };
  }

  private String reasonText(Rational actual, Rational expected) {
    Rational gap = expected.minus(actual);
    return String.format(
        Locale.ROOT,
        "progress %s against expected %s: %s points %s (green within %s, yellow within %s)",
        Figures.fractionAsPercent(actual, Rounding.DISPLAY),
        Figures.fractionAsPercent(expected, Rounding.DISPLAY),
        Figures.decimal(gap.abs().multipliedBy(Rational.ONE_HUNDRED), Rounding.DISPLAY),
        gap.signum() > 0 ? "behind" : "ahead",
        Figures.decimal(greenTolerance.multipliedBy(Rational.ONE_HUNDRED), Rounding.DISPLAY),
        Figures.decimal(yellowTolerance.multipliedBy(Rational.ONE_HUNDRED), Rounding.DISPLAY));
  }

  @Override
  public String toString() {
    return "pace (green within " + greenTolerance + ", yellow within " + yellowTolerance + ")";
  }
}
