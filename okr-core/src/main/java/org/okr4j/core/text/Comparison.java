package org.okr4j.core.text;

/**
 * The comparison a figure is printed with: {@code <13.2 mins} is {@link #LESS_THAN}, {@code at
 * least 3} is {@link #AT_LEAST}, a plain figure is {@link #EQUAL}.
 */
public enum Comparison {
  /** A plain figure. */
  EQUAL(""),
  /** {@code <}, {@code under}, {@code below}, {@code less than}, {@code fewer than}. */
  LESS_THAN("<"),
  /** {@code ≤}, {@code <=}, {@code at most}, {@code up to}. */
  AT_MOST("≤"),
  /** {@code >}, {@code over}, {@code above}, {@code more than}. */
  GREATER_THAN(">"),
  /** {@code ≥}, {@code >=}, {@code at least}. */
  AT_LEAST("≥");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The symbol the formatter prints before the figure.
   *
   * @return {@code "<"}, {@code "≤"}, {@code ">"}, {@code "≥"}, or empty for {@link #EQUAL}
   */
  public String symbol() {
    return symbol;
  }
}
