package org.okr4j.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.report.Scorecard;

/**
 * The generated report's page in headless Chromium: it loads with no console message, the browser
 * builds the same document, nothing is wider than a phone, and screenshots at desktop and phone
 * widths land in {@code target/screenshots/}.
 */
class HtmlRendererChromiumTest {
  static final Path DIR = Path.of("target", "screenshots");
  static Scorecard scorecard;
  static Path page;

  @BeforeAll
  static void writePage() throws Exception {
    Chromium.require();
    scorecard = Scorecard.evaluate(HtmlFixtures.report());
    Files.createDirectories(DIR);
    page = DIR.resolve("generated.html");
    Files.writeString(page, HtmlRenderer.instance().render(scorecard), StandardCharsets.UTF_8);
  }

  @Test
  void page_loadsWithoutConsoleMessages_andTheBrowserBuildsTheSameDocument() throws Exception {
    Chromium.Run run = Chromium.dumpDom(page, Chromium.DESKTOP);
    assertThat(run.consoleMessages()).isEmpty();
    Document dom = Jsoup.parse(run.stdout());
    assertThat(dom.select("h1").text()).isEqualTo(HtmlFixtures.REPORT_TITLE);
    assertThat(dom.select("article.kr")).hasSize(scorecard.keyResults().size());
    assertThat(dom.select("section.objective")).hasSize(scorecard.objectives().size());
    assertThat(dom.select("script")).isEmpty();
    assertThat(dom.select("svg.trajectory")).hasSize(5);
  }

  @Test
  void screenshots_desktopAndPhone() throws Exception {
    Path desktop = DIR.resolve("generated-desktop.png");
    Path phone = DIR.resolve("generated-phone.png");
    assertThat(Chromium.screenshot(page, Chromium.DESKTOP, desktop).consoleMessages()).isEmpty();
    assertThat(Chromium.screenshot(page, Chromium.PHONE, phone).consoleMessages()).isEmpty();
    assertThat(Files.size(desktop)).isGreaterThan(20_000);
    assertThat(Files.size(phone)).isGreaterThan(20_000);
  }

  @Test
  void print_toPdf_withoutConsoleMessages() throws Exception {
    Path pdf = DIR.resolve("generated.pdf");
    assertThat(Chromium.printToPdf(page, pdf).consoleMessages()).isEmpty();
    // one page object per sheet: five key results two abreast, the audit and the colours
    long pages =
        java.util.regex.Pattern.compile("/Type\\s*/Page[^s]")
            .matcher(Files.readString(pdf, StandardCharsets.ISO_8859_1))
            .results()
            .count();
    assertThat(pages).isBetween(1L, 12L);
  }

  @Test
  void phone_nothingIsWiderThanTheScreen() throws Exception {
    assertFits(Chromium.PHONE);
  }

  @Test
  void desktop_nothingIsWiderThanTheWindow() throws Exception {
    assertFits(Chromium.DESKTOP);
  }

  @Test
  void probe_findsAnElementWiderThanThePhone() throws Exception {
    Path wide = DIR.resolve("probe-check.html");
    Files.writeString(
        wide,
        "<!DOCTYPE html><html><body><div class=\"wide\" style=\"width:600px\">x</div>"
            + Chromium.overflowProbe(Chromium.PHONE)
            + "</body></html>",
        StandardCharsets.UTF_8);
    Document dom = Jsoup.parse(Chromium.dumpDom(wide, Chromium.PHONE).stdout());
    assertThat(dom.body().attr("data-probe-wide")).contains("div.wide");
  }

  private static void assertFits(int width) throws Exception {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path probed = DIR.resolve("generated-probe-" + width + ".html");
    Files.writeString(
        probed,
        html.replace("</body>", Chromium.overflowProbe(width) + "</body>"),
        StandardCharsets.UTF_8);
    Chromium.Run run = Chromium.dumpDom(probed, width);
    assertThat(run.consoleMessages()).isEmpty();
    Document dom = Jsoup.parse(run.stdout());
    assertThat(dom.body().attr("data-probe-width")).isEqualTo(String.valueOf(width));
    assertThat(dom.body().attr("data-probe-wide"))
        .as("elements reaching past %d px", width)
        .isEmpty();
  }
}
