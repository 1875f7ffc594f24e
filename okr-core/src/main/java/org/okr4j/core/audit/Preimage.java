package org.okr4j.core.audit;

import java.math.RoundingMode;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

/**
 * Every exact value that a rounding mode prints as a given figure: the figure {@code k·s}, printed
 * to a step {@code s}, comes from the values {@code t·s} with {@code t} in an interval around
 * {@code k} whose ends are open or closed as the mode rounds ties and signs. For {@code -1.4}
 * printed to 0.1 under {@link RoundingMode#DOWN}, {@code t} lies in {@code (-15, -14]}.
 */
final class Preimage {
  private static final Rational HALF = Rational.of(1, 2);

  private final Rational lower;
  private final Rational upper;
  private final boolean lowerOpen;
  private final boolean upperOpen;

  private Preimage(Rational lower, boolean lowerOpen, Rational upper, boolean upperOpen) {
    this.lower = lower;
    this.upper = upper;
    this.lowerOpen = lowerOpen;
    this.upperOpen = upperOpen;
  }

  /** The printed value itself, for a figure stated exactly. */
  static Preimage exactly(Rational printed) {
    return new Preimage(printed, false, printed, false);
  }

  /** The values that {@code mode} prints as {@code printed} with step {@code step}. */
  static Preimage of(Rational printed, Rational step, RoundingMode mode) {
    Rational k = printed.dividedBy(step);
    int sign = k.signum();
    boolean even = k.isInteger() && !k.numerator().testBit(0);
    Rational below = k.minus(HALF);
    Rational above = k.plus(HALF);
    Rational one = Rational.ONE;
    Preimage t =
        switch (mode) {
          case HALF_UP -> new Preimage(below, sign <= 0, above, sign >= 0);
          case HALF_DOWN -> new Preimage(below, sign > 0, above, sign < 0);
          case HALF_EVEN -> new Preimage(below, !even, above, !even);
          case DOWN ->
              sign > 0
                  ? new Preimage(k, false, k.plus(one), true)
                  : sign < 0
                      ? new Preimage(k.minus(one), true, k, false)
                      : new Preimage(k.minus(one), true, k.plus(one), true);
          case UP ->
              sign > 0
                  ? new Preimage(k.minus(one), true, k, false)
                  : sign < 0 ? new Preimage(k, false, k.plus(one), true) : exactly(k);
          case FLOOR -> new Preimage(k, false, k.plus(one), true);
          case CEILING -> new Preimage(k.minus(one), true, k, false);
          case UNNECESSARY -> exactly(k);
        };
    return t.scaledBy(step);
  }

  private Preimage scaledBy(Rational step) {
    return new Preimage(lower.multipliedBy(step), lowerOpen, upper.multipliedBy(step), upperOpen);
  }

  boolean contains(Rational x) {
    int lo = x.compareTo(lower);
    int hi = x.compareTo(upper);
    return (lowerOpen ? lo > 0 : lo >= 0) && (upperOpen ? hi < 0 : hi <= 0);
  }

  boolean intersects(Interval range) {
    int a = range.lower().compareTo(upper);
    int b = range.upper().compareTo(lower);
    return (upperOpen ? a < 0 : a <= 0) && (lowerOpen ? b > 0 : b >= 0);
  }

  @Override
  public String toString() {
    return (lowerOpen ? "(" : "[") + lower + ", " + upper + (upperOpen ? ")" : "]");
  }
}
