package org.okr4j.report.render;

import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.model.CheckIn;
import org.okr4j.report.Agreement;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.Display;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.RuleSet;
import org.okr4j.report.Scorecard;

/**
 * The scorecard as GitHub-flavoured Markdown, to paste into a wiki or an issue: a heading per
 * objective with its colours, a table of its key results (every check-in in one cell, one per
 * line), the figure audit and the colours against the stated ones.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkdownRenderer {
  private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

  private MarkdownRenderer() {}

  /**
   * The renderer.
   *
   * @return the renderer
   */
  public static MarkdownRenderer instance() {
    return INSTANCE;
  }

  /**
   * Writes the scorecard.
   *
   * @param scorecard the scorecard
   * @return the Markdown text
   */
  public String render(Scorecard scorecard) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(esc(scorecard.report().title())).append("\n\n");
    sb.append(esc(Texts.header(scorecard))).append("\n\n");
    for (ObjectiveCard o : scorecard.objectives()) {
      objective(sb, o, scorecard.options().ruleSets());
    }
    sb.append("## Figure audit\n\n").append(esc(Texts.verdictCounts(scorecard))).append("\n\n");
    sb.append("| figure | stated | verdict | explanation |\n|---|---|---|---|\n");
    for (AuditFinding f : scorecard.audit()) {
      row(
          sb,
          List.of(Texts.where(f), f.stated().text(), f.verdict().name(), f.explanation().brief()));
    }
    sb.append("\n## Colours\n\n");
    List<String> header = new ArrayList<>(List.of("objective", "stated"));
    for (Agreement a : scorecard.agreements()) {
      header.add(a.label());
    }
    row(sb, header);
    sb.append("|---".repeat(header.size())).append("|\n");
    for (ObjectiveCard o : scorecard.objectives()) {
      if (o.stated().isEmpty()) {
        continue;
      }
      List<String> cells =
          new ArrayList<>(List.of(o.title(), o.stated().orElseThrow().color().name()));
      for (DerivedStatus d : o.derived()) {
        cells.add(o.isDerivable() ? d.color() + Texts.agreement(o, d) : "no KRs given");
      }
      row(sb, cells);
    }
    sb.append('\n');
    for (Agreement a : scorecard.agreements()) {
      sb.append("- ").append(esc(a.toString())).append('\n');
    }
    return sb.toString();
  }

  private static void objective(StringBuilder sb, ObjectiveCard o, List<RuleSet> ruleSets) {
    sb.append("#".repeat(Math.min(6, 2 + o.depth()))).append(' ').append(esc(o.title()));
    sb.append(" `").append(o.id()).append("`\n\n");
    o.stated().ifPresent(s -> sb.append("- stated: ").append(esc(Texts.stated(s))).append('\n'));
    if (o.isDerivable()) {
      for (DerivedStatus d : o.derived()) {
        sb.append("- ").append(d.label()).append(": **").append(d.color()).append("**");
        sb.append(esc(Texts.agreement(o, d))).append(" — ").append(esc(d.brief())).append('\n');
      }
      sb.append("- rollup: ").append(esc(o.rollupText())).append('\n');
    } else {
      sb.append("- no key results given: no colour can be derived\n");
    }
    sb.append('\n');
    if (o.keyResults().isEmpty()) {
      return;
    }
    List<String> header =
        new ArrayList<>(
            List.of(
                "key result",
                "baseline",
                "target",
                "check-ins",
                "progress",
                "Δ baseline",
                "Δ previous"));
    for (RuleSet r : ruleSets) {
      header.add(r.name());
    }
    header.add("stated");
    row(sb, header);
    sb.append("|---".repeat(header.size())).append("|\n");
    for (KeyResultCard k : o.keyResults()) {
      List<String> checkIns = new ArrayList<>();
      for (CheckIn c : k.checkIns()) {
        checkIns.add(c.period().label() + ": " + Display.checkIn(c));
      }
      List<String> cells =
          new ArrayList<>(
              List.of(
                  k.keyResult().statement(),
                  k.baselineText(),
                  k.targetText() + " (" + k.goalPeriod().label() + ")",
                  String.join("\n", checkIns),
                  k.progressText(),
                  k.changeVsBaselineText(),
                  k.changeVsPreviousText()));
      for (DerivedStatus d : k.derived()) {
        cells.add(d.color().name());
      }
      cells.add(k.stated().map(s -> s.color().name()).orElse(""));
      row(sb, cells);
    }
    sb.append('\n');
  }

  private static void row(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(esc(c)).append(" |");
    }
    sb.append('\n');
  }

  /** Escapes table pipes and Markdown markup; a line break in a cell becomes {@code <br>}. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#' -> sb.append('\\').append(c);
        case '\n' -> sb.append("<br>");
        case '\r' -> {}
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
