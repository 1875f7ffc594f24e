package org.okr4j.core.text;

import java.util.Locale;

/**
 * Thrown when a text is not a figure the {@link FigureParser} reads: it names the text, the
 * position where reading stopped and the rule the text broke, as in {@code cannot read "1,5" as a
 * figure at position 2: a digit group after ',' has three digits, found 1}.
 *
 * <p>This is the only exception {@link FigureParser#parse} throws for any text, apart from {@link
 * NullPointerException} for {@code null}.
 */
public final class FigureParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int QUOTED = 60;

  /** The text read. */
  private final String text;

  /** Where reading stopped. */
  private final int index;

  /** The rule the text broke. */
  private final String rule;

  /**
   * An exception for a text that broke a rule at a position.
   *
   * @param text the text read
   * @param index the position (0-based, in chars) where reading stopped
   * @param rule the rule the text broke
   */
  public FigureParseException(String text, int index, String rule) {
    super(
        String.format(
            Locale.ROOT,
            "cannot read \"%s\" as a figure at position %d: %s",
            abbreviate(text),
            index,
            rule));
    this.text = text;
    this.index = index;
    this.rule = rule;
  }

  private static String abbreviate(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED - 3) + "...";
  }

  /**
   * The text read.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Where reading stopped.
   *
   * @return the 0-based index in the text
   */
  public int index() {
    return index;
  }

  /**
   * The rule the text broke.
   *
   * @return the rule, such as {@code "expected a digit"}
   */
  public String rule() {
    return rule;
  }
}
