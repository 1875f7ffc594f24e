package org.okr4j.core.validate;

import org.jspecify.annotations.Nullable;

/**
 * A JSON path into the report, such as {@code /objectives/0/keyResults/2/baseline/value}, kept as
 * its parts and written out only when a finding names it: most values checked raise nothing.
 */
final class Where {
  static final Where ROOT = new Where(null, "", -1);

  private final @Nullable Where parent;
  private final String suffix;
  private final int index;

  private Where(@Nullable Where parent, String suffix, int index) {
    this.parent = parent;
    this.suffix = suffix;
    this.index = index;
  }

  /** This path followed by {@code suffix}, such as {@code "/title"}. */
  Where at(String suffix) {
    return new Where(this, suffix, -1);
  }

  /** This path followed by {@code suffix} and an index: {@code at("/checkIns/", 2)}. */
  Where at(String suffix, int index) {
    return new Where(this, suffix, index);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent != null) {
      parent.append(sb);
    }
    sb.append(suffix);
    if (index >= 0) {
      sb.append(index);
    }
  }
}
