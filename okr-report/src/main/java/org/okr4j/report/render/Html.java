package org.okr4j.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.okr4j.core.quantity.Rational;

/** Escaping and the few number forms {@link HtmlRenderer} writes into markup and CSS. */
final class Html {
  /** Decimals of a CSS percentage: a bar's width, a marker's offset. */
  static final int CSS_DECIMALS = 2;

  private Html() {}

  /**
   * Text safe in element content and in a quoted attribute value: {@code & < > " '} become
   * character references; every other character stays as it is.
   */
  static String esc(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      String ref =
          switch (s.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (ref != null) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(ref);
      } else if (sb != null) {
        sb.append(s.charAt(i));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * A fraction as a CSS percentage, {@link #CSS_DECIMALS} decimals rounded half up, without
   * trailing zeros: {@code 39/94} → {@code "41.49%"}, {@code 1} → {@code "100%"}.
   */
  static String cssPercent(Rational fraction) {
    BigDecimal percent =
        fraction
            .multipliedBy(Rational.ONE_HUNDRED)
            .toBigDecimal(CSS_DECIMALS, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return (percent.signum() == 0 ? "0" : percent.toPlainString()) + "%";
  }

  /** A fragment id from a report id: {@code "o-"} or {@code "k-"} and the id, escaped. */
  static String anchor(String prefix, String id) {
    return esc(prefix + "-" + id);
  }

  /** {@code CONSISTENT_UNDER_ROUNDING} → {@code "consistent under rounding"}. */
  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code CONSISTENT_UNDER_ROUNDING} → {@code "consistent-under-rounding"}, for a class name. */
  static String cssName(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
