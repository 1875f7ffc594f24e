package org.okr4j.report.render;

import org.okr4j.core.audit.AuditFinding;
import org.okr4j.report.Agreement;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.Scorecard;

/** The closing sections: the whole figure audit, and the stated colours beside the derived. */
final class HtmlAudit {
  private HtmlAudit() {}

  static void audit(StringBuilder sb, Scorecard s) {
    sb.append("<section class=\"audit\" id=\"audit\" aria-labelledby=\"audit-h\">")
        .append("<h2 id=\"audit-h\">Figure audit</h2><p class=\"lead\">")
        .append(Html.esc(Texts.verdictCounts(s)))
        .append(". Each printed derived figure recomputed from its inputs; open a row for the")
        .append(" formula.</p>");
    if (s.audit().isEmpty()) {
      sb.append("<p class=\"muted\">The report prints no derived figures.</p></section>");
      return;
    }
    sb.append("<div class=\"scroll\"><table class=\"findings\"><thead><tr>")
        .append("<th scope=\"col\">figure</th><th scope=\"col\">stated</th>")
        .append("<th scope=\"col\">verdict</th><th scope=\"col\">explanation</th>")
        .append("</tr></thead><tbody>");
    for (AuditFinding f : s.audit()) {
      String anchor =
          f.keyResultId().isPresent()
              ? Html.anchor("k", f.keyResultId().orElseThrow())
              : Html.anchor("o", f.objectiveId());
      sb.append("<tr><th scope=\"row\"><a href=\"#")
          .append(anchor)
          .append("\"><code>")
          .append(Html.esc(f.keyResultId().orElse(f.objectiveId())))
          .append("</code></a> ")
          .append(Html.esc(f.location()))
          .append("</th><td data-label=\"stated\"><q>")
          .append(Html.esc(f.stated().text()))
          .append("</q></td><td data-label=\"verdict\">")
          .append(HtmlBadges.verdict(f.verdict()))
          .append("</td><td data-label=\"explanation\"><details><summary>")
          .append(Html.esc(f.explanation().result()))
          .append("</summary>");
      HtmlKeyResult.formula(sb, f.explanation());
      sb.append("</details></td></tr>");
    }
    sb.append("</tbody></table></div></section>");
  }

  static void colours(StringBuilder sb, Scorecard s) {
    sb.append("<section class=\"agreements\" id=\"colours\" aria-labelledby=\"colours-h\">")
        .append("<h2 id=\"colours-h\">Stated colours beside derived</h2><p class=\"lead\">")
        .append("As of ")
        .append(s.asOf())
        .append("; ✓ where the derived colour equals the stated one, ✗ where it differs.</p>")
        .append("<div class=\"scroll\"><table class=\"colours-table\"><thead><tr>")
        .append("<th scope=\"col\">objective</th><th scope=\"col\">stated</th>");
    for (Agreement a : s.agreements()) {
      sb.append("<th scope=\"col\">").append(Html.esc(a.label())).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (ObjectiveCard o : s.objectives()) {
      if (o.stated().isEmpty()) {
        continue;
      }
      sb.append("<tr><th scope=\"row\"><a href=\"#")
          .append(Html.anchor("o", o.id()))
          .append("\">")
          .append(Html.esc(o.title()))
          .append("</a></th><td data-label=\"stated\">")
          .append(HtmlBadges.color(o.stated().orElseThrow().color()))
          .append("</td>");
      for (DerivedStatus d : o.derived()) {
        sb.append("<td data-label=\"").append(Html.esc(d.label())).append("\">");
        if (o.isDerivable()) {
          sb.append(HtmlBadges.color(d.color())).append(HtmlBadges.agreement(o.agrees(d)));
        } else {
          sb.append("<span class=\"muted\">no key results given</span>");
        }
        sb.append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</tbody></table></div><ul class=\"agreement-list\">");
    for (Agreement a : s.agreements()) {
      sb.append("<li>").append(Html.esc(a.toString())).append("</li>");
    }
    sb.append("</ul></section>");
  }
}
