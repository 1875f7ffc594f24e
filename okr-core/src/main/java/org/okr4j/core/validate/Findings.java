package org.okr4j.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The findings of one validation, in the order they were found. Not thread-safe. */
final class Findings {
  private final List<ValidationFinding> all = new ArrayList<>();

  void error(Where path, String rule, String format, @Nullable Object... args) {
    all.add(
        ValidationFinding.of(
            Severity.ERROR, path.toString(), rule, String.format(Locale.ROOT, format, args)));
  }

  void warning(Where path, String rule, String format, @Nullable Object... args) {
    all.add(
        ValidationFinding.of(
            Severity.WARNING, path.toString(), rule, String.format(Locale.ROOT, format, args)));
  }

  List<ValidationFinding> list() {
    return List.copyOf(all);
  }
}
