package org.okr4j.core.quantity;

import java.math.BigDecimal;
import org.okr4j.core.internal.Checks;

/**
 * The magnitude and scale of every decimal okr4j accepts, so that hostile input such as {@code
 * 1e999999999} is refused before any arithmetic can exhaust memory.
 *
 * <p>A figure in an OKR report is a count, a percentage, a duration or a score: eighteen integer
 * digits (a quintillion) and eighteen decimal places are far beyond any of them. Every public
 * factory that takes a {@link BigDecimal} checks it here; readers of external formats (okr-json)
 * should check decimals here too, before building any value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecimalLimits {
  /** The most integer digits a decimal may have: its absolute value is below 10<sup>18</sup>. */
  public static final int MAX_INTEGER_DIGITS = 18;

  /**
   * The most decimal places a decimal may have as written, trailing zeros included: {@code
   * 1.000000000000000000000} (21 places) is refused although it equals 1, because its stated
   * precision (10<sup>-21</sup>) is itself outside the limits.
   */
  public static final int MAX_DECIMAL_PLACES = 18;

  private DecimalLimits() {}

  /**
   * Whether {@code value} lies within the limits.
   *
   * @param value the decimal
   * @return true when it has at most {@link #MAX_INTEGER_DIGITS} integer digits and at most {@link
   *     #MAX_DECIMAL_PLACES} decimal places as written
   */
  public static boolean isWithinLimits(BigDecimal value) {
    Checks.notNull(value, "value");
    // precision() - scale() is the number of integer digits; both are ints read without arithmetic
    // on the unscaled value, so a huge exponent is caught before anything large is allocated.
    long integerDigits = (long) value.precision() - value.scale();
    // Decimal places are counted as written, trailing zeros included: the precision a figure
    // states is the unit in its last written place, and every later step (Precision, Rational)
    // must accept it. So at most 36 digits are ever accepted, and nothing is stripped or expanded.
    return integerDigits <= MAX_INTEGER_DIGITS && value.scale() <= MAX_DECIMAL_PLACES;
  }

  /**
   * Returns {@code value}, or throws an {@link IllegalArgumentException} naming {@code role} when
   * it is outside the limits.
   *
   * @param value the decimal
   * @param role what the decimal is, for the message (for example {@code "baseline value"})
   * @return {@code value}
   * @throws IllegalArgumentException when the value has too many integer digits or decimal places
   */
  public static BigDecimal check(BigDecimal value, String role) {
    Checks.notNull(role, "role");
    Checks.notNull(value, role);
    if (!isWithinLimits(value)) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "%s (%s) is outside the accepted range: at most %d integer digits and %d decimal"
                  + " places",
              role,
              abbreviate(value),
              MAX_INTEGER_DIGITS,
              MAX_DECIMAL_PLACES));
    }
    return value;
  }

  /** Prints a decimal for a message without expanding a huge exponent. */
  static String abbreviate(BigDecimal value) {
    String text = value.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
