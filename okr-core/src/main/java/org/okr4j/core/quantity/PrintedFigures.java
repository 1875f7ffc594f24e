package org.okr4j.core.quantity;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okr4j.core.internal.Checks;

/**
 * The text forms {@link Quantity#of(String, Unit)} and {@link Quantity#parse(CharSequence, Unit)}
 * read: the decimal written, before the quantity applies its precision and limits.
 */
final class PrintedFigures {
  private static final Pattern PRINTED =
      Pattern.compile("([+-]?)(\\d{1,40})(?:\\.(\\d{1,40}))?\\s*(k|K|M|B|bn)?");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");

  private PrintedFigures() {}

  /** A plain decimal with an optional sign, such as {@code "3.5"} or {@code "-12"}. */
  static BigDecimal plainDecimal(String value, Unit unit) {
    Checks.notNull(value, "value");
    Checks.notNull(unit, "unit");
    String s = value.strip();
    Checks.argument(
        s.length() <= 40 && PLAIN_DECIMAL.matcher(s).matches(),
        "value (\"%s\") must be a plain decimal such as 3.5 or -12",
        s.length() <= 40 ? s : s.substring(0, 40) + "…");
    return new BigDecimal(s);
  }

  /** Digits with an optional sign, decimal part and magnitude suffix: {@code "238.9M"}. */
  static BigDecimal printed(CharSequence text, Unit unit) {
    Checks.notNull(text, "text");
    Checks.notNull(unit, "unit");
    String s = text.toString().strip();
    Checks.argument(s.length() <= 100, "figure text is longer than 100 characters");
    Matcher m = PRINTED.matcher(s);
    Checks.argument(
        m.matches(),
        "figure (\"%s\") must be digits with an optional sign, decimal part and k/M/B suffix",
        s);
    String decimals = m.group(3);
    BigDecimal digits =
        new BigDecimal(m.group(1) + m.group(2) + (decimals == null ? "" : "." + decimals));
    String suffix = m.group(4);
    int shift = suffix == null ? 0 : Magnitude.ofSuffix(suffix).map(Magnitude::power).orElse(0);
    return digits.scaleByPowerOfTen(shift);
  }
}
