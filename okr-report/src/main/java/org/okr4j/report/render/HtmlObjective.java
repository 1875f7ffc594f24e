package org.okr4j.report.render;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.RuleSet;
import org.okr4j.report.Scorecard;

/** An objective as a {@code <section>}: its colours, its rollup and its key results' cards. */
final class HtmlObjective {
  private HtmlObjective() {}

  static void write(StringBuilder sb, ObjectiveCard o, Scorecard s) {
    int level = Math.min(5, 2 + o.depth());
    String anchor = Html.anchor("o", o.id());
    sb.append("<section class=\"objective depth-")
        .append(Math.min(o.depth(), 3))
        .append("\" id=\"")
        .append(anchor)
        .append("\" aria-labelledby=\"")
        .append(anchor)
        .append("-h\"><header class=\"objective-head\"><p class=\"eyebrow\">")
        .append(o.depth() > 0 ? "sub-objective · " : "objective · ")
        .append("<code>")
        .append(Html.esc(o.id()))
        .append("</code></p><h")
        .append(level)
        .append(" id=\"")
        .append(anchor)
        .append("-h\">")
        .append(Html.esc(o.title()))
        .append("</h")
        .append(level)
        .append('>');
    o.objective()
        .description()
        .ifPresent(d -> sb.append("<p class=\"description\">").append(Html.esc(d)).append("</p>"));
    sb.append("<div class=\"colours\">");
    stated(sb, o);
    if (o.isDerivable()) {
      derived(sb, o, s.options().ruleSets(), s.options().objectivePolicies());
      sb.append(HtmlBar.rollup(o));
    } else {
      sb.append("<p class=\"muted\">No key results given: no colour can be derived.</p>");
    }
    sb.append("</div></header>");
    HtmlKeyResult.flags(sb, o.audit());
    if (!o.keyResults().isEmpty()) {
      sb.append("<div class=\"krs\">");
      for (KeyResultCard k : o.keyResults()) {
        HtmlKeyResult.write(sb, k, o.depth(), s);
      }
      sb.append("</div>");
    }
    sb.append("</section>");
  }

  private static void stated(StringBuilder sb, ObjectiveCard o) {
    sb.append("<p class=\"status stated\"><span class=\"who\">stated</span> ");
    if (o.stated().isPresent()) {
      sb.append(HtmlBadges.color(o.stated().orElseThrow().color()));
      o.stated()
          .orElseThrow()
          .reason()
          .ifPresent(r -> sb.append(" <span class=\"why\">").append(Html.esc(r)).append("</span>"));
    } else {
      sb.append("<span class=\"why muted\">none stated</span>");
    }
    sb.append("</p>");
  }

  /** Derived colours as a small table: a row per rule set, a column per policy. */
  private static void derived(
      StringBuilder sb,
      ObjectiveCard o,
      List<RuleSet> ruleSets,
      List<ObjectiveStatusPolicy> policies) {
    sb.append("<table class=\"derived\"><caption class=\"vh\">Derived colours of ")
        .append(Html.esc(o.title()))
        .append("</caption><thead><tr><th scope=\"col\">derived by</th>");
    for (ObjectiveStatusPolicy p : policies) {
      sb.append("<th scope=\"col\">").append(Html.words(p.name())).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (RuleSet r : ruleSets) {
      sb.append("<tr><th scope=\"row\">").append(Html.esc(r.name())).append("</th>");
      for (ObjectiveStatusPolicy p : policies) {
        sb.append("<td>");
        for (DerivedStatus d : o.derived()) {
          if (d.ruleSet().equals(r.name()) && d.policy().equals(Optional.of(p))) {
            sb.append(HtmlBadges.color(d.color()))
                .append(HtmlBadges.agreement(o.agrees(d)))
                .append(" <span class=\"why\">")
                .append(Html.esc(d.brief()))
                .append("</span>");
          }
        }
        sb.append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</tbody></table>");
  }
}
