package org.okr4j.json.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;

/**
 * The layout of the canonical form: two-space indentation, one member per line, {@code "name":
 * value} with one space after the colon, arrays of numbers on one line ({@code [12, 15]}) and
 * arrays of objects one element per line.
 *
 * <p>Stateful: one instance per generator.
 */
public final class CanonicalPrettyPrinter implements PrettyPrinter {
  /** An open object or array; an array is structured once it holds an object or an array. */
  private static final class Frame {
    final boolean array;
    boolean structured;

    Frame(boolean array) {
      this.array = array;
    }
  }

  /** A write context that lays out every generator it creates in the canonical form. */
  public static final ObjectWriteContext CONTEXT =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new CanonicalPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private static final char[] INITIAL_INDENT = ("\n" + " ".repeat(2 * 8)).toCharArray();

  private final Deque<Frame> open = new ArrayDeque<>();

  /** A line break followed by spaces, as long as the deepest indentation written so far. */
  private char[] indent = INITIAL_INDENT.clone();

  /** Creates a printer for one generator. */
  public CanonicalPrettyPrinter() {}

  private void newline(JsonGenerator g) {
    int length = 1 + 2 * open.size();
    if (indent.length < length) {
      indent = new char[Math.max(length, 2 * indent.length)];
      Arrays.fill(indent, ' ');
      indent[0] = '\n';
    }
    g.writeRaw(indent, 0, length);
  }

  private void beforeStructuredValue(JsonGenerator g) {
    Frame top = open.peek();
    if (top != null && top.array) {
      top.structured = true;
      newline(g);
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    beforeStructuredValue(g);
    g.writeRaw('{');
    open.push(new Frame(false));
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newline(g);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newline(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) {
    open.pop();
    if (nrOfEntries > 0) {
      newline(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    beforeStructuredValue(g);
    g.writeRaw('[');
    open.push(new Frame(true));
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    // The first element decides: a structured one breaks the line itself.
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    Frame top = open.peek();
    g.writeRaw(top != null && top.structured ? "," : ", ");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) {
    Frame top = open.pop();
    if (top.structured) {
      newline(g);
    }
    g.writeRaw(']');
  }
}
