package org.okr4j.importer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds key-result tables in a Markdown document: pipe tables and tab-separated blocks. A table's
 * objective is the first paragraph after the latest {@code ## Objective:} or {@code ## MTP
 * Outcomes} heading under the current top-level heading, else that heading itself.
 */
public final class MarkdownTables {
  private MarkdownTables() {}

  /** The tables of a document. */
  public static List<RawTable> read(String document, boolean tabsOnly) {
    List<String> lines = Arrays.asList(document.split("\\R", -1));
    List<RawTable> tables = new ArrayList<>();
    String heading = "";
    String objective = null;
    boolean awaitingObjective = false;
    List<String> statements = new ArrayList<>();
    String previous = "";
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (!tabsOnly && stripped.startsWith("# ")) {
        String h = Html.text(stripped.substring(2));
        if (!h.equals(heading)) {
          objective = null;
        }
        heading = h;
        awaitingObjective = false;
        statements.clear();
      } else if (!tabsOnly && stripped.startsWith("## ")) {
        String h = Html.text(stripped.substring(3)).toLowerCase(Locale.ROOT);
        awaitingObjective = h.startsWith("objective") || h.startsWith("mtp outcomes");
      } else if (awaitingObjective && !stripped.isEmpty()) {
        objective = Html.text(stripped.replace("**", ""));
        awaitingObjective = false;
      }
      String text = Html.text(stripped.replace("**", ""));
      if (text.regionMatches(true, 0, "Baseline:", 0, 9)
          && !previous.isEmpty()
          && line.indexOf('\t') < 0) {
        // A statement paragraph followed by its baseline, for a table without a statement column.
        statements.add(previous + " " + text);
      }
      if (!stripped.isEmpty()) {
        previous = text;
      }
      boolean tab = line.indexOf('\t') >= 0;
      boolean pipe = !tabsOnly && stripped.startsWith("|");
      if (tab || pipe) {
        List<List<String>> block = new ArrayList<>();
        while (i < lines.size() && isRow(lines.get(i), pipe)) {
          String row = lines.get(i);
          if (!(pipe && isSeparator(row))) {
            block.add(pipe ? pipeCells(row) : tabCells(row));
          }
          i++;
        }
        if (block.size() >= 2
            && !statements.isEmpty()
            && !Html.text(block.get(0).get(0)).isEmpty()) {
          block = withStatements(block, statements);
        }
        statements.clear();
        if (block.size() >= 2) {
          String title =
              objective != null ? objective : heading.isEmpty() ? "Key results" : heading;
          tables.add(
              new RawTable(tables.size() + 1, title, block.get(0), block.subList(1, block.size())));
        }
        continue;
      }
      i++;
    }
    return tables;
  }

  /** Puts the statements found before a table into a first column of its own. */
  private static List<List<String>> withStatements(
      List<List<String>> block, List<String> statements) {
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < block.size(); r++) {
      List<String> row = new ArrayList<>();
      row.add(r == 0 ? "" : r - 1 < statements.size() ? statements.get(r - 1) : "");
      row.addAll(block.get(r));
      out.add(row);
    }
    return out;
  }

  private static boolean isRow(String line, boolean pipe) {
    return pipe ? line.strip().startsWith("|") : line.indexOf('\t') >= 0;
  }

  private static boolean isSeparator(String row) {
    return row.strip().matches("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
  }

  static List<String> tabCells(String row) {
    return List.of(row.split("\t", -1));
  }

  static List<String> pipeCells(String row) {
    String s = row.strip();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    if (s.endsWith("|") && !s.endsWith("\\|")) {
      s = s.substring(0, s.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '|') {
        cell.append('|');
        k++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }
}
