package org.okr4j.report;

/** Small text helpers shared by the scorecard and its renderers. */
final class Texts {
  private Texts() {}

  /** At most {@code max} characters of {@code s}, with "…" when cut; for error messages only. */
  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
