package org.okr4j.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Rational;

class HtmlTest {

  @Test
  void esc_script_becomesText() {
    assertThat(Html.esc("<script>alert('x')</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void esc_ampersandAndQuotes() {
    assertThat(Html.esc("a & b")).isEqualTo("a &amp; b");
    assertThat(Html.esc("\"quoted\" it's")).isEqualTo("&quot;quoted&quot; it&#39;s");
    assertThat(Html.esc("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void esc_plainText_unchangedAndNotCopied() {
    String plain = "41.49% done — où ✓";
    assertThat(Html.esc(plain)).isSameAs(plain);
    assertThat(Html.esc("")).isEmpty();
  }

  @Test
  void esc_markupAtTheEnds() {
    assertThat(Html.esc("<")).isEqualTo("&lt;");
    assertThat(Html.esc("x>")).isEqualTo("x&gt;");
    assertThat(Html.esc(">x<")).isEqualTo("&gt;x&lt;");
  }

  @Test
  void cssPercent_roundsHalfUpToTwoDecimals_withoutTrailingZeros() {
    // 39/94 = 0.414893… → 41.49%
    assertThat(Html.cssPercent(Rational.of(39, 94))).isEqualTo("41.49%");
    assertThat(Html.cssPercent(Rational.ONE)).isEqualTo("100%");
    assertThat(Html.cssPercent(Rational.ZERO)).isEqualTo("0%");
    assertThat(Html.cssPercent(Rational.of(1, 2))).isEqualTo("50%");
    assertThat(Html.cssPercent(Rational.of(1, 200))).isEqualTo("0.5%");
    // 1/80000 = 0.00125% → 0.00%; 1/8000 = 0.0125% → 0.01% (half up)
    assertThat(Html.cssPercent(Rational.of(1, 80000))).isEqualTo("0%");
    assertThat(Html.cssPercent(Rational.of(1, 8000))).isEqualTo("0.01%");
    // 19999/20000 = 99.995% → 100% (half up)
    assertThat(Html.cssPercent(Rational.of(19999, 20000))).isEqualTo("100%");
  }

  @Test
  void words_andCssName() {
    assertThat(Html.words("CONSISTENT_UNDER_ROUNDING")).isEqualTo("consistent under rounding");
    assertThat(Html.cssName("CONSISTENT_UNDER_ROUNDING")).isEqualTo("consistent-under-rounding");
  }

  @Test
  void anchor_escapesTheId() {
    assertThat(Html.anchor("o", "a\"b")).isEqualTo("o-a&quot;b");
  }
}
