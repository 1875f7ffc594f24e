package org.okr4j.importer;

import java.util.Objects;
import org.okr4j.core.text.ParsedCell;

/**
 * One cell of an imported table as the cell parser read it, with where it went in the draft.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param keyResultId the id of the key result the cell's row became
 * @param column the column's header as printed ({@code "Q2 Status"}, {@code "Y1 Goal"}, {@code
 *     "Baseline"})
 * @param role what the cell gave the key result
 * @param parsed the reading
 */
public record ImportedCell(String keyResultId, String column, Role role, ParsedCell parsed) {
  /** What a cell gives its key result. */
  public enum Role {
    /** The baseline. */
    BASELINE,
    /** The goal: the key result's target. */
    GOAL,
    /** A check-in of a period. */
    CHECK_IN
  }

  /**
   * Checks the parts.
   *
   * @param keyResultId the keyResultId
   * @param column the column
   * @param role the role
   * @param parsed the parsed
   */
  public ImportedCell {
    Objects.requireNonNull(keyResultId, "key result id must not be null");
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(role, "role must not be null");
    Objects.requireNonNull(parsed, "parsed cell must not be null");
  }
}
