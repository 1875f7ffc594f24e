package org.okr4j.importer.internal;

import java.util.List;

/**
 * A table as read from a document: its header, its rows of cell texts (markup kept), and the
 * objective the document puts it under.
 *
 * @param number the table's number in the document, from 1
 * @param objective the objective's title
 * @param header the header cells
 * @param rows the body rows
 */
public record RawTable(int number, String objective, List<String> header, List<List<String>> rows) {
  /**
   * Copies the lists.
   *
   * @param number the number
   * @param objective the objective
   * @param header the header
   * @param rows the rows
   */
  public RawTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
