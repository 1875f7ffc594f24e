package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Report;
import org.okr4j.core.quantity.Rational;
import org.okr4j.json.OkrJson;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.Scorecard;
import org.okr4j.report.render.Chromium;
import org.okr4j.report.render.HtmlRenderer;

/**
 * The real deck as one HTML page: its DOM matches the scorecard, it loads in headless Chromium with
 * no console message, and screenshots at desktop and phone widths land in {@code
 * target/screenshots/}.
 */
class DeckHtmlTest {
  static final Path DIR = Path.of("target", "screenshots");
  static final String DECK = "/org/okr4j/examples/wikimedia-technology-q3-fy20.json";
  static Scorecard scorecard;
  static Path page;
  static Document doc;

  @BeforeAll
  static void render() throws Exception {
    Report deck;
    try (InputStream in = DeckHtmlTest.class.getResourceAsStream(DECK)) {
      assertThat(in).as(DECK).isNotNull();
      deck = OkrJson.create().readReport(in);
    }
    scorecard = Scorecard.evaluate(deck);
    String html = HtmlRenderer.instance().render(scorecard);
    Files.createDirectories(DIR);
    page = DIR.resolve("deck.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    doc = Jsoup.parse(html);
  }

  @Test
  void dom_sectionPerObjective_cardPerKeyResult() {
    // the deck has 15 objectives (with the appendix's) and 39 key results
    assertThat(doc.select("main > section.objective")).hasSize(15);
    assertThat(doc.select("article.kr")).hasSize(39);
    assertThat(doc.select("h1").text()).isEqualTo("Technology Department, Q3 FY20");
    assertThat(doc.select("script, link, [src]")).isEmpty();
    assertThat(doc.select("details"))
        .allSatisfy(d -> assertThat(d.child(0).tagName()).isEqualTo("summary"));
  }

  @Test
  void dom_everyBarIsItsClampedProgress() {
    int bars = 0;
    for (KeyResultCard k : scorecard.keyResults()) {
      Element card = doc.expectFirst("#k-" + k.id());
      Elements fill = card.select(".progress .bar .fill");
      if (k.progress().isDefined()) {
        String percent =
            k.progress()
                .value()
                .clamped()
                .multipliedBy(Rational.ONE_HUNDRED)
                .toBigDecimal(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        assertThat(fill.attr("style")).as(k.id()).isEqualTo("width:" + percent + "%");
        bars++;
      } else {
        assertThat(fill).as(k.id()).isEmpty();
      }
      assertThat(card.select(".progress-text").text()).isEqualTo(k.progressText());
      assertThat(card.select(".statuses .derived .badge").eachText())
          .containsExactlyElementsOf(k.derived().stream().map(d -> d.color().name()).toList());
    }
    assertThat(bars).isGreaterThan(0);
    // (1919 − 1880) / (1974 − 1880) = 39/94 = 41.489…%
    assertThat(doc.select("#k-mtp-tool-maintainers .bar .fill").attr("style"))
        .isEqualTo("width:41.49%");
  }

  @Test
  void dom_auditFlagPerFinding() {
    long flags = doc.select(".flags details.flag").size();
    assertThat(flags).isEqualTo(scorecard.audit().size());
    assertThat(doc.select("#audit tbody tr")).hasSize(scorecard.audit().size());
  }

  @Test
  void chromium_loadsWithoutConsoleMessages() throws Exception {
    Chromium.Run run = Chromium.dumpDom(page, Chromium.DESKTOP);
    assertThat(run.consoleMessages()).isEmpty();
    assertThat(Jsoup.parse(run.stdout()).select("article.kr")).hasSize(39);
  }

  @Test
  void chromium_screenshots_desktopAndPhone() throws Exception {
    for (String name : new String[] {"deck-desktop.png:1280", "deck-phone.png:390"}) {
      Path png = DIR.resolve(name.substring(0, name.indexOf(':')));
      int width = Integer.parseInt(name.substring(name.indexOf(':') + 1));
      Chromium.Run run = Chromium.screenshot(page, width, png);
      assertThat(run.consoleMessages()).isEmpty();
      assertThat(Files.size(png)).isGreaterThan(20_000);
    }
  }
}
