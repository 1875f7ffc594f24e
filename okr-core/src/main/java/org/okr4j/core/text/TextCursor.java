package org.okr4j.core.text;

import org.jspecify.annotations.Nullable;

/**
 * A position in a text and the primitives that read at it — a character, a word, one entry of a
 * table — for {@link FigureScanner}'s grammar. Not thread-safe: one cursor reads one text.
 */
class TextCursor {
  final String s;
  int p;

  TextCursor(String s, int from) {
    this.s = s;
    this.p = from;
  }

  int position() {
    return p;
  }

  @Nullable String matchAny(String[][] table) {
    for (String[] entry : table) {
      if (s.regionMatches(true, p, entry[0], 0, entry[0].length())) {
        p += entry[0].length();
        return entry[1];
      }
    }
    return null;
  }

  boolean matchAnyPrefix(String[] table) {
    for (String entry : table) {
      if (s.regionMatches(true, p, entry, 0, entry.length())) {
        p += entry.length();
        return true;
      }
    }
    return false;
  }

  /**
   * Takes {@code word} (ignoring case) if it is next and, when {@code boundary}, not followed by a
   * letter.
   */
  boolean takeWord(String word, boolean boundary) {
    if (s.regionMatches(true, p, word, 0, word.length())
        && !(boundary && letterAt(p + word.length()))) {
      p += word.length();
      return true;
    }
    return false;
  }

  boolean take(char c) {
    if (p < s.length() && s.charAt(p) == c) {
      p++;
      return true;
    }
    return false;
  }

  void skipSpaces() {
    while (p < s.length() && isSpace(s.charAt(p))) {
      p++;
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
  }

  boolean letterAt(int i) {
    return i < s.length() && isLetter(s.charAt(i));
  }

  static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  FigureParseException error(int at, String rule) {
    return new FigureParseException(s, at, rule);
  }
}
