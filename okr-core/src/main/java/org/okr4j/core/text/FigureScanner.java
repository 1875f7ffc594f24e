package org.okr4j.core.text;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.quantity.Magnitude;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

/**
 * Reads one figure from a position in a text, for {@link FigureParser}: the grammar is
 *
 * <pre>
 * figure  = prefix* single [range-separator single] marker?
 * prefix  = comparison | approximate
 * single  = ["("] sign? currency? sign? number magnitude? unit? [")"]
 * marker  = "(exact)" | "(to the nearest " number ")"
 * </pre>
 *
 * <p>Not thread-safe: one scanner reads one text.
 */
final class FigureScanner extends TextCursor {
  private static final int MAX_DIGITS = 40;
  private static final Set<String> CURRENCY_CODES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  private final Separators separators;
  private final @Nullable Unit metricUnit;
  private final boolean exactCounts;

  FigureScanner(
      String s, int from, Separators separators, @Nullable Unit metricUnit, boolean exact) {
    super(s, from);
    this.separators = separators;
    this.metricUnit = metricUnit;
    this.exactCounts = exact;
  }

  /** One figure read by {@link #single()}, before its unit and precision are settled. */
  private static final class Single {
    String digits = "";
    boolean negative;
    boolean fraction;
    @Nullable Magnitude magnitude;
    @Nullable Unit unit;
  }

  /** Reads a whole figure from the current position; leaves the position after it. */
  ParsedFigure figure() {
    skipSpaces();
    int start = p;
    Comparison comparison = Comparison.EQUAL;
    boolean approximate = false;
    for (boolean more = true; more; ) {
      more = false;
      String cmp = comparison == Comparison.EQUAL ? matchAny(FigureWords.COMPARISONS) : null;
      if (cmp != null) {
        comparison = Comparison.valueOf(cmp);
        more = true;
      } else if (!approximate && matchAnyPrefix(FigureWords.APPROXIMATE)) {
        approximate = true;
        more = true;
      }
      skipSpaces();
    }
    Single first = single();
    Single second = null;
    int beforeRange = p;
    skipSpaces();
    if (rangeSeparator()) {
      skipSpaces();
      if (p < s.length() && isDigitOrCurrencyStart(s.charAt(p))) {
        if (comparison != Comparison.EQUAL) {
          throw error(p, "a range takes no comparison");
        }
        second = single();
      } else {
        p = beforeRange;
      }
    } else {
      p = beforeRange;
    }
    if (second != null) {
      if (first.unit == null) {
        first.unit = second.unit;
      }
      if (first.magnitude == null) {
        first.magnitude = second.magnitude;
      }
    }
    int end = p;
    Precision marked = marker();
    Quantity value = quantity(first, marked, approximate, start);
    Optional<Quantity> rangeEnd =
        second == null
            ? Optional.empty()
            : Optional.of(quantity(second, marked, approximate, beforeRange));
    if (rangeEnd.isPresent() && !rangeEnd.get().unit().equals(value.unit())) {
      throw error(beforeRange, "both ends of a range have one unit");
    }
    if (rangeEnd.isPresent() && rangeEnd.get().compareTo(value) < 0) {
      throw error(beforeRange, "a range ends at or above its start");
    }
    String text = s.substring(start, marked == null ? end : p).strip();
    return new ParsedFigure(text, value, rangeEnd, comparison, approximate);
  }

  private Quantity quantity(Single f, @Nullable Precision marked, boolean approximate, int at) {
    Unit unit = f.unit != null ? f.unit : metricUnit != null ? metricUnit : Unit.count();
    BigDecimal printed = new BigDecimal(f.digits);
    BigDecimal value = printed.scaleByPowerOfTen(f.magnitude == null ? 0 : f.magnitude.power());
    if (f.negative) {
      value = value.negate();
    }
    try {
      Precision precision;
      if (marked != null) {
        precision = marked;
      } else if (exactCounts
          && unit.kind() == Unit.Kind.COUNT
          && f.magnitude == null
          && !f.fraction
          && !approximate) {
        precision = Precision.exact();
      } else {
        precision = Precision.ofDigits(value);
      }
      return Quantity.of(value, unit, precision);
    } catch (IllegalArgumentException e) {
      throw error(at, String.valueOf(e.getMessage()));
    }
  }

  private Single single() {
    Single f = new Single();
    boolean paren = take('(');
    skipSpaces();
    boolean signed = sign(f);
    String currency = currencyPrefix();
    if (currency != null && !signed) {
      signed = sign(f);
    }
    if (paren && signed) {
      throw error(p, "a figure in accounting parentheses has no sign");
    }
    f.negative |= paren;
    number(f);
    int beforeSuffix = p;
    skipSpaces();
    f.magnitude = magnitude();
    if (f.magnitude == null) {
      p = beforeSuffix;
    }
    Unit unit = unitSuffix();
    if (unit != null && currency != null) {
      throw error(p, "a figure has one unit; it already has the currency " + currency);
    }
    f.unit = currency != null ? Unit.of(currency) : unit;
    if (paren) {
      skipSpaces();
      if (!take(')')) {
        throw error(p, "an accounting parenthesis is closed after the figure");
      }
    }
    return f;
  }

  private boolean sign(Single f) {
    if (p < s.length()) {
      char c = s.charAt(p);
      if (c == '+' || c == '-' || c == '\u2212') {
        p++;
        f.negative = c != '+';
        return true;
      }
    }
    return false;
  }

