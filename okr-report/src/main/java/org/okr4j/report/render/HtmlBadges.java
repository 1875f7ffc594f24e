package org.okr4j.report.render;

import java.util.Optional;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.model.StatusColor;

/**
 * Badges: a colour or a verdict as a word in a tinted pill, so the colour is never the only signal.
 */
final class HtmlBadges {
  private HtmlBadges() {}

  /** {@code <span class="badge c-red">RED</span>}. */
  static String color(StatusColor color) {
    return "<span class=\"badge c-" + Html.cssName(color.name()) + "\">" + color.name() + "</span>";
  }

  /** A verdict in words, tinted by how well the figure follows. */
  static String verdict(Verdict verdict) {
    return "<span class=\"badge v-"
        + Html.cssName(verdict.name())
        + "\">"
        + Html.words(verdict.name())
        + "</span>";
  }

  /** ✓ or ✗ with a text alternative, or nothing when there is nothing to agree with. */
  static String agreement(Optional<Boolean> agrees) {
    if (agrees.isEmpty()) {
      return "";
    }
    return agrees.orElseThrow()
        ? " <span class=\"mark agree\" title=\"agrees with the stated colour\">✓"
            + "<span class=\"vh\"> agrees with the stated colour</span></span>"
        : " <span class=\"mark disagree\" title=\"differs from the stated colour\">✗"
            + "<span class=\"vh\"> differs from the stated colour</span></span>";
  }
}
