package org.okr4j.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/** The rule for objective and key result ids. */
final class Ids {
  /** The longest id. */
  static final int MAX_LENGTH = 100;

  /**
   * Up to this many ids are checked for repeats pair by pair (at most 120 comparisons), without the
   * hash set, its table and a node per id that a longer list needs.
   */
  static final int PAIRWISE_LIMIT = 16;

  private Ids() {}

  /**
   * The first id that repeats an earlier one, in list order: the one on which adding each id to a
   * set in turn would first fail.
   *
   * @param items the items
   * @param id each item's id
   * @return the repeated id, or null when every id is distinct
   */
  static <E> @Nullable String firstRepeated(List<E> items, Function<? super E, String> id) {
    int n = items.size();
    if (n <= PAIRWISE_LIMIT) {
      for (int j = 1; j < n; j++) {
        String candidate = id.apply(items.get(j));
        for (int i = 0; i < j; i++) {
          if (candidate.equals(id.apply(items.get(i)))) {
            return candidate;
          }
        }
      }
      return null;
    }
    Set<String> seen = new HashSet<>(2 * n);
    for (E item : items) {
      String candidate = id.apply(item);
      if (!seen.add(candidate)) {
        return candidate;
      }
    }
    return null;
  }

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
