package org.okr4j.importer.internal;

import java.util.regex.Pattern;

/**
 * Reads the HTML decks put inside cells ({@code <b>}, {@code <i>}, {@code <a>}, {@code <br>}) as
 * text.
 */
public final class Html {
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");

  private Html() {}

  /**
   * The text of a cell: tags dropped, line breaks as spaces, entities decoded, spaces collapsed.
   */
  public static String text(String cell) {
    String s = BREAK.matcher(cell).replaceAll(" ");
    s = TAG.matcher(s).replaceAll("");
    s =
        s.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return s.replaceAll("\\s+", " ").strip();
  }
}
