package org.okr4j.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.model.StatusColor;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.Scorecard;

class HtmlRendererTest {
  static final Scorecard CARD = Scorecard.evaluate(HtmlFixtures.report());
  static final String HTML = HtmlRenderer.instance().render(CARD);
  static final Document DOC = Jsoup.parse(HTML);

  /** Chart geometry, from HtmlTrajectory: 320 wide, 8 px margins left and right. */
  static final double LEFT = 8;

  static final double PLOT_WIDTH = 304;

  private static Element kr(String id) {
    return DOC.expectFirst("#k-" + id);
  }

  private static Element objective(String id) {
    return DOC.expectFirst("#o-" + id);
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.attr(attribute));
  }

  /** x of a day on a chart whose days run over FY2019/20 (2019-07-01 up to 2020-07-01). */
  private static double xInFiscal2020(LocalDate day) {
    long days = ChronoUnit.DAYS.between(LocalDate.of(2019, 7, 1), day);
    return LEFT + PLOT_WIDTH * days / 366.0;
  }

  @Test
  void document_html5WithLanguageViewportAndOneInlineStyleSheet() {
    assertThat(HTML).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
    assertThat(DOC.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(DOC.select("meta[name=viewport]").attr("content")).contains("width=device-width");
    assertThat(DOC.select("style")).hasSize(1);
    assertThat(DOC.select("style").html()).contains("@media print").contains("@media (max-width");
    assertThat(DOC.select("body > header, body > main, body > footer")).hasSize(3);
  }

  @Test
  void document_selfContained_noScriptNoLinkNoExternalReference() {
    assertThat(DOC.select("script")).isEmpty();
    assertThat(DOC.select("link")).isEmpty();
    assertThat(DOC.select("[src]")).isEmpty();
    assertThat(DOC.select("iframe, object, embed, img")).isEmpty();
    assertThat(DOC.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    assertThat(HTML).doesNotContain("url(").doesNotContain("@import");
    // the only address is the SVG namespace, which is a name, not a fetch
    int http = HTML.split("http", -1).length - 1;
    int namespaces = HTML.split("xmlns=\"http://www.w3.org/2000/svg\"", -1).length - 1;
    assertThat(http).isEqualTo(namespaces).isEqualTo(5);
  }

  @Test
  void reportStrings_escaped_readBackAsTheSameText() {
    assertThat(DOC.select("h1").text()).isEqualTo(HtmlFixtures.REPORT_TITLE);
    assertThat(DOC.title()).startsWith(HtmlFixtures.REPORT_TITLE);
    assertThat(DOC.select(".page-head .eyebrow").text()).startsWith(HtmlFixtures.ORGANIZATION);
    assertThat(objective("growth").expectFirst("h2").text()).isEqualTo(HtmlFixtures.GROWTH_TITLE);
    assertThat(objective("platform").expectFirst("h2").text())
        .isEqualTo(HtmlFixtures.PLATFORM_TITLE);
    assertThat(objective("platform-api").expectFirst("h3").text())
        .isEqualTo(HtmlFixtures.API_TITLE);
    assertThat(objective("growth").select(".description").text())
        .isEqualTo("Signups <em>up</em> & latency down");
    assertThat(objective("growth").select(".objective-head .stated .why").text())
        .isEqualTo("on track & <ahead>");
    assertThat(kr("signups").select(".statement").text())
        .isEqualTo("Reach 150 <signups> & \"beyond\"");
    assertThat(kr("api-calls").select(".checkins td").eachText())
        .contains(HtmlFixtures.PRINTED_CALLS + " judged");
    assertThat(kr("api-calls").select(".flag q").eachText()).contains("+9% <up>");
    // nothing of the report's markup survives as markup
    assertThat(HTML)
        .doesNotContain("<script")
        .doesNotContain("<b>")
        .doesNotContain("<hr>")
        .doesNotContain("<em>")
        .doesNotContain("<i>")
        .doesNotContain("<up>");
    assertThat(DOC.select("b, hr, em, i, section section")).isEmpty();
  }

  @Test
  void bars_widthIsTheClampedProgressInPercent() {
    // signups (400 − 100) / (150 − 100) = 600%, clamped to 100%; latency (15 − 20) / (10 − 20) =
    // 50%; uptime (99.5 − 99) / (99.9 − 99) = 5/9 = 55.555…%; api-calls 1000 + 10% = 1100, (1080 −
    // 1000) / (1100 − 1000) = 80%
    Map<String, String> expected =
        Map.of("signups", "100%", "latency", "50%", "uptime", "55.56%", "api-calls", "80%");
    expected.forEach(
        (id, width) ->
            assertThat(kr(id).select(".bar .fill").attr("style"))
                .as(id)
                .isEqualTo("width:" + width));
  }

  @Test
  void bars_everyCardsWidthIsItsClampedProgress() {
    for (KeyResultCard k : CARD.keyResults()) {
      Elements fill = kr(k.id()).select(".progress .bar .fill");
      if (k.progress().isDefined()) {
        String percent =
            k.progress()
                .value()
                .clamped()
                .multipliedBy(org.okr4j.core.quantity.Rational.ONE_HUNDRED)
                .toBigDecimal(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        assertThat(fill.attr("style")).as(k.id()).isEqualTo("width:" + percent + "%");
      } else {
        assertThat(fill).as(k.id()).isEmpty();
      }
      assertThat(kr(k.id()).select(".progress-text").text()).isEqualTo(k.progressText());
    }
  }

  @Test
  void bar_overAchieved_marked_andRawProgressWritten() {
    assertThat(kr("signups").select(".bar").hasClass("over")).isTrue();
    assertThat(kr("signups").select(".progress-text").text()).isEqualTo("600.00% (counts as 100%)");
    assertThat(kr("latency").select(".bar").hasClass("over")).isFalse();
  }

  @Test
  void bar_undefinedProgress_noFill_andSaysWhy() {
    Element bar = kr("adoption").expectFirst(".bar");
    assertThat(bar.hasClass("undefined")).isTrue();
    assertThat(bar.select(".fill")).isEmpty();
    assertThat(bar.attr("aria-label")).startsWith("progress n/a (target not set)");
    assertThat(kr("adoption").select(".progress-text").text()).isEqualTo("n/a (target not set)");
  }

  @Test
  void bar_paceTick_atTheExpectedProgress() {
    // FY2019/20 has 366 days; 2019-07-01 to 2020-04-01 is 275 of them: 275/366 = 75.1366…%
    assertThat(ChronoUnit.DAYS.between(LocalDate.of(2019, 7, 1), LocalDate.of(2020, 4, 1)))
        .isEqualTo(275);
    for (String id : List.of("signups", "latency", "adoption", "uptime", "api-calls")) {
      assertThat(kr(id).select(".bar .pace").attr("style")).as(id).isEqualTo("left:75.14%");
      assertThat(kr(id).select(".expected").text()).isEqualTo("expected by now 75.14%");
    }
  }

  @Test
  void rollupBars_widthIsTheRollup() {
    for (ObjectiveCard o : CARD.objectives()) {
      Element fill = objective(o.id()).expectFirst(".rollup .fill");
      assertThat(fill.attr("style"))
          .isEqualTo("width:" + Html.cssPercent(o.rollup().value().progress()));
      assertThat(objective(o.id()).expectFirst(".rollup-text").text()).isEqualTo(o.rollupText());
    }
  }

  @Test
  void statuses_oneBadgePerDerivedStatus_withTheColourWordAndBrief() {
    for (KeyResultCard k : CARD.keyResults()) {
      Elements derived = kr(k.id()).select(".statuses .derived");
      assertThat(derived).hasSize(k.derived().size()).hasSize(2);
      for (int i = 0; i < derived.size(); i++) {
        DerivedStatus d = k.derived().get(i);
        Element badge = derived.get(i).expectFirst(".badge");
        assertThat(badge.text()).isEqualTo(d.color().name());
        assertThat(badge.hasClass("c-" + d.color().name().toLowerCase(java.util.Locale.ROOT)))
            .isTrue();
        assertThat(derived.get(i).select(".who").text()).isEqualTo(d.ruleSet());
        assertThat(derived.get(i).select(".why").text()).isEqualTo(d.brief());
      }
    }
    assertThat(kr("adoption").select(".derived .badge").eachText())
        .containsExactly("UNKNOWN", "UNKNOWN");
  }

  @Test
  void statuses_statedBesideDerived() {
    assertThat(kr("signups").select(".statuses .stated .badge").text()).isEqualTo("GREEN");
    assertThat(kr("latency").select(".statuses .stated").text())
        .isEqualTo("stated YELLOW slow <but> steady");
    assertThat(kr("uptime").select(".statuses .stated .badge")).isEmpty();
    assertThat(kr("uptime").select(".statuses .stated").text()).isEqualTo("stated none stated");
    assertThat(kr("uptime").expectFirst(".statuses > li").hasClass("stated")).isTrue();
  }

  @Test
  void objective_derivedColours_ruleSetByPolicy_withAgreementMarks() {
    for (ObjectiveCard o : CARD.objectives()) {
      Element table = objective(o.id()).expectFirst("table.derived");
      assertThat(table.select("thead th").eachText())
          .containsExactly("derived by", "weakest", "mean");
      assertThat(table.select("tbody th").eachText()).containsExactly("pace", "grading");
      Elements cells = table.select("tbody td");
      assertThat(cells).hasSize(o.derived().size()).hasSize(4);
      for (int i = 0; i < cells.size(); i++) {
        DerivedStatus d = o.derived().get(i);
        assertThat(cells.get(i).expectFirst(".badge").text()).isEqualTo(d.color().name());
        Optional<Boolean> agrees = o.agrees(d);
        assertThat(agrees).isPresent();
        assertThat(cells.get(i).select(".mark").text())
            .isEqualTo(
                agrees.orElseThrow()
                    ? "✓ agrees with the stated colour"
                    : "✗ differs from the stated colour");
        assertThat(cells.get(i).select(".why").text()).isEqualTo(d.brief());
      }
    }
    // growth is stated GREEN; the pace rule set's weakest colour is RED (latency is behind pace)
    Element growthPaceWeakest = objective("growth").expectFirst("table.derived tbody td");
    assertThat(growthPaceWeakest.select(".badge").text()).isEqualTo("RED");
    assertThat(growthPaceWeakest.select(".mark").hasClass("disagree")).isTrue();
    assertThat(objective("growth").select(".objective-head .stated .badge").text())
        .isEqualTo("GREEN");
  }

  @Test
  void objectives_sectionPerObjective_childAfterParentOneLevelDeeper() {
    assertThat(DOC.select("main > section.objective").eachAttr("id"))
        .containsExactly("o-growth", "o-platform", "o-platform-api");
    assertThat(objective("platform").hasClass("depth-0")).isTrue();
    assertThat(objective("platform-api").hasClass("depth-1")).isTrue();
    assertThat(objective("platform-api").expectFirst(".kr .statement").tagName()).isEqualTo("h4");
    assertThat(objective("growth").expectFirst(".kr .statement").tagName()).isEqualTo("h3");
    assertThat(objective("growth").select("article.kr").eachAttr("id"))
        .containsExactly("k-signups", "k-latency", "k-adoption");
    assertThat(DOC.select(".contents a").eachAttr("href"))
        .containsExactly("#o-growth", "#o-platform", "#o-platform-api");
  }

  @Test
  void details_everyOneOpensFromASummary() {
    Elements details = DOC.select("details");
    assertThat(details).hasSizeGreaterThan(10);
    for (Element d : details) {
      assertThat(d.child(0).tagName()).isEqualTo("summary");
      assertThat(d.child(0).text()).isNotBlank();
    }
  }

  @Test
  void charts_haveTextAlternatives() {
    Elements svgs = DOC.select("svg");
    assertThat(svgs).hasSize(5);
    for (Element svg : svgs) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.attr("aria-label")).startsWith("Trajectory of ");
      assertThat(svg.child(0).tagName()).isEqualTo("title");
      assertThat(svg.child(0).text()).isEqualTo(svg.attr("aria-label"));
    }
    assertThat(kr("signups").expectFirst("svg").attr("aria-label"))
        .isEqualTo(
            "Trajectory of signups: baseline 100 signups; target 150 signups; check-ins"
                + " FY2019/20 Q1 120 signups, FY2019/20 Q2 140 signups, FY2019/20 Q3 400 signups;"
                + " expected pace from the baseline on 2019-07-01 to the target on 2020-07-01;"
                // least squares through (92, 120), (184, 140), (275, 400) read at day 366:
                // 220 + (25580/16744.67) × (366 − 183.67) = 498.54
                + " projected by least squares: 498.54 signups, on course;"
                + " as of 2020-04-01");
    Element signups = kr("signups").expectFirst("svg");
    assertThat(signups.select("line.projection")).hasSize(1);
    assertThat(signups.select("line.projection-range")).hasSize(1);
    assertThat(kr("signups").text()).contains("projected at 2020-07-01 498.54 signups, on course");
    assertThat(DOC.select(".bar")).allSatisfy(b -> assertThat(b.attr("aria-label")).isNotBlank());
  }

  @Test
  void trajectory_decreasingMonthly_pointsAtMonthEnds_fallingTowardTheTarget() {
    Element svg = kr("latency").expectFirst("svg");
    Elements points = svg.select("circle.checkin");
    assertThat(points).hasSize(3);
    // months end (exclusive) on 2020-02-01, 2020-03-01, 2020-04-01
    assertThat(num(points.get(0), "cx"))
        .isCloseTo(xInFiscal2020(LocalDate.of(2020, 2, 1)), within(0.01));
    assertThat(num(points.get(1), "cx"))
        .isCloseTo(xInFiscal2020(LocalDate.of(2020, 3, 1)), within(0.01));
    assertThat(num(points.get(2), "cx"))
        .isCloseTo(xInFiscal2020(LocalDate.of(2020, 4, 1)), within(0.01));
    // 18, 16, 15 days: lower values sit lower on the chart (larger y), between baseline and target
    double baseline = num(svg.expectFirst("line.baseline"), "y1");
    double target = num(svg.expectFirst("line.target"), "y1");
    assertThat(baseline).isLessThan(num(points.get(0), "cy"));
    assertThat(num(points.get(0), "cy")).isLessThan(num(points.get(1), "cy"));
    assertThat(num(points.get(1), "cy")).isLessThan(num(points.get(2), "cy"));
    assertThat(num(points.get(2), "cy")).isLessThan(target);
    assertThat(points.get(2).hasClass("judged")).isTrue();
    assertThat(points.get(0).expectFirst("title").text()).isEqualTo("2020-01: 18 days");
    assertThat(svg.select("polyline.actual")).hasSize(1);
  }

  @Test
  void trajectory_paceLine_fromTheBaselineAtTheGoalStartToTheTargetAtItsEnd() {
    for (String id : List.of("signups", "latency", "uptime", "api-calls")) {
      Element svg = kr(id).expectFirst("svg");
      Element goal = svg.expectFirst("rect.goal");
      Element pace = svg.expectFirst("line.pace");
      assertThat(num(pace, "x1")).as(id).isCloseTo(num(goal, "x"), within(0.01));
      assertThat(num(pace, "x2")).isCloseTo(num(goal, "x") + num(goal, "width"), within(0.02));
      assertThat(pace.attr("y1")).isEqualTo(svg.expectFirst("line.baseline").attr("y1"));
      assertThat(pace.attr("y2")).isEqualTo(svg.expectFirst("line.target").attr("y1"));
      Element asOf = svg.expectFirst("line.asof");
      assertThat(num(asOf, "x1")).isCloseTo(xInFiscal2020(LocalDate.of(2020, 4, 1)), within(0.01));
      assertThat(svg.select("text.asof-label").text()).isEqualTo("as of 2020-04-01");
    }
    // no target value, no pace line, no target line
    Element adoption = kr("adoption").expectFirst("svg");
    assertThat(adoption.select("line.pace, line.target")).isEmpty();
    assertThat(adoption.select("line.baseline")).hasSize(1);
  }

  @Test
  void trajectory_annualCheckIns_atTheirYearEnds() {
    Elements points = kr("uptime").select("svg circle.checkin");
    assertThat(points).hasSize(2);
    // FY2018/19 ends (exclusive) on 2019-07-01, the chart's first day; FY2019/20 on its last
    assertThat(points.get(0).attr("cx")).isEqualTo("8");
    assertThat(points.get(1).attr("cx")).isEqualTo("312");
    assertThat(points.get(1).hasClass("judged")).isTrue();
    assertThat(points.get(0).hasClass("judged")).isFalse();
  }

  @Test
  void trajectory_changeTarget_targetLineAtTheResolvedValue() {
    // +10% from 1000 calls
    assertThat(CARD.keyResult("api-calls").orElseThrow().targetValue().value())
        .isEqualTo(org.okr4j.core.quantity.Rational.of(1100));
    assertThat(kr("api-calls").select("svg text.target-label").text())
        .isEqualTo("target 1,100 calls");
    assertThat(kr("api-calls").select("svg text.baseline-label").text())
        .isEqualTo("baseline 1,000 calls");
  }

  @Test
  void auditFlags_verdictBadgePerFinding_openToTheFullExplanation() {
    KeyResultCard k = CARD.keyResult("api-calls").orElseThrow();
    assertThat(k.audit()).hasSize(2);
    Elements flags = kr("api-calls").select(".flags details.flag");
    assertThat(flags).hasSize(k.audit().size());
    for (int i = 0; i < flags.size(); i++) {
      AuditFinding f = k.audit().get(i);
      Element flag = flags.get(i);
      assertThat(flag.child(0).tagName()).isEqualTo("summary");
      assertThat(flag.select("summary .badge").text())
          .isEqualTo(f.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      assertThat(flag.select(".formula").text()).isEqualTo(f.explanation().toString());
      assertThat(flag.attr("open")).isEmpty();
    }
    // (1050 − 1000) / 1000 = +5% follows; (1080 − 1000) / 1000 = +8% is not +9%
    assertThat(k.audit().get(0).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(k.audit().get(1).verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(flags.get(1).select(".badge").hasClass("v-inconsistent")).isTrue();
    assertThat(kr("signups").select(".flags")).isEmpty();
  }

  @Test
  void auditSection_rowPerFinding() {
    Elements rows = DOC.select("#audit tbody tr");
    assertThat(rows).hasSize(CARD.audit().size()).hasSize(2);
    assertThat(DOC.select("#audit .lead").text()).startsWith(Texts.verdictCounts(CARD));
    assertThat(rows.get(1).select("q").text()).isEqualTo("+9% <up>");
    assertThat(rows.get(1).select(".badge").text()).isEqualTo("inconsistent");
  }

  @Test
  void coloursSection_rowPerStatedObjective_withEachAgreement() {
    Elements head = DOC.select("#colours thead th");
    assertThat(head.eachText())
        .containsExactly(
            "objective",
            "stated",
            "pace, weakest",
            "pace, mean",
            "grading, weakest",
            "grading, mean");
    Elements rows = DOC.select("#colours tbody tr");
    assertThat(rows).hasSize(3);
    Element growth = rows.get(0);
    assertThat(growth.expectFirst("th").text()).isEqualTo(HtmlFixtures.GROWTH_TITLE);
    assertThat(growth.expectFirst("td").text()).isEqualTo("GREEN");
    ObjectiveCard o = CARD.objectives().get(0);
    for (int i = 0; i < o.derived().size(); i++) {
      Element cell = growth.select("td").get(i + 1);
      assertThat(cell.expectFirst(".badge").text()).isEqualTo(o.derived().get(i).color().name());
      assertThat(
              cell.select(".mark")
                  .hasClass(o.agrees(o.derived().get(i)).orElseThrow() ? "agree" : "disagree"))
          .isTrue();
    }
    assertThat(DOC.select(".agreement-list li")).hasSize(CARD.agreements().size());
  }

  @Test
  void colourIsNeverTheOnlySignal_everyBadgeHasAWord() {
    Elements badges = DOC.select(".badge");
    assertThat(badges).hasSizeGreaterThan(30);
    for (Element b : badges) {
      assertThat(b.text()).isNotBlank();
    }
    assertThat(DOC.select(".badge.c-red").eachText()).allMatch(StatusColor.RED.name()::equals);
    assertThat(DOC.select(".badge.c-green").eachText()).allMatch(StatusColor.GREEN.name()::equals);
  }

  @Test
  void render_sameScorecard_sameText() {
    assertThat(HtmlRenderer.instance().render(CARD)).isEqualTo(HTML);
    assertThat(HtmlRenderer.instance()).isSameAs(HtmlRenderer.instance());
  }

  @Test
  @SuppressWarnings("NullAway")
  void render_null_throwsNamingIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> HtmlRenderer.instance().render(null))
        .withMessage("scorecard");
  }
}
