package org.okr4j.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.DecimalLimits;
import org.okr4j.core.quantity.Rational;

/**
 * How confident the owner of a key result says they are of reaching it, on the scale they used: a
 * fraction from 0 to 1, a score from 0 to 10, or one of three states.
 *
 * <p>Every confidence converts exactly to a {@linkplain #toFraction() fraction}: a score {@code s}
 * out of ten is {@code s/10}; {@link Level#LOW} is 0, {@link Level#MEDIUM} 1/2, {@link Level#HIGH}
 * 1. {@link #to(Scale)} converts between scales: fraction and ten-point scores convert both ways
 * exactly (0.7 ↔ 7), and the three states to either number and back. A number converts to three
 * states by bands of thirds, <b>lower ends included</b>: LOW below 1/3, MEDIUM from 1/3 to below
 * 2/3, HIGH from 2/3; that direction loses information, so a number round-trips through three
 * states only when it is 0, 1/2 or 1 (0, 5 or 10 out of ten).
 *
 * <p>Two confidences are equal when they have the same scale and the same number, compared
 * numerically ({@code 0.7} equals {@code 0.70}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Confidence {
  /** The scale a confidence is stated on. */
  public enum Scale {
    /** A fraction from 0 to 1. */
    FRACTION,
    /** A score from 0 to 10. */
    OUT_OF_TEN,
    /** Low, medium or high. */
    THREE_STATES
  }

  /** The three states. */
  public enum Level {
    /** Unlikely to be reached; 0 as a fraction. */
    LOW,
    /** Could go either way; 1/2 as a fraction. */
    MEDIUM,
    /** Likely to be reached; 1 as a fraction. */
    HIGH
  }

  private static final Rational ONE_THIRD = Rational.of(1, 3);
  private static final Rational TWO_THIRDS = Rational.of(2, 3);

  private final Scale scale;
  private final BigDecimal number;
  private final @Nullable Level level;

  private Confidence(Scale scale, BigDecimal number, @Nullable Level level) {
    this.scale = scale;
    this.number = number;
    this.level = level;
  }

  /**
   * A fraction from 0 to 1.
   *
   * @param fraction the confidence, in {@code [0, 1]}
   * @return the confidence
   */
  public static Confidence ofFraction(BigDecimal fraction) {
    return number(Scale.FRACTION, fraction, BigDecimal.ONE);
  }

  /**
   * A score from 0 to 10.
   *
   * @param score the confidence, in {@code [0, 10]}
   * @return the confidence
   */
  public static Confidence outOfTen(BigDecimal score) {
    return number(Scale.OUT_OF_TEN, score, BigDecimal.TEN);
  }

  /**
   * One of three states.
   *
   * @param level the state
   * @return the confidence
   */
  public static Confidence of(Level level) {
    Checks.notNull(level, "confidence level");
    BigDecimal n =
        switch (level) {
          case LOW -> BigDecimal.ZERO;
          case MEDIUM -> BigDecimal.ONE;
          case HIGH -> BigDecimal.valueOf(2);
        };
    return new Confidence(Scale.THREE_STATES, n, level);
  }

  private static Confidence number(Scale scale, BigDecimal value, BigDecimal maximum) {
    Checks.notNull(value, "confidence");
    DecimalLimits.check(value, "confidence");
    Checks.argument(
        value.signum() >= 0 && value.compareTo(maximum) <= 0,
        "confidence (%s) must be within [0, %s]",
        value.toPlainString(),
        maximum.toPlainString());
    return new Confidence(scale, value, null);
  }

  /**
   * The scale the confidence is stated on.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * The number on its scale: the fraction, the score out of ten, or 0, 1, 2 for low, medium, high.
   *
   * @return the number as stated
   */
  public BigDecimal number() {
    return number;
  }

  /**
   * The state, on the three-state scale.
   *
   * @return the level; on another scale, the level it converts to
   */
  public Level level() {
    if (level != null) {
      return level;
    }
    Rational f = toFraction();
    if (f.isLessThan(ONE_THIRD)) {
      return Level.LOW;
    }
    return f.isLessThan(TWO_THIRDS) ? Level.MEDIUM : Level.HIGH;
  }

  /**
   * The confidence as an exact fraction of certainty.
   *
   * @return in {@code [0, 1]}
   */
  public Rational toFraction() {
    return switch (scale) {
      case FRACTION -> Rational.of(number);
      case OUT_OF_TEN -> Rational.of(number).dividedBy(Rational.of(10));
      case THREE_STATES -> Rational.of(number).dividedBy(Rational.of(2));
    };
  }

  /**
   * The confidence on another scale, as the class documentation says.
   *
   * @param target the scale
   * @return the converted confidence, or {@code this} when already on {@code target}
   */
  public Confidence to(Scale target) {
    Checks.notNull(target, "scale");
    if (target == scale) {
      return this;
    }
    BigDecimal fraction = toFraction().toBigDecimalExact();
    return switch (target) {
      case FRACTION -> ofFraction(fraction);
      case OUT_OF_TEN -> outOfTen(fraction.movePointRight(1));
      case THREE_STATES -> of(level());
    };
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Confidence other
        && scale == other.scale
        && number.compareTo(other.number) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scale, number.stripTrailingZeros());
  }

  /**
   * {@code "0.7"}, {@code "7/10"} or {@code "HIGH"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return switch (scale) {
      case FRACTION -> number.toPlainString();
      case OUT_OF_TEN -> number.toPlainString() + "/10";
      case THREE_STATES -> level().name();
    };
  }
}
