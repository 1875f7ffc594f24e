package org.okr4j.core.model;

import java.util.regex.Pattern;
import org.okr4j.core.internal.Checks;

/** The rule for objective and key result ids. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private Ids() {}

  static void check(String id, String role) {
    Checks.notNull(id, role);
    Checks.argument(
        ID.matcher(id).matches(),
        "%s (%s) must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or"
            + " digit",
        role,
        Checks.quoted(id));
  }
}
