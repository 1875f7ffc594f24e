package org.okr4j.core.validate;

import org.okr4j.core.internal.Checks;

/**
 * The rules for texts: a title or statement must show something once invisible characters are
 * removed, and must not hold bidirectional controls that make it display other than it reads; no
 * text may hold a control character other than tab, line feed and carriage return (U+0000).
 */
final class TextRules {
  private TextRules() {}

  /** A title, statement or name: shown on its own line of a scorecard. */
  static void title(String text, Where path, String role, Findings out) {
    if (isInvisible(text)) {
      out.error(
          path,
          "text.invisible",
          "%s %s shows nothing: it is only whitespace and invisible characters",
          role,
          Checks.quoted(text));
    }
    int control = firstControl(text);
    if (control >= 0) {
      out.error(
          path,
          "text.control-character",
          "%s %s holds the control character U+%04X at index %d",
          role,
          Checks.quoted(text),
          (int) text.charAt(control),
          control);
    }
    int bidi = firstBidiControl(text);
    if (bidi >= 0) {
      out.error(
          path,
          "text.bidi-control",
          "%s %s holds the bidirectional control U+%04X at index %d, which makes it display"
              + " other than it reads",
          role,
          Checks.quoted(text),
          (int) text.charAt(bidi),
          bidi);
    }
  }

  /** A note, description or reason: free text, where line breaks and tabs are fine. */
  static void freeText(String text, Where path, String role, Findings out) {
    int control = firstControl(text);
    if (control >= 0) {
      out.error(
          path,
          "text.control-character",
          "%s %s holds the control character U+%04X at index %d",
          role,
          Checks.quoted(text),
          (int) text.charAt(control),
          control);
    }
  }

  /** Whether nothing is left once whitespace and invisible (format) characters are removed. */
  static boolean isInvisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return true;
  }

  /** The first C0 or C1 control character or DEL other than tab, line feed and carriage return. */
  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  /** The first embedding, override or isolate control (U+202A..U+202E, U+2066..U+2069). */
  private static int firstBidiControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return i;
      }
    }
    return -1;
  }
}
