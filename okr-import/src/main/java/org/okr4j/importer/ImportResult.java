package org.okr4j.importer;

import java.util.List;
import java.util.Objects;
import org.okr4j.core.model.Report;

/**
 * What an import made: a draft report, the review notes a person should read before using it, and
 * every cell as it was read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param draft the draft report
 * @param notes the review notes, in table order
 * @param cells every non-empty cell read, in table order
 */
public record ImportResult(Report draft, List<ReviewNote> notes, List<ImportedCell> cells) {
  /**
   * Checks the parts and copies the lists.
   *
   * @param draft the draft
   * @param notes the notes
   * @param cells the cells
   */
  public ImportResult {
    Objects.requireNonNull(draft, "draft must not be null");
    notes = List.copyOf(notes);
    cells = List.copyOf(cells);
  }
}
