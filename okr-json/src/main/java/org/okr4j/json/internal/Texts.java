package org.okr4j.json.internal;

import java.util.Locale;

/**
 * How messages show text that came from a document: control characters, bidirectional and other
 * format characters, unassigned and private-use characters and lone surrogates are written as JSON
 * escapes, and long values are cut, so that no message carries raw input to a terminal or a log.
 */
public final class Texts {
  private Texts() {}

  /**
   * A value as a message shows it between quotes: cut to 40 characters, and escaped.
   *
   * @param text the value
   * @return the text to show
   */
  public static String abbreviate(String text) {
    boolean cut = text.length() > 40;
    String escaped = escape(cut ? text.substring(0, 37) : text);
    return cut ? escaped + "..." : escaped;
  }

  /**
   * A text with every character a terminal or log would not show as itself written as a JSON escape
   * ({@code \}{@code u0000}); other characters, quotes included, are kept.
   *
   * @param text the text
   * @return the escaped text, or {@code text} itself when nothing needs escaping
   */
  public static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean raw = isShownRaw(text, i);
      if (!raw && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (raw) {
          sb.append(c);
        } else {
          sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean isShownRaw(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
