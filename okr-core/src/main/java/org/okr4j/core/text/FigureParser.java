package org.okr4j.core.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Unit;

/**
 * Reads figures as reports print them, in the conventions of a locale, with the precision the text
 * states.
 *
 * <p>What it reads, in order:
 *
 * <ul>
 *   <li>comparison prefixes: {@code <}, {@code ≤}, {@code <=}, {@code >}, {@code ≥}, {@code >=},
 *       {@code at least}, {@code at most}, {@code up to}, {@code more than}, {@code less than},
 *       {@code fewer than}, {@code under}, {@code below}, {@code over}, {@code above};
 *   <li>approximate markers: {@code ~}, {@code ≈}, {@code approximately}, {@code approx.}, {@code
 *       about}, {@code around}, {@code roughly}, {@code circa};
 *   <li>a sign ({@code +}, {@code -}, U+2212 {@code −}) or accounting parentheses ({@code
 *       (7,481,182)} is −7,481,182);
 *   <li>a currency: {@code $} (USD), {@code €}, {@code £}, {@code ¥}, {@code US$}, or an ISO 4217
 *       code before or after the number ({@code USD 5}, {@code 5 CHF}); the unit is {@code
 *       Unit.of(code)};
 *   <li>digits with the locale's grouping and decimal separators ({@code 74,549} and {@code
 *       1,234.5} in English; {@code 1.234,5} in German; {@code 1 234,5} in French, with a space, a
 *       no-break space or a narrow no-break space); every group after the first has three digits;
 *   <li>a magnitude ({@link org.okr4j.core.quantity.Magnitude}): {@code k}, {@code K}, {@code M},
 *       {@code MM}, {@code B}, {@code bn}, {@code thousand}, {@code million}, {@code billion};
 *   <li>a unit: {@code %} or {@code percent}; {@code pp} or {@code percentage points} ({@code
 *       Unit.of("pp")}); {@code points}/{@code pts} ({@code Unit.of("points")}); a scale {@code /5}
 *       or {@code / 5} ({@link Unit#scoreOutOf}, unless a {@code %} follows, as in {@code 4.18/10%
 *       increase}); a multiple {@code 2x} or {@code 2×} ({@code Unit.of("x")}); {@code days}/{@code
 *       day}, {@code hours}/{@code hrs}, {@code minutes}/{@code mins}/{@code min}; the metric's own
 *       unit symbol when one is given ({@code 1880 maintainers});
 *   <li>a range: a second figure after {@code –}, {@code —}, {@code -} or {@code to} ({@code
 *       5–10%}); the first takes the second's unit and magnitude when it prints none;
 *   <li>a precision marker: {@code (exact)} or {@code (to the nearest 0.25)}, as {@link
 *       org.okr4j.core.quantity.Quantity#toString()} prints them.
 * </ul>
 *
 * <p><b>Precision.</b> A figure is stated to its last printed digit, shifted by its magnitude:
 * {@code $1.31MM} to the nearest $10,000, {@code 20.583 billion} to the nearest million, {@code
 * 238.9M} to the nearest 100,000, {@code 74,549} to the nearest 1. A precision marker overrides
 * this; so does {@link #withExactCounts()} for whole counts printed without magnitude or
 * approximate marker. A figure with no unit takes the metric's unit when one is given, else {@link
 * Unit#count()}.
 *
 * <p>Exponents, leading decimal points and letters after a number other than those above are
 * refused. Every refusal is a {@link FigureParseException} naming the text, the position and the
 * rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FigureParser {
  /** The longest text read, in chars. */
  public static final int MAX_LENGTH = 200;

  private final Separators separators;
  private final boolean exactCounts;

  private FigureParser(Separators separators, boolean exactCounts) {
    this.separators = separators;
    this.exactCounts = exactCounts;
  }

  /**
   * A parser for the conventions of a locale, taken from its {@link
   * java.text.DecimalFormatSymbols}.
   *
   * @param locale the locale
   * @return the parser
   * @throws IllegalArgumentException if the locale's decimal separator is neither {@code .} nor
   *     {@code ,}
   */
  public static FigureParser of(Locale locale) {
    return new FigureParser(Separators.of(locale), false);
  }

  /**
   * A parser for English conventions: {@code 1,234.5}.
   *
   * @return the parser
   */
  public static FigureParser english() {
    return of(Locale.ENGLISH);
  }

  /**
   * A copy that reads whole counts printed without magnitude or approximate marker as exact: {@code
   * 1134} code reviews is exactly 1134.
   *
   * @return the copy
   */
  public FigureParser withExactCounts() {
    return exactCounts ? this : new FigureParser(separators, true);
  }

  /**
   * The locale whose conventions the parser reads.
   *
   * @return the locale
   */
  public Locale locale() {
    return separators.locale;
  }

  /**
   * Whether whole counts are read as exact.
   *
   * @return true after {@link #withExactCounts()}
   */
  public boolean readsExactCounts() {
    return exactCounts;
  }

  /**
   * Reads a text that is one figure, with surrounding spaces allowed.
   *
   * @param text the text
   * @return the figure; a figure with no unit is a {@link Unit#count()}
   * @throws FigureParseException if the text is not one figure
   */
  public ParsedFigure parse(CharSequence text) {
    return parse(text, null);
  }

  /**
   * Reads a text that is one figure of a metric: a figure printed without unit takes {@code
   * metricUnit}, and the unit's own symbol is read after the number ({@code 1880 maintainers}).
   *
   * @param text the text
   * @param metricUnit the metric's unit, or {@code null} for none
   * @return the figure
   * @throws FigureParseException if the text is not one figure
   */
  public ParsedFigure parse(CharSequence text, @Nullable Unit metricUnit) {
    Checks.notNull(text, "text");
    String s = text.toString();
    if (s.length() > MAX_LENGTH) {
      throw new FigureParseException(
          s, MAX_LENGTH, "a figure is at most " + MAX_LENGTH + " characters long");
    }
    FigureScanner scanner = scanner(s, 0, metricUnit);
    ParsedFigure figure = scanner.figure();
    scanner.skipSpaces();
    if (scanner.position() < s.length()) {
      throw scanner.error(scanner.position(), "unexpected text after the figure");
    }
    return figure;
  }

  FigureScanner scanner(String s, int from, @Nullable Unit metricUnit) {
    return new FigureScanner(s, from, separators, metricUnit, exactCounts);
  }
}
