package org.okr4j.report.render;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.report.Briefs;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.Display;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.Scorecard;

/** A key result as an {@code <article>} card. */
final class HtmlKeyResult {
  private HtmlKeyResult() {}

  static void write(StringBuilder sb, KeyResultCard k, int depth, Scorecard s) {
    int level = Math.min(6, 3 + depth);
    sb.append("<article class=\"kr\" id=\"")
        .append(Html.anchor("k", k.id()))
        .append("\"><header><p class=\"eyebrow\"><code>")
        .append(Html.esc(k.id()))
        .append("</code> · goal period ")
        .append(Html.esc(k.goalPeriod().label()))
        .append("</p><h")
        .append(level)
        .append(" class=\"statement\">")
        .append(Html.esc(k.keyResult().statement()))
        .append("</h")
        .append(level)
        .append("></header>");
    statuses(sb, k);
    sb.append(HtmlBar.keyResult(k));
    figures(sb, k);
    sb.append(HtmlTrajectory.render(k, s.asOf(), s.options().display()));
    checkIns(sb, k);
    explanations(sb, k);
    flags(sb, k.audit());
    sb.append("</article>");
  }

  private static void statuses(StringBuilder sb, KeyResultCard k) {
    sb.append("<ul class=\"statuses\">");
    Optional<StatedStatus> stated = k.stated();
    sb.append("<li class=\"status stated\"><span class=\"who\">stated</span> ");
    if (stated.isPresent()) {
      sb.append(HtmlBadges.color(stated.orElseThrow().color()));
      stated
          .orElseThrow()
          .reason()
          .ifPresent(r -> sb.append(" <span class=\"why\">").append(Html.esc(r)).append("</span>"));
    } else {
      sb.append("<span class=\"why muted\">none stated</span>");
    }
    sb.append("</li>");
    for (DerivedStatus d : k.derived()) {
      sb.append("<li class=\"status derived\"><span class=\"who\">")
          .append(Html.esc(d.ruleSet()))
          .append("</span> ")
          .append(HtmlBadges.color(d.color()))
          .append(" <span class=\"why\">")
          .append(Html.esc(d.brief()))
          .append("</span></li>");
    }
    sb.append("</ul>");
  }

  private static void figures(StringBuilder sb, KeyResultCard k) {
    sb.append("<dl class=\"figures\">");
    term(sb, "baseline", k.baselineText());
    term(sb, "target", k.targetText() + " by the end of " + k.goalPeriod().label());
    k.keyResult().headline().ifPresent(h -> term(sb, "headline", Display.target(h)));
    term(sb, "change vs baseline", k.changeVsBaselineText());
    term(sb, "change vs previous", k.changeVsPreviousText());
    term(sb, "projected at " + k.goalPeriod().endExclusive(), k.projectionText());
    sb.append("</dl>");
  }

  private static void term(StringBuilder sb, String name, String value) {
    sb.append("<div><dt>")
        .append(Html.esc(name))
        .append("</dt><dd>")
        .append(Html.esc(value))
        .append("</dd></div>");
  }

  private static void checkIns(StringBuilder sb, KeyResultCard k) {
    List<CheckIn> all = k.checkIns();
    if (all.isEmpty()) {
      sb.append("<p class=\"muted\">No check-ins.</p>");
      return;
    }
    sb.append("<details class=\"checkins\"><summary>")
        .append(all.size())
        .append(all.size() == 1 ? " check-in" : " check-ins")
        .append("</summary><table><thead><tr><th scope=\"col\">period</th>")
        .append("<th scope=\"col\">reported</th></tr></thead><tbody>");
    for (CheckIn c : all) {
      boolean judged = k.judgedCheckIn().map(c::equals).orElse(false);
      sb.append(judged ? "<tr class=\"judged\">" : "<tr>")
          .append("<th scope=\"row\">")
          .append(Html.esc(c.period().label()))
          .append("</th><td>")
          .append(Html.esc(Display.checkIn(c)))
          .append(judged ? " <span class=\"tag\">judged</span>" : "")
          .append("</td></tr>");
    }
    sb.append("</tbody></table></details>");
  }

  private static void explanations(StringBuilder sb, KeyResultCard k) {
    sb.append("<details class=\"explain\"><summary>How these figures follow</summary><dl>");
    explanation(sb, "progress", k.progress().explanation());
    explanation(sb, "change vs baseline", k.changeVsBaseline().explanation());
    explanation(sb, "change vs previous", k.changeVsPrevious().explanation());
    explanation(sb, "expected pace", k.expectedProgress().explanation());
    for (DerivedStatus d : k.derived()) {
      sb.append("<div><dt>")
          .append(Html.esc(d.ruleSet()))
          .append(" status</dt><dd>")
          .append(d.color().name())
          .append(" by ")
          .append(Html.esc(d.status().rule()))
          .append(": ")
          .append(Html.esc(d.status().reason()))
          .append("</dd></div>");
    }
    sb.append("</dl></details>");
  }

  private static void explanation(StringBuilder sb, String name, Explanation e) {
    sb.append("<div><dt>")
        .append(Html.esc(name))
        .append("</dt><dd><span class=\"brief\">")
        .append(Html.esc(Briefs.of(e)))
        .append("</span>");
    formula(sb, e);
    sb.append("</dd></div>");
  }

  /** Audit flags: a verdict badge per finding that opens to the finding's full explanation. */
  static void flags(StringBuilder sb, List<AuditFinding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    sb.append("<ul class=\"flags\" aria-label=\"figure audit\">");
    for (AuditFinding f : findings) {
      sb.append("<li><details class=\"flag\"><summary>")
          .append(HtmlBadges.verdict(f.verdict()))
          .append(" <q>")
          .append(Html.esc(f.stated().text()))
          .append("</q> <span class=\"muted\">")
          .append(Html.esc(f.location()))
          .append("</span></summary><p class=\"brief\">")
          .append(Html.esc(f.explanation().result()))
          .append("</p>");
      formula(sb, f.explanation());
      sb.append("</details></li>");
    }
    sb.append("</ul>");
  }

  /** An explanation in full, subject, formula, numbers and result, as code. */
  static void formula(StringBuilder sb, Explanation e) {
    sb.append("<code class=\"formula\">").append(Html.esc(e.toString())).append("</code>");
  }
}
