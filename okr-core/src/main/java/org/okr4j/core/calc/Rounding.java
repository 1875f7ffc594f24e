package org.okr4j.core.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Rational;

/**
 * A number of decimal places and a {@link RoundingMode}: the only way okr4j turns an exact result
 * into a decimal.
 *
 * <p>{@code Rounding.of(1, RoundingMode.HALF_UP)} prints 1.499% as {@code 1.5}; {@code
 * Rounding.of(1, RoundingMode.DOWN)} truncates it to {@code 1.4}, as the Q3 FY20 deck did for its
 * outstanding code reviews. {@link RoundingMode#UNNECESSARY} refuses to round: it throws {@link
 * ArithmeticException} naming the value and the decimals when rounding would be needed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rounding {
  /** Two decimals, {@link RoundingMode#HALF_UP}: how explanations display results. */
  public static final Rounding DISPLAY = new Rounding(2, RoundingMode.HALF_UP);

  /** The most decimal places a rounding may keep, either sign. */
  public static final int MAX_DECIMALS = 50;

  private final int decimals;
  private final RoundingMode mode;

  private Rounding(int decimals, RoundingMode mode) {
    this.decimals = decimals;
    this.mode = mode;
  }

  /**
   * A rounding to {@code decimals} decimal places by {@code mode}.
   *
   * @param decimals decimal places, from {@code -MAX_DECIMALS} (round to tens, hundreds, ...) to
   *     {@code MAX_DECIMALS}
   * @param mode how to round
   * @return the rounding
   */
  public static Rounding of(int decimals, RoundingMode mode) {
    Checks.notNull(mode, "rounding mode");
    // Not Math.abs: it stays negative for Integer.MIN_VALUE, which would pass.
    Checks.argument(
        decimals >= -MAX_DECIMALS && decimals <= MAX_DECIMALS,
        "decimals (%d) must be within ±%d",
        decimals,
        MAX_DECIMALS);
    return new Rounding(decimals, mode);
  }

  /**
   * The decimal places kept.
   *
   * @return the decimals
   */
  public int decimals() {
    return decimals;
  }

  /**
   * How values are rounded.
   *
   * @return the rounding mode
   */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * A copy with another rounding mode.
   *
   * @param newMode the rounding mode
   * @return the copy, or {@code this} when the mode is the same
   */
  public Rounding withMode(RoundingMode newMode) {
    return newMode == mode ? this : of(decimals, newMode);
  }

  /**
   * The size of one unit in the last kept place: {@code 0.1} for one decimal.
   *
   * @return {@code 10^-decimals}, exactly
   */
  public Rational unitInLastPlace() {
    // Built from powers of ten, not from a decimal: Rational.of(BigDecimal) accepts only
    // decimals within DecimalLimits, and a rounding may have up to MAX_DECIMALS places.
    BigInteger power = BigInteger.TEN.pow(Math.abs(decimals));
    return decimals >= 0 ? Rational.of(BigInteger.ONE, power) : Rational.of(power, BigInteger.ONE);
  }

  /**
   * Rounds an exact value.
   *
   * @param value the value
   * @return the value with exactly {@link #decimals()} decimal places
   * @throws ArithmeticException if the mode is {@code UNNECESSARY} and the value needs rounding
   */
  public BigDecimal round(Rational value) {
    return value.toBigDecimal(decimals, mode);
  }

  /**
   * Rounds a decimal.
   *
   * @param value the value
   * @return the value with exactly {@link #decimals()} decimal places
   * @throws ArithmeticException if the mode is {@code UNNECESSARY} and the value needs rounding
   */
  public BigDecimal round(BigDecimal value) {
    return round(Rational.of(value));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Rounding other && decimals == other.decimals && mode == other.mode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(decimals, mode);
  }

  /**
   * {@code "2 decimals, HALF_UP"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d decimals, %s", decimals, mode);
  }
}
