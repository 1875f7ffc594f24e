package org.okr4j.json.internal;

import org.jspecify.annotations.Nullable;
import org.okr4j.core.quantity.Unit;

/** The unit and exactness figures of a key result take when they do not state their own. */
record Scope(@Nullable Unit unit, boolean exactDefault, @Nullable String mustMatch) {
  Scope plain(@Nullable Unit u) {
    return new Scope(u, false, null);
  }
}
