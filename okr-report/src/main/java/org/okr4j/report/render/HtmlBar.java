package org.okr4j.report.render;

import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.rollup.ObjectiveProgress;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.ObjectiveCard;

/**
 * Progress bars: the fill is the clamped progress, a tick marks the expected pace, and the raw
 * progress is written beside the bar, so a value past the target or below the baseline still reads
 * right.
 */
final class HtmlBar {
  private HtmlBar() {}

  /** A key result's bar: clamped progress, the expected pace marked, the raw progress as text. */
  static String keyResult(KeyResultCard k) {
    Outcome<Progress> p = k.progress();
    Outcome<Rational> expected = k.expectedProgress();
    String modifier = "";
    if (!p.isDefined()) {
      modifier = " undefined";
    } else if (p.value().isOverAchieved()) {
      modifier = " over";
    } else if (p.value().isMovingAway()) {
      modifier = " away";
    }
    String label =
        "progress "
            + k.progressText()
            + (expected.isDefined() ? ", expected by now " + k.expectedProgressText() : "");
    StringBuilder sb = new StringBuilder(512);
    sb.append("<div class=\"progress\"><div class=\"bar")
        .append(modifier)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(label))
        .append("\">");
    if (p.isDefined()) {
      fill(sb, p.value().clamped());
    }
    if (expected.isDefined()) {
      sb.append("<span class=\"pace\" style=\"left:")
          .append(Html.cssPercent(expected.value()))
          .append("\" title=\"expected by now: ")
          .append(Html.esc(k.expectedProgressText()))
          .append("\"></span>");
    }
    sb.append("</div><p class=\"legend\"><strong class=\"progress-text\">")
        .append(Html.esc(k.progressText()))
        .append("</strong>");
    if (expected.isDefined()) {
      sb.append(" <span class=\"expected\"><span class=\"pace-key\" aria-hidden=\"true\"></span>")
          .append("expected by now ")
          .append(Html.esc(k.expectedProgressText()))
          .append("</span>");
    }
    return sb.append("</p></div>").toString();
  }

  /** An objective's rollup bar. */
  static String rollup(ObjectiveCard o) {
    Outcome<ObjectiveProgress> r = o.rollup();
    StringBuilder sb = new StringBuilder(256);
    sb.append("<div class=\"progress rollup\"><div class=\"bar")
        .append(r.isDefined() ? "" : " undefined")
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc("rollup " + o.rollupText()))
        .append("\">");
    if (r.isDefined()) {
      fill(sb, r.value().progress());
    }
    return sb.append("</div><p class=\"legend\">rollup <strong class=\"rollup-text\">")
        .append(Html.esc(o.rollupText()))
        .append("</strong></p></div>")
        .toString();
  }

  private static void fill(StringBuilder sb, Rational clamped) {
    sb.append("<span class=\"fill\" style=\"width:")
        .append(Html.cssPercent(clamped))
        .append("\"></span>");
  }
}