  private @Nullable String currencyPrefix() {
    if (takeWord("US$", false)) {
      return "USD";
    }
    if (p < s.length()) {
      String code =
          switch (s.charAt(p)) {
            case '$' -> "USD";
            case '\u20ac' -> "EUR";
            case '\u00a3' -> "GBP";
            case '\u00a5' -> "JPY";
            default -> null;
          };
      if (code != null) {
        p++;
        return code;
      }
    }
    String iso = isoCode();
    if (iso != null) {
      skipSpaces();
    }
    return iso;
  }

  private @Nullable String isoCode() {
    if (p + 3 <= s.length()) {
      String code = s.substring(p, p + 3);
      if (CURRENCY_CODES.contains(code) && !letterAt(p + 3)) {
        p += 3;
        return code;
      }
    }
    return null;
  }

  private void number(Single f) {
    if (p >= s.length() || !isDigit(s.charAt(p))) {
      throw error(p, "expected a digit");
    }
    int start = p;
    StringBuilder digits = new StringBuilder();
    int first = digitRun(digits);
    boolean grouped = false;
    while (p + 1 < s.length() && separators.isGrouping(s.charAt(p)) && isDigit(s.charAt(p + 1))) {
      if (!grouped && first > 3) {
        throw error(start, "at most three digits come before the first grouping separator");
      }
      int at = p + 1;
      p++;
      int group = digitRun(digits);
      if (group != 3) {
        throw error(
            at,
            String.format(
                Locale.ROOT,
                "a digit group after '%s' has three digits, found %d",
                s.charAt(at - 1),
                group));
      }
      grouped = true;
    }
    checkDigits(digits.length(), start);
    if (p + 1 < s.length() && s.charAt(p) == separators.decimal && isDigit(s.charAt(p + 1))) {
      p++;
      int at = p;
      digits.append('.');
      checkDigits(digitRun(digits), at);
      f.fraction = true;
    }
    f.digits = digits.toString();
  }

  private void checkDigits(int count, int at) {
    if (count > MAX_DIGITS) {
      throw error(at, "a figure has at most " + MAX_DIGITS + " digits before or after its point");
    }
  }

  private int digitRun(StringBuilder into) {
    int start = p;
    while (p < s.length() && isDigit(s.charAt(p))) {
      into.append(s.charAt(p));
      p++;
    }
    return p - start;
  }

  private @Nullable Magnitude magnitude() {
    int start = p;
    while (p < s.length() && isLetter(s.charAt(p))) {
      p++;
    }
    String run = s.substring(start, p);
    if (run.length() > 1 && run.endsWith("x")) {
      // "1.5kx": a multiple of thousands.
      run = run.substring(0, run.length() - 1);
      p--;
    }
    Optional<Magnitude> m = Magnitude.ofSuffix(run);
    if (m.isEmpty()) {
      p = start;
      return null;
    }
    return m.get();
  }

  private @Nullable Unit unitSuffix() {
    int start = p;
    skipSpaces();
    if (take('%')) {
      return Unit.percent();
    }
    Unit score = scale();
    if (score != null) {
      return score;
    }
    if (p == start && p < s.length() && (s.charAt(p) == 'x' || s.charAt(p) == '\u00d7')) {
      if (!letterAt(p + 1)) {
        p++;
        return Unit.of("x");
      }
    }
    if (metricUnit != null && !metricUnit.symbol().isEmpty() && !metricUnit.symbol().equals("%")) {
      if (takeWord(metricUnit.symbol(), true)) {
        return metricUnit;
      }
    }
    for (String[] word : FigureWords.UNIT_WORDS) {
      if (takeWord(word[0], true)) {
        return Unit.of(word[1]);
      }
    }
    String iso = isoCode();
    if (iso != null) {
      return Unit.of(iso);
    }
    p = start;
    return null;
  }

  private @Nullable Unit scale() {
    int start = p;
    if (take('/')) {
      skipSpaces();
      if (p < s.length() && isDigit(s.charAt(p))) {
        Single max = new Single();
        number(max);
        int after = p;
        skipSpaces();
        boolean percentFollows = p < s.length() && s.charAt(p) == '%';
        p = after;
        BigDecimal maximum = new BigDecimal(max.digits);
        // "238.9M/959.4M" is a share, not a score out of 959.4.
        if (!percentFollows && !letterAt(after) && maximum.signum() > 0) {
          return Unit.scoreOutOf(maximum);
        }
      }
    }
    p = start;
    return null;
  }

  private @Nullable Precision marker() {
    int start = p;
    skipSpaces();
    if (takeWord("(exact)", false)) {
      return Precision.exact();
    }
    if (takeWord("(to the nearest ", false)) {
      Single step = new Single();
      number(step);
      if (!take(')')) {
        throw error(p, "a precision marker ends with ')'");
      }
      BigDecimal value = new BigDecimal(step.digits);
      if (value.signum() == 0) {
        throw error(start, "a precision step is greater than zero");
      }
      try {
        return Precision.toNearest(value);
      } catch (IllegalArgumentException e) {
        throw error(start, String.valueOf(e.getMessage()));
      }
    }
    p = start;
    return null;
  }

  private boolean rangeSeparator() {
    if (p < s.length()) {
      char c = s.charAt(p);
      if (c == '\u2013' || c == '\u2014' || c == '-') {
        p++;
        return true;
      }
    }
    return takeWord("to", true);
  }

  private boolean isDigitOrCurrencyStart(char c) {
    return isDigit(c)
        || "$\u20ac\u00a3\u00a5(".indexOf(c) >= 0
        || s.startsWith("US$", p)
        || isIsoAhead();
  }

  private boolean isIsoAhead() {
    int save = p;
    boolean iso = isoCode() != null;
    p = save;
    return iso;
  }
}
