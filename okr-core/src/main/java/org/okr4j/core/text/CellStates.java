package org.okr4j.core.text;

/**
 * Finds check-in states in a cell for {@link CellParser}: anywhere in a cell without figures;
 * otherwise at the start of the cell or of a clause (after {@code (}, {@code ,} or {@code ;}), or
 * as a capitalised word after a figure. Figures inside the reason a state takes ({@code Blocked on
 * …}) are part of the reason.
 */
final class CellStates {
  private CellStates() {}

  static void read(CellReading r) {
    String s = r.text;
    int i = 0;
    while (i < s.length()) {
      if (startsWord(s, i) && mayHoldState(r, i)) {
        CellWords.StatePhrase p = phraseAt(s, i);
        if (p != null) {
          int end = i + p.phrase().length();
          r.state(i, end, p.state(), s.substring(i, end));
          if (p.takesReason()) {
            int stop = clauseEnd(s, end);
            String reason = s.substring(end, stop).strip();
            if (!reason.isEmpty()) {
              r.reason = s.substring(i, stop).strip();
              r.mask(end, stop);
              dropFiguresOfTheReason(r, end, stop);
            }
            end = stop;
          }
          i = end;
          continue;
        }
      }
      i++;
    }
  }

  /**
   * Figures inside a state's reason ("Started to work on format 3", "Blocked on 2 vendors") say
   * why, not how far the key result is: they are part of the reason, and the cell says so.
   */
  private static void dropFiguresOfTheReason(CellReading r, int start, int stop) {
    for (CellReading.Found f : java.util.List.copyOf(r.found)) {
      if (f.start() >= start && f.end() <= stop) {
        r.found.remove(f);
        r.doubt(
            false,
            "the figure " + f.figure().text() + " is part of the reason; not read as the value");
      }
    }
  }

  private static boolean startsWord(String s, int i) {
    return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
  }

  /** At the start, after "(", or a capital letter after a figure. */
  private static boolean mayHoldState(CellReading r, int i) {
    String before = r.text.substring(0, i).strip();
    if (r.found.isEmpty()
        || before.isEmpty()
        || before.endsWith("(")
        || before.endsWith(",")
        || before.endsWith(";")) {
      return true;
    }
    if (!Character.isUpperCase(r.text.charAt(i))) {
      return false;
    }
    for (CellReading.Found f : r.found) {
      if (f.end() <= i && r.text.substring(f.end(), i).strip().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static CellWords.@org.jspecify.annotations.Nullable StatePhrase phraseAt(
      String s, int i) {
    for (CellWords.StatePhrase p : CellWords.STATES) {
      int end = i + p.phrase().length();
      if (CellWords.startsWithIgnoreCase(s, i, p.phrase())
          && (end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
        return p;
      }
    }
    return null;
  }

  /** The end of the clause a state's reason runs to: a ';', a ')' or the end of the cell. */
  private static int clauseEnd(String s, int from) {
    int j = from;
    while (j < s.length() && s.charAt(j) != ';' && s.charAt(j) != ')') {
      j++;
    }
    return j;
  }
}
