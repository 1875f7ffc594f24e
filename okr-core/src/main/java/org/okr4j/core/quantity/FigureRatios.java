package org.okr4j.core.quantity;

import org.jspecify.annotations.Nullable;

/**
 * Ratios of differences of compact figures in one reduction: {@link
 * Quantity#fractionOfWay(Quantity, Quantity)} and {@link Quantity#percentChangeFrom(Quantity)} when
 * every figure's value fits in a {@code long}. Written with the same decimal places (after scaling
 * the fewer places up), the figures' common power of ten cancels from the ratio, which is then a
 * ratio of longs reduced by one gcd instead of three or four intermediate fractions.
 *
 * <p>Each method returns null when a figure is not compact or a term would not fit in a long; the
 * caller then computes the same number with {@link Rational} arithmetic.
 */
final class FigureRatios {
  private FigureRatios() {}

  /** {@code (value − start) / (end − start)} for {@code end ≠ start}. */
  static Rational fractionOfWay(Quantity value, Quantity start, Quantity end) {
    Rational fast = compactFractionOfWay(value, start, end);
    return fast != null ? fast : value.differenceFrom(start).dividedBy(end.differenceFrom(start));
  }

  /** {@code (now − old) / |old| × 100} for {@code old ≠ 0}. */
  static Rational percentChange(Quantity old, Quantity now) {
    Rational fast = compactPercentChange(old, now);
    return fast != null
        ? fast
        : now.differenceFrom(old)
            .dividedBy(old.toRational().abs())
            .multipliedBy(Rational.ONE_HUNDRED);
  }

  /** {@link #fractionOfWay}, or null when a figure is not compact or a term overflows. */
  private static @Nullable Rational compactFractionOfWay(
      Quantity value, Quantity start, Quantity end) {
    if (!value.isCompact() || !start.isCompact() || !end.isCompact()) {
      return null;
    }
    int scale = Math.max(value.scale(), Math.max(start.scale(), end.scale()));
    try {
      long from = rescaled(start, scale);
      return Fractions.quotient(
          Math.subtractExact(rescaled(value, scale), from),
          Math.subtractExact(rescaled(end, scale), from));
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  /** {@link #percentChange}, or null when a figure is not compact or a term overflows. */
  private static @Nullable Rational compactPercentChange(Quantity old, Quantity now) {
    if (!old.isCompact() || !now.isCompact()) {
      return null;
    }
    int scale = Math.max(old.scale(), now.scale());
    try {
      long from = rescaled(old, scale);
      long difference = Math.subtractExact(rescaled(now, scale), from);
      return Fractions.quotient(Math.multiplyExact(difference, 100L), Math.absExact(from));
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  /** The unscaled value of a compact figure written with {@code scale} decimal places. */
  private static long rescaled(Quantity q, int scale) {
    long unscaled = q.unscaled();
    int more = scale - q.scale();
    return more == 0 ? unscaled : Math.multiplyExact(unscaled, LongFractions.POWERS_OF_TEN[more]);
  }
}
