package org.okr4j.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901) built up while reading, as an immutable linked list: cheap to extend,
 * printed only when an error needs it.
 */
final class JsonPath {
  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final @Nullable JsonPath parent;
  private final @Nullable String name;
  private final int index;

  private JsonPath(@Nullable JsonPath parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  JsonPath field(String fieldName) {
    return new JsonPath(this, fieldName, -1);
  }

  JsonPath index(int i) {
    return new JsonPath(this, null, i);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent == null) {
      return;
    }
    parent.append(sb);
    sb.append('/');
    if (name == null) {
      sb.append(index);
    } else {
      // A path is printed in messages: a long or invisible member name is shown as the messages
      // show values, cut and escaped.
      String shown = Cursor.abbreviate(name);
      for (int i = 0; i < shown.length(); i++) {
        char c = shown.charAt(i);
        switch (c) {
          case '~' -> sb.append("~0");
          case '/' -> sb.append("~1");
          default -> sb.append(c);
        }
      }
    }
  }
}
