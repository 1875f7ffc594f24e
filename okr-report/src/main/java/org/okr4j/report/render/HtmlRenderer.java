package org.okr4j.report.render;

import java.util.Objects;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.Scorecard;

/**
 * The scorecard as one self-contained HTML5 page for people: inline CSS and inline SVG, no script
 * and nothing fetched from elsewhere, so it works offline, attached to a mail or printed.
 *
 * <p>The page has a {@code <header>} with the report's title, period and counts; a {@code
 * <section>} per objective (child objectives follow their parent, indented) with its stated colour
 * beside the colour each rule set derives under each policy (✓ where they agree, ✗ where not) and
 * its rollup; an {@code <article>} card per key result with its statement and id, baseline, target
 * and goal period, a progress bar (the fill is the clamped progress, a tick the expected pace, the
 * raw progress written beside it), a small SVG trajectory (baseline, target, every check-in with a
 * value, the expected pace line, the as-of date), the stated status beside each derived one, its
 * check-ins, and audit flags that open to their explanation; then the whole figure audit and the
 * stated colours beside the derived.
 *
 * <p>Every colour is also a word ({@code RED}, {@code YELLOW}, {@code GREEN}), every chart has a
 * text alternative, every explanation is a {@code <details>} with a summary, and every string from
 * the report is escaped. The layout is a centred column on a wide screen; cards stack on a phone;
 * printing drops the shading, sets key results two abreast, opens the check-ins and audit flags,
 * and leaves out the per-figure formulas, which stay in the file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlRenderer {
  private static final HtmlRenderer INSTANCE = new HtmlRenderer();

  private HtmlRenderer() {}

  /**
   * The renderer.
   *
   * @return the renderer
   */
  public static HtmlRenderer instance() {
    return INSTANCE;
  }

  /**
   * Writes the scorecard.
   *
   * @param scorecard the scorecard
   * @return the HTML document, UTF-8 text beginning with {@code <!DOCTYPE html>} and ending with a
   *     line break
   */
  public String render(Scorecard scorecard) {
    Objects.requireNonNull(scorecard, "scorecard");
    StringBuilder sb = new StringBuilder(64 * 1024);
    String title = scorecard.report().title();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"generator\" content=\"okr4j\"><title>")
        .append(Html.esc(title + " — scorecard as of " + scorecard.asOf()))
        .append("</title><style>")
        .append(HtmlStyle.CSS)
        .append("</style></head><body>");
    header(sb, scorecard);
    sb.append("<main class=\"wrap\">");
    for (ObjectiveCard o : scorecard.objectives()) {
      HtmlObjective.write(sb, o, scorecard);
    }
    HtmlAudit.audit(sb, scorecard);
    HtmlAudit.colours(sb, scorecard);
    sb.append("</main><footer class=\"page-foot wrap\"><p>Scorecard of ")
        .append(Html.esc(title))
        .append(" written by okr4j as of ")
        .append(scorecard.asOf())
        .append(". Figures are exact until displayed; open any explanation for its formula.</p>")
        .append("</footer></body></html>\n");
    return sb.toString();
  }

  private static void header(StringBuilder sb, Scorecard s) {
    sb.append("<header class=\"page-head\"><div class=\"wrap\"><p class=\"eyebrow\">");
    s.report().organization().ifPresent(org -> sb.append(Html.esc(org)).append(" · "));
    sb.append("scorecard · ")
        .append(Html.esc(s.report().period().label()))
        .append("</p><h1>")
        .append(Html.esc(s.report().title()))
        .append("</h1><p class=\"lead\">")
        .append(Html.esc(Texts.header(s)))
        .append("</p><ul class=\"summary\"><li>as of <strong>")
        .append(s.asOf())
        .append("</strong></li><li><strong>")
        .append(s.objectives().size())
        .append("</strong> objectives</li><li><strong>")
        .append(s.keyResults().size())
        .append("</strong> key results</li><li><a href=\"#audit\"><strong>")
        .append(s.audit().size())
        .append("</strong> audited figures</a></li><li><a href=\"#colours\">colours</a></li></ul>")
        .append("<details class=\"contents\"><summary>Contents</summary><ol>");
    for (ObjectiveCard o : s.objectives()) {
      sb.append(o.depth() > 0 ? "<li class=\"sub\">" : "<li>")
          .append("<a href=\"#")
          .append(Html.anchor("o", o.id()))
          .append("\">")
          .append(Html.esc(o.title()))
          .append("</a></li>");
    }
    sb.append("</ol></details></div></header>");
  }
}
