package org.okr4j.importer.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes ids unique within a report from titles and statements: "10% decrease in code review time" →
 * "10-decrease-in-code-review".
 */
public final class Ids {
  private static final int WORDS = 5;
  private final Set<String> used = new HashSet<>();

  /** A new, unused id from a text. */
  public String from(String text, String fallback) {
    String[] words =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ", -1);
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < words.length && i < WORDS; i++) {
      if (!words[i].isEmpty()) {
        id.append(id.length() == 0 ? "" : "-").append(words[i]);
      }
    }
    String base = id.length() == 0 ? fallback : id.toString();
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
