package org.okr4j.core.text;

/** The English words {@link FigureScanner} reads around a number: units, comparisons, "about". */
final class FigureWords {
  private FigureWords() {}

  /** A unit word and the unit it names ({@code "mins"} → minutes), longest first. */
  static final String[][] UNIT_WORDS = {
    {"percentage points", "pp"},
    {"percentage point", "pp"},
    {"pp", "pp"},
    {"percent", "%"},
    {"points", "points"},
    {"pts", "points"},
    {"days", "days"},
    {"day", "days"},
    {"hours", "hours"},
    {"hour", "hours"},
    {"hrs", "hours"},
    {"hr", "hours"},
    {"minutes", "minutes"},
    {"minute", "minutes"},
    {"mins", "minutes"},
    {"min", "minutes"},
  };

  static final String[][] COMPARISONS = {
    {"<=", "AT_MOST"},
    {"\u2264", "AT_MOST"},
    {">=", "AT_LEAST"},
    {"\u2265", "AT_LEAST"},
    {"<", "LESS_THAN"},
    {">", "GREATER_THAN"},
    {"at least ", "AT_LEAST"},
    {"at most ", "AT_MOST"},
    {"up to ", "AT_MOST"},
    {"no more than ", "AT_MOST"},
    {"more than ", "GREATER_THAN"},
    {"less than ", "LESS_THAN"},
    {"fewer than ", "LESS_THAN"},
    {"under ", "LESS_THAN"},
    {"below ", "LESS_THAN"},
    {"over ", "GREATER_THAN"},
    {"above ", "GREATER_THAN"},
  };

  static final String[] APPROXIMATE = {
    "~",
    "\u2248",
    "approximately ",
    "approx. ",
    "approx ",
    "about ",
    "around ",
    "roughly ",
    "circa "
  };
}
