/**
 * okr4j import: key-result tables as decks, wikis and trackers hold them — Markdown, TSV or CSV —
 * read into a draft {@link org.okr4j.core.model.Report} with review notes.
 *
 * <p>{@link org.okr4j.importer.TableImport} is the entry point.
 */
module org.okr4j.importer {
  requires transitive org.okr4j.core;
  requires tools.jackson.dataformat.csv;
  requires tools.jackson.databind;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports org.okr4j.importer;
}
