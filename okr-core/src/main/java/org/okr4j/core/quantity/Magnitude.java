package org.okr4j.core.quantity;

import java.util.Locale;
import java.util.Optional;
import org.okr4j.core.internal.Checks;

/**
 * A magnitude printed after a figure: {@code 238.9M} is 238.9 millions, {@code 20.583 billion}
 * 20.583 billions. The magnitude shifts the printed digits, and with them the stated precision:
 * {@code 238.9M} is to the nearest 100,000.
 *
 * <p>The suffixes {@link Quantity#parse} reads ({@code k}, {@code K}, {@code M}, {@code B}, {@code
 * bn}) and the wider set the figure parser reads ({@code MM}, {@code thousand}, {@code million},
 * {@code billion}) are both named here, once.
 */
public enum Magnitude {
  /** Thousands: {@code k}, {@code K}, {@code thousand}. */
  THOUSAND(3, "k"),
  /** Millions: {@code M}, {@code MM} (the accountants' thousand thousands), {@code million}. */
  MILLION(6, "M"),
  /** Billions (10<sup>9</sup>): {@code B}, {@code bn}, {@code billion}. */
  BILLION(9, "B");

  private final int power;
  private final String symbol;

  Magnitude(int power, String symbol) {
    this.power = power;
    this.symbol = symbol;
  }

  /**
   * The power of ten the magnitude stands for.
   *
   * @return 3, 6 or 9
   */
  public int power() {
    return power;
  }

  /**
   * The suffix printed for the magnitude: {@code "k"}, {@code "M"}, {@code "B"}.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The magnitude a suffix or word names: {@code k}, {@code K}, {@code thousand}, {@code M}, {@code
   * MM}, {@code million}, {@code B}, {@code bn}, {@code billion} (the words in any case; the
   * letters exactly as listed, as {@code m} may be minutes or metres).
   *
   * @param suffix the suffix as printed
   * @return the magnitude, or empty when the suffix names none
   */
  public static Optional<Magnitude> ofSuffix(String suffix) {
    Checks.notNull(suffix, "magnitude suffix");
    return switch (suffix) {
      case "k", "K" -> Optional.of(THOUSAND);
      case "M", "MM" -> Optional.of(MILLION);
      case "B", "bn" -> Optional.of(BILLION);
      default ->
          switch (suffix.toLowerCase(Locale.ROOT)) {
            case "thousand" -> Optional.of(THOUSAND);
            case "million" -> Optional.of(MILLION);
            case "billion" -> Optional.of(BILLION);
            default -> Optional.empty();
          };
    };
  }

  /**
   * The smallest magnitude whose power is at least {@code power}: the suffix that prints a figure
   * stated to the nearest 10<sup>power</sup> with no trailing zeros in its digits.
   *
   * @param power a power of ten
   * @return the magnitude, or empty when {@code power} is above 9
   */
  public static Optional<Magnitude> atLeast(int power) {
    for (Magnitude m : values()) {
      if (m.power >= power) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
