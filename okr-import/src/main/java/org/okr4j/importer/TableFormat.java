package org.okr4j.importer;

import java.util.Locale;
import java.util.Objects;

/** How a key-result table is written. */
public enum TableFormat {
  /**
   * A Markdown document: pipe tables ({@code | statement | Y1 Goal | Q1 |}) and the tab-separated
   * tables decks export, with headings naming the objectives; HTML such as {@code <b>}, {@code
   * <i>}, {@code <a>} and {@code <br>} inside cells is read as text.
   */
  MARKDOWN,
  /** One tab-separated table, its first line the header. */
  TSV,
  /** One comma-separated table in the layout documented in the module's README. */
  CSV;

  /**
   * The format a command-line name gives: {@code markdown}, {@code md}, {@code tsv} or {@code csv},
   * in any case.
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException if the name is none of those
   */
  public static TableFormat parse(String name) {
    Objects.requireNonNull(name, "table format must not be null");
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "markdown", "md" -> MARKDOWN;
      case "tsv" -> TSV;
      case "csv" -> CSV;
      default ->
          throw new IllegalArgumentException(
              "table format (\"" + name + "\") must be markdown, tsv or csv");
    };
  }
}
