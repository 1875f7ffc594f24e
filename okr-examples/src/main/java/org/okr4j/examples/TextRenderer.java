package org.okr4j.examples;

import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.status.Status;

/** The scorecard as terminal tables. */
final class TextRenderer {
  private TextRenderer() {}

  static String render(ScorecardData d) {
    StringBuilder sb = new StringBuilder();
    sb.append(d.title());
    d.organization().ifPresent(o -> sb.append(" — ").append(o));
    sb.append('\n')
        .append("Period ")
        .append(d.period())
        .append("; progress and statuses as of ")
        .append(d.asOf())
        .append(" against the ")
        .append(d.goalPeriod())
        .append(" goals; changes as raw movements (percentage points for percentages).\n\n");
    for (ScorecardData.ObjectiveCard o : d.objectives()) {
      sb.append("  ".repeat(o.depth())).append("== ").append(o.title()).append(" [").append(o.id());
      o.stated().ifPresent(s -> sb.append("; stated ").append(s.color()));
      sb.append("]\n");
      if (o.keyResults().isEmpty()) {
        sb.append('\n');
        continue;
      }
      List<String> headers = new ArrayList<>(List.of("key result", "baseline", "target"));
      headers.addAll(d.quarters().stream().map(q -> q.substring(q.length() - 2)).toList());
      headers.addAll(List.of("progress", "Δ baseline", "Δ previous", "pace", "grading", "stated"));
      List<Integer> caps = new ArrayList<>(List.of(24, 16, 14));
      d.quarters().forEach(q -> caps.add(16));
      caps.addAll(List.of(22, 22, 22, 8, 8, 7));
      TextTable t = new TextTable(headers, caps);
      for (ScorecardData.KeyResultCard k : o.keyResults()) {
        List<String> row = new ArrayList<>(List.of(k.id(), k.baseline(), k.target()));
        row.addAll(k.quarterTexts());
        row.add(Cells.progress(k.progress()));
        row.add(Cells.change(k.changeVsBaseline()));
        row.add(Cells.change(k.changeVsPrevious()));
        for (Status s : k.derived().values()) {
          row.add(Cells.status(s));
        }
        row.add(ScorecardBuilder.statedText(k.stated()));
        t.row(row);
      }
      sb.append(t.render()).append('\n');
    }
    sb.append("== Figure audit: ").append(d.audit().size()).append(" derived figures\n");
    TextTable audit =
        new TextTable(List.of("figure", "stated", "computed", "verdict"), List.of(44, 14, 16, 28));
    for (AuditFinding f : d.audit()) {
      audit.row(List.of(Cells.where(f), f.stated().text(), Cells.computed(f), f.verdict().name()));
    }
    sb.append(audit.render()).append('\n');
    for (AuditFinding f : d.audit()) {
      sb.append("- ")
          .append(Cells.where(f))
          .append(" \"")
          .append(f.stated().text())
          .append("\": ")
          .append(f.explanation().brief())
          .append('\n');
    }
    sb.append('\n')
        .append("== Colours: stated beside derived (as of ")
        .append(d.asOf())
        .append(")\n");
    List<String> headers = new ArrayList<>(List.of("objective", "stated"));
    List<Integer> caps = new ArrayList<>(List.of(40, 7));
    for (ScorecardData.Agreement a : d.agreements()) {
      headers.add(a.ruleSet());
      caps.add(16);
    }
    TextTable colours = new TextTable(headers, caps);
    for (ScorecardData.ColourCheck c : d.colours()) {
      List<String> row = new ArrayList<>(List.of(c.title(), c.stated().name()));
      for (Status s : c.derived().values()) {
        row.add(c.derivable() ? s.color().name() : "no KRs given");
      }
      colours.row(row);
    }
    sb.append(colours.render());
    for (ScorecardData.Agreement a : d.agreements()) {
      sb.append(agreement(a)).append('\n');
    }
    return sb.toString();
  }

  static String agreement(ScorecardData.Agreement a) {
    return a.agreeing()
        + " of "
        + a.derivable()
        + " derivable stated colours agree under "
        + a.ruleSet()
        + " ("
        + (a.stated() - a.derivable())
        + " of "
        + a.stated()
        + " cannot be derived: no key results given)";
  }
}
