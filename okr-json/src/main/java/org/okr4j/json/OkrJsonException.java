package org.okr4j.json;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.json.internal.Texts;

/**
 * Thrown when a document is not a valid okr4j report: malformed JSON, an unknown field, a wrong
 * type, a missing required field, an unknown enum value, an unsupported format version, a read
 * limit exceeded, or a value that okr-core refuses.
 *
 * <p>This is the only exception a read of this module throws for bad input. Its message names where
 * the problem is and what was expected, as in {@code "/objectives/2/keyResults/0/target/reach (line
 * 41, column 23): expected a number, a figure string such as \"238.9M\" or a figure object, found
 * true"}. The parts are available separately: {@link #path()}, {@link #line()}, {@link #column()}
 * and {@link #problem()}.
 *
 * <p>Reading never returns a partly built report: a read either returns a complete, valid report or
 * throws this exception.
 */
public final class OkrJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending value; empty for the whole document. */
  private final String path;

  /** The 1-based line of the offending value, or -1. */
  private final int line;

  /** The 1-based column of the offending value, or -1. */
  private final int column;

  /** What is wrong and what was expected. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole
   *     document
   * @param line the 1-based line of the offending value, or {@code -1} when unknown
   * @param column the 1-based column of the offending value, or {@code -1} when unknown
   * @param problem what is wrong and what was expected; here, as in the path, control,
   *     bidirectional and other invisible characters are written as JSON escapes
   * @param cause the underlying exception (from Jackson or okr-core), if any
   */
  public OkrJsonException(
      String path, int line, int column, String problem, @Nullable Throwable cause) {
    // A message never carries raw input: whatever a path or problem quotes is escaped here too.
    super(format(Texts.escape(path), line, column, Texts.escape(problem)), cause);
    this.path = Texts.escape(path);
    this.line = line;
    this.column = column;
    this.problem = Texts.escape(problem);
  }

  private static String format(String path, int line, int column, String problem) {
    String where = path.isEmpty() ? "document" : path;
    if (line < 0) {
      return where + ": " + problem;
    }
    return String.format(Locale.ROOT, "%s (line %d, column %d): %s", where, line, column, problem);
  }

  /**
   * Where the problem is, as a JSON Pointer: {@code "/objectives/2/keyResults/0/target/reach"}.
   *
   * @return the pointer; {@code ""} for the document as a whole
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending value.
   *
   * @return the 1-based line, or {@code -1} when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value.
   *
   * @return the 1-based column, or {@code -1} when unknown
   */
  public int column() {
    return column;
  }

  /**
   * What is wrong, without the location: {@code "expected a string, found the number 12"}.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
