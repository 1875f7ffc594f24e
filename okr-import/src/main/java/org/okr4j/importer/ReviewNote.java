package org.okr4j.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person should look at in a draft: a cell (or a key result as a whole), what was recognised
 * in it, and what was not.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where the place in the input: {@code "table 2, row 3, column \"Q2 Status\""}
 * @param keyResultId the id the draft gives the key result, if the note is about one
 * @param cell the cell's text, or empty for a note about a whole key result
 * @param recognised what was recognised, one line each
 * @param notRecognised what was not, or what was read by a convention a person should confirm
 */
public record ReviewNote(
    String where,
    Optional<String> keyResultId,
    String cell,
    List<String> recognised,
    List<String> notRecognised) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param where the where
   * @param keyResultId the keyResultId
   * @param cell the cell
   * @param recognised the recognised
   * @param notRecognised the notRecognised
   */
  public ReviewNote {
    Objects.requireNonNull(where, "where must not be null");
    Objects.requireNonNull(keyResultId, "key result id must not be null");
    Objects.requireNonNull(cell, "cell must not be null");
    recognised = List.copyOf(recognised);
    notRecognised = List.copyOf(notRecognised);
  }

  /**
   * The note on one line: {@code table 2, row 3, column "Q2 Status": "<1%": recognised value <1%;
   * not: the value <1% is printed as a bound, not as a measured figure}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(where);
    if (!cell.isEmpty()) {
      out.append(": \"").append(cell).append('"');
    }
    if (!recognised.isEmpty()) {
      out.append(": recognised ").append(String.join("; ", recognised));
    }
    if (!notRecognised.isEmpty()) {
      out.append(recognised.isEmpty() ? ": " : "; not: ").append(String.join("; ", notRecognised));
    }
    return out.toString();
  }
}
