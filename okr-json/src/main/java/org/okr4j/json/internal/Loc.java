package org.okr4j.json.internal;

import org.jspecify.annotations.Nullable;
import org.okr4j.json.OkrJsonException;

/** Where a value was read: its JSON path, line and column, kept for errors found later. */
record Loc(JsonPath path, int line, int column) {
  OkrJsonException error(String problem) {
    return new OkrJsonException(path.toString(), line, column, problem, null);
  }

  OkrJsonException error(String problem, @Nullable Throwable cause) {
    return new OkrJsonException(path.toString(), line, column, problem, cause);
  }

  Loc field(String name) {
    return new Loc(path.field(name), line, column);
  }
}
