package org.okr4j.core.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Magnitude;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

/**
 * Prints a {@link Quantity} in the conventions of a locale so that {@link FigureParser} of the same
 * locale reads it back equal: same value, unit and precision.
 *
 * <p>The precision is carried by the digits wherever they can carry it: a figure stated to the
 * nearest 0.01 prints two decimals ({@code 4.62 minutes}), one stated to the nearest 100,000 prints
 * with the smallest magnitude that ends on that digit ({@code 238.9M}). Otherwise the figure prints
 * its own digits and a marker: {@code 1,134 code reviews (exact)}, {@code 3.85 (to the nearest
 * 0.25)}.
 *
 * <p>Units: {@code 24.9%}, {@code 3.4/5}, {@code 17 days}, {@code 9.31 minutes}, {@code 11.9 pp},
 * {@code 2x}, {@code $1.31M} (USD; {@code €}, {@code £}, {@code ¥} likewise, other currencies as
 * {@code 5 CHF}), and any other unit's symbol after the number ({@code 1,880 maintainers}, read
 * back when the parser is given that unit).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FigureFormatter {
  private static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("USD", "$", "EUR", "\u20ac", "GBP", "\u00a3", "JPY", "\u00a5");

  private final Separators separators;

  private FigureFormatter(Separators separators) {
    this.separators = separators;
  }

  /**
   * A formatter for the conventions of a locale.
   *
   * @param locale the locale
   * @return the formatter
   * @throws IllegalArgumentException if the locale's decimal separator is neither {@code .} nor
   *     {@code ,}
   */
  public static FigureFormatter of(Locale locale) {
    return new FigureFormatter(Separators.of(locale));
  }

  /**
   * A formatter for English conventions: {@code 1,234.5}.
   *
   * @return the formatter
   */
  public static FigureFormatter english() {
    return of(Locale.ENGLISH);
  }

  /**
   * The locale whose conventions the formatter prints.
   *
   * @return the locale
   */
  public Locale locale() {
    return separators.locale;
  }

  /**
   * Prints a figure with its unit and precision.
   *
   * @param quantity the figure
   * @return the text, such as {@code "$1.31M"}, {@code "24.9%"} or {@code "1,134 (exact)"}
   */
  public String format(Quantity quantity) {
    Checks.notNull(quantity, "quantity");
    BigDecimal value = quantity.value();
    Precision precision = quantity.precision();
    String digits;
    String magnitude = "";
    String marker = "";
    Optional<Integer> power = powerOfStep(value, precision);
    if (power.isEmpty()) {
      digits = number(value.abs().toPlainString());
      marker =
          precision.isExact()
              ? " (exact)"
              : " (to the nearest " + number(precision.step().orElseThrow().toPlainString()) + ")";
    } else if (power.get() <= 0) {
      digits = number(value.abs().setScale(-power.get()).toPlainString());
    } else {
      Magnitude m = Magnitude.atLeast(power.get()).orElseThrow();
      digits =
          number(
              value
                  .abs()
                  .movePointLeft(m.power())
                  .setScale(m.power() - power.get())
                  .toPlainString());
      magnitude = m.symbol();
    }
    String sign = value.signum() < 0 ? "-" : "";
    return sign + withUnit(digits + magnitude, quantity.unit()) + marker;
  }

  /**
   * The power of ten of the step when the digits of {@code value} can state it: the step is a power
   * of ten 10^k, the value a multiple of it and, above 1, k at most 9.
   */
  private static Optional<Integer> powerOfStep(BigDecimal value, Precision precision) {
    if (precision.isExact()) {
      return Optional.empty();
    }
    BigDecimal step = precision.step().orElseThrow();
    if (step.unscaledValue().compareTo(java.math.BigInteger.ONE) != 0) {
      return Optional.empty();
    }
    int power = -step.scale();
    boolean multiple = value.remainder(step).signum() == 0;
    boolean printable = power <= 0 || Magnitude.atLeast(power).isPresent();
    return multiple && printable ? Optional.of(power) : Optional.empty();
  }

  private String number(String plain) {
    return separators.print(plain);
  }

  private String withUnit(String digits, Unit unit) {
    String symbol = unit.symbol();
    return switch (unit.kind()) {
      case PERCENT -> digits + "%";
      case SCORE -> digits + "/" + number(unit.scaleMaximum().orElseThrow().toPlainString());
      case COUNT, RATIO, DURATION -> symbol.isEmpty() ? digits : digits + " " + symbol;
      case OTHER -> {
        String currency = CURRENCY_SYMBOLS.get(symbol);
        if (currency != null) {
          yield currency + digits;
        }
        yield symbol.equals("x") ? digits + "x" : digits + " " + symbol;
      }
    };
  }

  @Override
  public String toString() {
    return "FigureFormatter[" + separators.locale.toLanguageTag() + "]";
  }
}
