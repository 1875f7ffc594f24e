package org.okr4j.core.text;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.okr4j.core.internal.Checks;

/**
 * The decimal and grouping separators of a locale: {@code 1,234.5} in English, {@code 1.234,5} in
 * German, {@code 1 234,5} in French (where a space, a no-break space and a narrow no-break space
 * are all read as the grouping separator).
 */
final class Separators {
  private static final String SPACES = " \u00a0\u202f";

  final Locale locale;
  final char decimal;
  final char grouping;
  private final String groupingAccepted;

  private Separators(Locale locale, char decimal, char grouping, String groupingAccepted) {
    this.locale = locale;
    this.decimal = decimal;
    this.grouping = grouping;
    this.groupingAccepted = groupingAccepted;
  }

  static Separators of(Locale locale) {
    Checks.notNull(locale, "locale");
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    char decimal = symbols.getDecimalSeparator();
    char grouping = symbols.getGroupingSeparator();
    Checks.argument(
        (decimal == '.' || decimal == ',') && grouping != decimal && !Character.isDigit(grouping),
        "locale %s writes decimals with '%s' and groups with '%s'; okr4j reads '.' or ','",
        locale.toLanguageTag(),
        decimal,
        grouping);
    String accepted;
    if (SPACES.indexOf(grouping) >= 0) {
      accepted = SPACES;
    } else if (grouping == '\u2019') {
      accepted = "\u2019'";
    } else {
      accepted = String.valueOf(grouping);
    }
    return new Separators(locale, decimal, grouping, accepted);
  }

  boolean isGrouping(char c) {
    return groupingAccepted.indexOf(c) >= 0;
  }

  /**
   * Prints a plain non-negative decimal ({@code "1234.5"}) with this locale's separators, grouping
   * the integer digits by three.
   */
  String print(String plain) {
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3);
    int lead = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    out.append(integer, 0, lead);
    for (int i = lead; i < integer.length(); i += 3) {
      out.append(grouping).append(integer, i, i + 3);
    }
    if (dot >= 0) {
      out.append(decimal).append(plain, dot + 1, plain.length());
    }
    return out.toString();
  }
}
