package org.okr4j.examples;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns as wide as their widest cell, capped, truncating with "…". */
final class TextTable {
  private final List<String> headers;
  private final List<Integer> caps;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers, List<Integer> caps) {
    this.headers = headers;
    this.caps = caps;
  }

  TextTable row(List<String> cells) {
    rows.add(cells);
    return this;
  }

  String render() {
    int n = headers.size();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
      widths[i] = Math.min(widths[i], caps.get(i));
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(sb, rule, widths);
    for (List<String> r : rows) {
      line(sb, r, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String cell = cells.get(i);
      if (cell.length() > widths[i]) {
        cell = cell.substring(0, widths[i] - 1) + "…";
      }
      l.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - cell.length()));
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
