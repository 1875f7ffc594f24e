package org.okr4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@SuppressWarnings("NullAway") // passes null on purpose
class ChecksTest {

  @Test
  void notNull_returnsTheValueOrNamesTheRole() {
    assertThat(Checks.notNull("x", "name")).isEqualTo("x");
    assertThatThrownBy(() -> Checks.notNull(null, "baseline"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseline must not be null");
  }

  @Test
  void noNullElements_namesTheIndex() {
    List<String> ok = List.of("a", "b");
    assertThat(Checks.noNullElements(ok, "parts")).isSameAs(ok);
    assertThatThrownBy(() -> Checks.noNullElements(Arrays.asList("a", null), "parts"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parts[1] must not be null");
    assertThatThrownBy(() -> Checks.noNullElements(null, "parts"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parts must not be null");
  }

  @Test
  void argument_formatsTheMessageInTheRootLocale() {
    Checks.argument(true, "never %s", "formatted");
    assertThatThrownBy(() -> Checks.argument(false, "weight (%s) must be >= %d", "-1", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight (-1) must be >= 0");
  }

  @Test
  void state_throwsIllegalState() {
    Checks.state(true, "fine");
    assertThatThrownBy(() -> Checks.state(false, "no %s yet", "check-in"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no check-in yet");
  }

  @Test
  void notBlank_quotesTheText() {
    assertThat(Checks.notBlank("id", "key result id")).isEqualTo("id");
    assertThatThrownBy(() -> Checks.notBlank(" \t", "title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title (\" \\u0009\") must not be blank");
    assertThatThrownBy(() -> Checks.notBlank(null, "title"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title must not be null");
  }

  @Test
  void positive_andNonNegative() {
    assertThat(Checks.positive(new BigDecimal("0.1"), "step")).isEqualByComparingTo("0.1");
    assertThatThrownBy(() -> Checks.positive(new BigDecimal("0.00"), "step"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step (0.00) must be > 0");
    assertThat(Checks.nonNegative(BigDecimal.ZERO, "weight")).isEqualByComparingTo("0");
    assertThatThrownBy(() -> Checks.nonNegative(new BigDecimal("-1E+2"), "weight"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight (-100) must be >= 0");
    assertThatThrownBy(() -> Checks.nonNegative(null, "weight"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("weight must not be null");
  }

  @Test
  void positive_passingHugeValue_doesNotPrintIt() {
    assertTimeoutPreemptively(
        Duration.ofMillis(500),
        () -> {
          Checks.positive(new BigDecimal("1e999999999"), "step");
          Checks.nonNegative(new BigDecimal("1e999999999"), "weight");
        });
  }

  @Test
  void quoted_shortTextIsQuotedWhole() {
    assertThat(Checks.quoted("FY2019/20 Q3")).isEqualTo("\"FY2019/20 Q3\"");
    assertThat(Checks.quoted(null)).isEqualTo("null");
  }

  @Test
  void quoted_longTextIsCutAndInvisibleCharactersAreEscaped() {
    assertThat(Checks.quoted("a\u0000b\u202Ec\u200Bd\ud800"))
        .isEqualTo("\"a\\u0000b\\u202Ec\\u200Bd\\uD800\"");
    assertThat(Checks.quoted("x".repeat(41))).isEqualTo("\"" + "x".repeat(37) + "...\"");
    assertThat(Checks.quoted("x".repeat(40))).isEqualTo("\"" + "x".repeat(40) + "\"");
    assertThat(Checks.quoted("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
  }

  @Test
  void loneSurrogate_findsTheFirstUnpairedHalf() {
    assertThat(Checks.loneSurrogate("plain")).isEqualTo(-1);
    assertThat(Checks.loneSurrogate("\uD83D\uDE00")).isEqualTo(-1);
    assertThat(Checks.loneSurrogate("t\ud800A")).isEqualTo(1);
    assertThat(Checks.loneSurrogate("ab\udc00")).isEqualTo(2);
    assertThat(Checks.loneSurrogate("a\ud800")).isEqualTo(1);
  }

  @Test
  void quoted_loneLowSurrogate_isEscapedAtTheStartAndAfterAnotherChar() {
    assertThat(Checks.quoted("\uDC00x")).isEqualTo("\"\\uDC00x\"");
    assertThat(Checks.quoted("a\uDC00")).isEqualTo("\"a\\uDC00\"");
  }

  @Test
  void wellFormed_loneSurrogateAtIndexZero_isRefused() {
    assertThatThrownBy(() -> Checks.wellFormed("\uDC00", "title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "title (\"\\uDC00\") holds a lone surrogate (U+DC00 at index 0): it is not valid"
                + " Unicode text");
    assertThat(Checks.wellFormed("\uD83D\uDE00", "title")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void notBlank_messageQuotesEscaped() {
    assertThatThrownBy(() -> Checks.notBlank(" \u2028 ", "title"))
        .hasMessage("title (\" \\u2028 \") must not be blank");
  }
}
