package org.okr4j.examples;

import java.util.List;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.status.Status;

/** The scorecard as Markdown, to paste into a wiki. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(ScorecardData d) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(d.title()).append("\n\n");
    sb.append("Period ")
        .append(d.period())
        .append("; progress and statuses as of ")
        .append(d.asOf())
        .append(" against the ")
        .append(d.goalPeriod())
        .append(" goals.\n\n");
    for (ScorecardData.ObjectiveCard o : d.objectives()) {
      sb.append("#".repeat(Math.min(6, 2 + o.depth()))).append(' ').append(esc(o.title()));
      o.stated().ifPresent(s -> sb.append(" (stated ").append(s.color()).append(')'));
      sb.append("\n\n");
      if (o.keyResults().isEmpty()) {
        continue;
      }
      sb.append("| key result | baseline | target |");
      d.quarters().forEach(q -> sb.append(' ').append(q).append(" |"));
      sb.append(" progress | Δ baseline | Δ previous | pace | grading | stated |\n");
      sb.append("|---|---|---|");
      d.quarters().forEach(q -> sb.append("---|"));
      sb.append("---|---|---|---|---|---|\n");
      for (ScorecardData.KeyResultCard k : o.keyResults()) {
        sb.append("| ").append(esc(k.statement())).append(" | ").append(esc(k.baseline()));
        sb.append(" | ").append(esc(k.target())).append(" |");
        k.quarterTexts().forEach(q -> sb.append(' ').append(esc(q)).append(" |"));
        sb.append(' ').append(Cells.progress(k.progress()));
        sb.append(" | ").append(Cells.change(k.changeVsBaseline()));
        sb.append(" | ").append(Cells.change(k.changeVsPrevious())).append(" |");
        for (Status s : k.derived().values()) {
          sb.append(' ').append(Cells.status(s)).append(" |");
        }
        sb.append(' ').append(ScorecardBuilder.statedText(k.stated())).append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("## Figure audit\n\n| figure | stated | computed | verdict | explanation |\n");
    sb.append("|---|---|---|---|---|\n");
    for (AuditFinding f : d.audit()) {
      sb.append("| ")
          .append(esc(Cells.where(f)))
          .append(" | ")
          .append(esc(f.stated().text()))
          .append(" | ")
          .append(Cells.computed(f))
          .append(" | ")
          .append(f.verdict())
          .append(" | ")
          .append(esc(f.explanation().brief()))
          .append(" |\n");
    }
    sb.append("\n## Colours\n\n| objective | stated |");
    d.agreements().forEach(a -> sb.append(' ').append(a.ruleSet()).append(" |"));
    sb.append("\n|---|---|");
    d.agreements().forEach(a -> sb.append("---|"));
    sb.append('\n');
    for (ScorecardData.ColourCheck c : d.colours()) {
      sb.append("| ").append(esc(c.title())).append(" | ").append(c.stated()).append(" |");
      for (Status s : c.derived().values()) {
        sb.append(' ').append(c.derivable() ? s.color().name() : "no KRs given").append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
    List<ScorecardData.Agreement> agreements = d.agreements();
    for (ScorecardData.Agreement a : agreements) {
      sb.append("- ").append(TextRenderer.agreement(a)).append('\n');
    }
    return sb.toString();
  }

  private static String esc(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
