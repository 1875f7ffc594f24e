package org.okr4j.core.calc;

import java.math.BigDecimal;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;

/**
 * Display of figures: every rounded figure goes through a {@link Rounding} named by the caller.
 *
 * <ul>
 *   <li>{@link #fractionAsPercent}: progress {@code 39/94} → {@code "41.49%"};
 *   <li>{@link #change}: {@code "+2.07%"}, {@code "-10.53%"}, {@code "+11.9 pp"}, {@code "-8
 *       points"};
 *   <li>{@link #quantity}: a figure as stated with its unit, {@code "17 days"}, {@code "3.4/5"};
 *   <li>{@link #exact}: an exact number as a plain decimal when it terminates ({@code "18.62"}),
 *       else as a fraction ({@code "39/94"}).
 * </ul>
 *
 * <p>Negative numbers use an ASCII hyphen-minus; formulas use {@code " − "} (U+2212) for
 * subtraction.
 */
public final class Figures {
  private Figures() {}

  /**
   * A plain decimal, rounded.
   *
   * @param value the exact value
   * @param rounding decimals and mode
   * @return the rounded value, such as {@code "41.49"}
   */
  public static String decimal(Rational value, Rounding rounding) {
    Checks.notNull(value, "value");
    Checks.notNull(rounding, "rounding");
    return rounding.round(value).toPlainString();
  }

  /**
   * A fraction shown in percent: progress {@code 39/94} → {@code "41.49%"}.
   *
   * @param fraction the fraction (1 is 100%)
   * @param rounding decimals and mode of the percentage
   * @return the percentage
   */
  public static String fractionAsPercent(Rational fraction, Rounding rounding) {
    Checks.notNull(fraction, "fraction");
    return decimal(fraction.multipliedBy(Rational.ONE_HUNDRED), rounding) + "%";
  }

  /**
   * A change with its sign and unit: {@code "+2.07%"} (relative), {@code "+11.9 pp"} (percentage
   * points), {@code "-8 points"} (points of a scale).
   *
   * @param change the change
   * @param rounding decimals and mode
   * @return the change
   */
  public static String change(Change change, Rounding rounding) {
    Checks.notNull(change, "change");
    BigDecimal rounded = Checks.notNull(rounding, "rounding").round(change.amount());
    String signed = (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    return switch (change.measure()) {
      case RELATIVE -> signed + "%";
      case PERCENTAGE_POINTS -> signed + " pp";
      case SCALE_POINTS -> signed + " points";
    };
  }

  /**
   * A figure as stated, with its unit: {@code "17 days"}, {@code "24.9%"}, {@code "3.4/5"}.
   *
   * @param quantity the figure
   * @return the figure with its unit
   */
  public static String quantity(Quantity quantity) {
    Checks.notNull(quantity, "quantity");
    return quantity.unit().format(quantity.value().toPlainString());
  }

  /**
   * An exact number without rounding: a plain decimal when its expansion terminates ({@code
   * "18.62"}), else the fraction ({@code "39/94"}).
   *
   * @param value the value
   * @return the text
   */
  public static String exact(Rational value) {
    Checks.notNull(value, "value");
    return value.isTerminating() ? value.toBigDecimalExact().toPlainString() : value.toString();
  }
}
