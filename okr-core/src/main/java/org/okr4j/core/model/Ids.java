package org.okr4j.core.model;

import java.util.Locale;
import org.okr4j.core.internal.Checks;

/** The rule for objective and key result ids. */
final class Ids {
  /** The longest id. */
  static final int MAX_LENGTH = 100;

  private Ids() {}

  /**
   * Checks an id against the rule {@code [A-Za-z0-9][A-Za-z0-9._-]{0,99}}, character by character:
   * an id that passes costs no matcher and no message.
   */
  static void check(String id, String role) {
    Checks.notNull(id, role);
    if (!isValid(id)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s (%s) must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or"
                  + " digit",
              role,
              Checks.quoted(id)));
    }
  }

  static boolean isValid(String id) {
    int n = id.length();
    if (n == 0 || n > MAX_LENGTH || !isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = id.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** An ASCII letter or digit (the pattern's {@code [A-Za-z0-9]}). */
  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
