package org.okr4j.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.report.Reports;
import org.okr4j.report.Scorecard;

class MarkdownRendererTest {
  private final String md =
      MarkdownRenderer.instance().render(Scorecard.evaluate(Reports.monthly()));

  @Test
  void oneTableRowPerKeyResult_withEveryCheckIn() {
    long rows = md.lines().filter(l -> l.startsWith("| ") && l.contains(" (FY2019/20) |")).count();
    assertThat(rows).isEqualTo(4);
    assertThat(md)
        .contains(
            "| Raise $6.58MM in February | $5,000,000 | reach $6,580,000 (2020-02) | 2020-01: $5,500,000<br>2020-02: $6,000,000 |");
  }

  @Test
  void markupFromTheReportIsEscaped() {
    assertThat(md)
        .contains("\\<script\\>alert('x')\\</script\\>")
        .contains("An X% increase in \\<b\\>uptake\\</b\\> & reuse")
        .doesNotContain("<script>");
  }

  @Test
  void coloursAndAgreement() {
    assertThat(md).contains("## Colours").contains("| objective | stated | pace, weakest |");
    // "mixed" is stated YELLOW and derived RED under pace, weakest; its child is GREEN both ways;
    // "partnerships" has no key results.
    assertThat(md)
        .contains(
            "- 1 of 2 derivable stated colours agree under pace, weakest (1 of 3 cannot be"
                + " derived: no key results given)");
  }
}
