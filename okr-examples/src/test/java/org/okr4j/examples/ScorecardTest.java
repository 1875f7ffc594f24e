package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The scorecard example program. */
class ScorecardTest {
  @Test
  void printsTheDeckWithinOneHundredColumns() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Scorecard.run(new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("Technology Department, Q3 FY20 — Wikimedia Foundation\n")
        .contains("== Figure audit: 23 derived figures")
        .contains("mtp-tool-maintainers — ");
    assertThat(text.lines()).allMatch(l -> l.codePointCount(0, l.length()) <= 100);
  }
}
