package org.okr4j.report.render;

import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.Scorecard;

/** Phrases every text renderer shares, so the terminal, Markdown and HTML say the same. */
final class Texts {
  private Texts() {}

  static String header(Scorecard s) {
    return "Period "
        + s.report().period().label()
        + "; judged as of "
        + s.asOf()
        + " against each key result's own goal period, else "
        + s.defaultGoalPeriod().label()
        + "; changes as "
        + (s.options().changeSense().name().equals("CHANGE") ? "raw movements" : "improvements")
        + " ("
        + measures(s)
        + ").";
  }

  private static String measures(Scorecard s) {
    return switch (s.options().changeMeasures()) {
      case BY_UNIT -> "percentage points for percentages, relative otherwise";
      case RELATIVE -> "relative";
      case POINTS_WHERE_POSSIBLE ->
          "percentage points for percentages, points for scores, relative otherwise";
    };
  }

  static String stated(StatedStatus s) {
    return s.color() + s.reason().map(r -> " — " + r).orElse("");
  }

  /** {@code " ✓"} when a derived colour agrees with the stated one, {@code " ✗"} when not. */
  static String agreement(ObjectiveCard o, DerivedStatus d) {
    return o.agrees(d).map(a -> a ? " ✓" : " ✗").orElse("");
  }

  static String where(AuditFinding f) {
    return f.keyResultId().orElse(f.objectiveId()) + " " + f.location();
  }

  static String finding(AuditFinding f) {
    return "\"" + f.stated().text() + "\" (" + f.location() + "): " + f.verdict();
  }

  /** {@code "23 derived figures: 11 CONSISTENT, 2 INCONSISTENT, …"}. */
  static String verdictCounts(Scorecard s) {
    List<String> parts = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      long n = s.count(v);
      if (n > 0) {
        parts.add(n + " " + v);
      }
    }
    return s.audit().size()
        + " derived figures"
        + (parts.isEmpty() ? "" : ": ")
        + String.join(", ", parts);
  }
}
