package org.okr4j.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.Reports;
import org.okr4j.report.Scorecard;

class TerminalRendererTest {
  private static final Scorecard CARD = Scorecard.evaluate(Reports.monthly());

  static int columns(String line) {
    return line.codePointCount(0, line.length());
  }

  /** The text without white space: wrapping may move spaces, never drop or add a character. */
  static String ink(String s) {
    return s.replaceAll("\\s+", "");
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 100, 160})
  void everyLineFitsTheWidth(int width) {
    String text = TerminalRenderer.of(width, false).render(CARD);
    assertThat(text.lines()).allSatisfy(l -> assertThat(columns(l)).isLessThanOrEqualTo(width));
    assertThat(text).doesNotContain("\u001b[");
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 100, 160})
  void neverCutsAValue(int width) {
    String text = ink(TerminalRenderer.of(width, false).render(CARD));
    for (KeyResultCard k : CARD.keyResults()) {
      assertThat(text)
          .contains(ink(k.keyResult().statement()))
          .contains(ink(k.progressText()))
          .contains(ink(k.changeVsBaselineText()))
          .contains(ink(k.changeVsPreviousText()))
          .contains(ink(k.baselineText()));
      k.derived().forEach(d -> assertThat(text).contains(ink(d.brief())));
    }
  }

  @Test
  void moneyCountsAndDurationsAreFormatted() {
    String text = TerminalRenderer.of(100, false).render(CARD);
    assertThat(text)
        .contains("$5,000,000")
        .contains("revenue-february — Raise $6.58MM in February")
        .contains("1,880 maintainers")
        .contains("20 days")
        .contains("2020-02: $6,000,000 ◂");
  }

  @Test
  void colour_onlyWhenAsked_andTakesNoWidth() {
    String plain = TerminalRenderer.of(80, false).render(CARD);
    String coloured = TerminalRenderer.of(80, true).render(CARD);
    assertThat(coloured)
        .contains("\u001b[1;31mRED\u001b[0m")
        .contains("\u001b[1;32mGREEN\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void tooNarrow_isRefused() {
    assertThatThrownBy(() -> TerminalRenderer.of(39, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terminal width (39) must be at least 40");
  }

  @Test
  void wrap_splitsAWordLongerThanTheLine_keepingEveryCharacter() {
    String word = "x".repeat(95);
    List<String> lines = Wrap.lines("short " + word + " end", 40, "> ", "  ");
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    assertThat(ink(String.join("", lines))).isEqualTo(">short" + word + "end");
  }
}
