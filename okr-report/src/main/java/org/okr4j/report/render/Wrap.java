package org.okr4j.report.render;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping that never loses a character: words go whole onto lines of at most the width; a
 * word longer than a line is split across lines, every character kept.
 */
final class Wrap {
  /** White space, as Guava defines it (Unicode White_Space): words are separated by it. */
  private static final CharMatcher SPACE = CharMatcher.whitespace();

  private static final Splitter WORDS = Splitter.on(SPACE).omitEmptyStrings();

  private Wrap() {}

  /**
   * Lines of {@code text} of at most {@code width} characters, the first starting with {@code
   * first} and the rest with {@code rest} (both counted in the width).
   */
  static List<String> lines(String text, int width, String first, String rest) {
    if (first.length() >= width || rest.length() >= width) {
      throw new IllegalArgumentException(
          "indents (" + first.length() + ", " + rest.length() + ") leave no room in " + width);
    }
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int contentStart = first.length();
    for (String word : WORDS.split(text)) {
      if (word.isEmpty()) {
        continue;
      }
      boolean empty = line.length() == contentStart;
      int needed = (empty ? 0 : 1) + word.length();
      if (line.length() + needed <= width) {
        line.append(empty ? "" : " ").append(word);
        continue;
      }
      if (!empty) {
        out.add(line.toString());
        line = new StringBuilder(rest);
        contentStart = rest.length();
      }
      String w = word;
      while (line.length() + w.length() > width) {
        int room = Math.max(1, width - line.length());
        line.append(w, 0, room);
        out.add(line.toString());
        line = new StringBuilder(rest);
        contentStart = rest.length();
        w = w.substring(room);
      }
      line.append(w);
    }
    if (line.length() > contentStart || out.isEmpty()) {
      out.add(SPACE.trimTrailingFrom(line));
    }
    return out;
  }

  /** {@code label} padded to {@code labelWidth}, then {@code value} wrapped under itself. */
  static List<String> labelled(
      String indent, String label, int labelWidth, String value, int width) {
    String pad = " ".repeat(Math.max(0, labelWidth - label.length()));
    String first = indent + label + pad + " ";
    String rest = " ".repeat(first.length());
    if (first.length() >= width - 10) {
      // Too narrow for a label column: the value goes below the label.
      List<String> out = new ArrayList<>(lines(label, width, indent, indent));
      out.addAll(lines(value, width, indent + "  ", indent + "  "));
      return out;
    }
    return lines(value, width, first, rest);
  }
}
