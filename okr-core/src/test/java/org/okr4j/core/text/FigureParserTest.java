package org.okr4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

class FigureParserTest {
  private static final FigureParser EN = FigureParser.english();
  private static final FigureParser DE = FigureParser.of(Locale.GERMANY);
  private static final FigureParser FR = FigureParser.of(Locale.FRANCE);

  private static Quantity q(String value, Unit unit, String step) {
    return Quantity.of(new BigDecimal(value), unit, Precision.toNearest(new BigDecimal(step)));
  }

  private static ParsedFigure en(String text) {
    return EN.parse(text);
  }

  @Test
  void magnitudeSuffixes_shiftThePrecision() {
    assertThat(en("$1.31MM").value()).isEqualTo(q("1310000", Unit.of("USD"), "10000"));
    assertThat(en("20.583 billion").value()).isEqualTo(q("20583000000", Unit.count(), "1000000"));
    assertThat(en("238.9M").value()).isEqualTo(q("238900000", Unit.count(), "100000"));
    assertThat(en("60M").value()).isEqualTo(q("60000000", Unit.count(), "1000000"));
    assertThat(en("12k").value()).isEqualTo(q("12000", Unit.count(), "1000"));
    assertThat(en("1.5K").value()).isEqualTo(q("1500", Unit.count(), "100"));
    assertThat(en("2 bn").value()).isEqualTo(q("2000000000", Unit.count(), "1000000000"));
    assertThat(en("3.2B").value()).isEqualTo(q("3200000000", Unit.count(), "100000000"));
    assertThat(en("4 thousand").value()).isEqualTo(q("4000", Unit.count(), "1000"));
    assertThat(en("7.25 Million").value()).isEqualTo(q("7250000", Unit.count(), "10000"));
  }

  @Test
  void grouping_englishGermanFrench() {
    assertThat(en("74,549").value()).isEqualTo(q("74549", Unit.count(), "1"));
    assertThat(en("1,234.56").value()).isEqualTo(q("1234.56", Unit.count(), "0.01"));
    assertThat(DE.parse("1.234,5").value()).isEqualTo(q("1234.5", Unit.count(), "0.1"));
    assertThat(DE.parse("24,9 %").value()).isEqualTo(q("24.9", Unit.percent(), "0.1"));
    assertThat(FR.parse("1 234,5").value()).isEqualTo(q("1234.5", Unit.count(), "0.1"));
    assertThat(FR.parse("1\u00a0234\u202f567").value()).isEqualTo(q("1234567", Unit.count(), "1"));
    assertThat(FR.locale()).isEqualTo(Locale.FRANCE);
  }

  @Test
  void grouping_wrongGroupSize_isRefusedWithPositionAndRule() {
    assertThatThrownBy(() -> en("1,5"))
        .isInstanceOf(FigureParseException.class)
        .hasMessage(
            "cannot read \"1,5\" as a figure at position 2: a digit group after ',' has three"
                + " digits, found 1");
    FigureParseException e = (FigureParseException) catchThrowable(() -> en("1234,567"));
    assertThat(e.index()).isZero();
    assertThat(e.rule()).isEqualTo("at most three digits come before the first grouping separator");
    assertThat(e.text()).isEqualTo("1234,567");
    assertThatThrownBy(() -> DE.parse("1.5")).isInstanceOf(FigureParseException.class);
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }

  @Test
  void signs_hyphenUnicodeMinusPlusAndAccountingParentheses() {
    assertThat(en("-10%").value()).isEqualTo(q("-10", Unit.percent(), "1"));
    assertThat(en("\u22121.4%").value()).isEqualTo(q("-1.4", Unit.percent(), "0.1"));
    assertThat(en("+25").value()).isEqualTo(q("25", Unit.count(), "1"));
    assertThat(en("(7,481,182)").value()).isEqualTo(q("-7481182", Unit.count(), "1"));
    assertThat(en("($1.2M)").value()).isEqualTo(q("-1200000", Unit.of("USD"), "100000"));
    assertThat(en("-$5").value()).isEqualTo(q("-5", Unit.of("USD"), "1"));
    assertThat(en("$-5").value()).isEqualTo(q("-5", Unit.of("USD"), "1"));
    assertThatThrownBy(() -> en("(-5)")).hasMessageContaining("accounting parentheses has no sign");
    assertThatThrownBy(() -> en("(5")).hasMessageContaining("closed after the figure");
  }

  @Test
  void percentPointsScalesAndMultiples() {
    assertThat(en("24.9%").value()).isEqualTo(q("24.9", Unit.percent(), "0.1"));
    assertThat(en("24.9 percent").value()).isEqualTo(q("24.9", Unit.percent(), "0.1"));
    assertThat(en("+11.9 pp").value()).isEqualTo(q("11.9", Unit.of("pp"), "0.1"));
    assertThat(en("2 percentage points").value()).isEqualTo(q("2", Unit.of("pp"), "1"));
    assertThat(en("-8 points").value()).isEqualTo(q("-8", Unit.of("points"), "1"));
    assertThat(en("3.4/5").value()).isEqualTo(q("3.4", Unit.scoreOutOf(5), "0.1"));
    assertThat(en("3.8 / 5").value()).isEqualTo(q("3.8", Unit.scoreOutOf(5), "0.1"));
    assertThat(en("7/10").value()).isEqualTo(q("7", Unit.scoreOutOf(10), "1"));
    assertThat(en("2x").value()).isEqualTo(q("2", Unit.of("x"), "1"));
    assertThat(en("1.5\u00d7").value()).isEqualTo(q("1.5", Unit.of("x"), "0.1"));
    assertThatThrownBy(() -> en("4.18/10%")).hasMessageContaining("unexpected text after");
    assertThatThrownBy(() -> en("3/0")).hasMessageContaining("position 1");
    assertThatThrownBy(() -> en("2 x")).hasMessageContaining("position 2");
  }

  @Test
  void currencies_symbolsAndIsoCodes() {
    assertThat(en("\u20ac5").value().unit()).isEqualTo(Unit.of("EUR"));
    assertThat(en("\u00a35").value().unit()).isEqualTo(Unit.of("GBP"));
    assertThat(en("\u00a5500").value().unit()).isEqualTo(Unit.of("JPY"));
    assertThat(en("US$3").value().unit()).isEqualTo(Unit.of("USD"));
    assertThat(en("USD 1.31M").value()).isEqualTo(q("1310000", Unit.of("USD"), "10000"));
    assertThat(en("5 CHF").value()).isEqualTo(q("5", Unit.of("CHF"), "1"));
    assertThatThrownBy(() -> en("$5 days")).hasMessageContaining("has one unit");
  }

  @ParameterizedTest
  @CsvSource({
    "21 days, days",
    "1 day, days",
    "13.2 mins, minutes",
    "1 min, minutes",
    "12 minutes, minutes",
    "1 minute, minutes",
    "3 hours, hours",
    "1 hour, hours",
    "2 hrs, hours",
    "1 hr, hours"
  })
  void durationWords(String text, String unit) {
    assertThat(en(text).value().unit()).isEqualTo(Unit.of(unit));
  }

  @Test
  void metricUnit_givesUnprintedFiguresTheirUnitAndReadsItsSymbol() {
    Unit maintainers = Unit.count("maintainers");
    assertThat(EN.parse("1880 maintainers", maintainers).value())
        .isEqualTo(q("1880", maintainers, "1"));
    assertThat(EN.parse("1919", maintainers).value().unit()).isEqualTo(maintainers);
    assertThat(EN.parse("3.4", Unit.scoreOutOf(5)).value().unit()).isEqualTo(Unit.scoreOutOf(5));
    assertThat(EN.parse("5 MB", Unit.of("MB")).value().unit()).isEqualTo(Unit.of("MB"));
    assertThat(EN.parse("5%", Unit.percent()).value().unit()).isEqualTo(Unit.percent());
    assertThatThrownBy(() -> en("1880 maintainers")).hasMessageContaining("position 5");
  }

  @Test
  void comparisons() {
    assertThat(en("<13.2 mins").comparison()).isEqualTo(Comparison.LESS_THAN);
    assertThat(en("< 1%").comparison()).isEqualTo(Comparison.LESS_THAN);
    assertThat(en("\u2264 5").comparison()).isEqualTo(Comparison.AT_MOST);
    assertThat(en("<=5").comparison()).isEqualTo(Comparison.AT_MOST);
    assertThat(en(">5").comparison()).isEqualTo(Comparison.GREATER_THAN);
    assertThat(en("\u22655").comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(en(">= 5").comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(en("at least 3").comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(en("At most 3").comparison()).isEqualTo(Comparison.AT_MOST);
    assertThat(en("up to 3").comparison()).isEqualTo(Comparison.AT_MOST);
    assertThat(en("no more than 3").comparison()).isEqualTo(Comparison.AT_MOST);
    assertThat(en("under 10 days").comparison()).isEqualTo(Comparison.LESS_THAN);
    assertThat(en("below 10").comparison()).isEqualTo(Comparison.LESS_THAN);
    assertThat(en("less than 10").comparison()).isEqualTo(Comparison.LESS_THAN);
    assertThat(en("fewer than 10").comparison()).isEqualTo(Comparison.LESS_THAN);
    assertThat(en("over 10").comparison()).isEqualTo(Comparison.GREATER_THAN);
    assertThat(en("above 10").comparison()).isEqualTo(Comparison.GREATER_THAN);
    assertThat(en("more than 10").comparison()).isEqualTo(Comparison.GREATER_THAN);
    ParsedFigure lt = en("<13.2 mins");
    assertThat(lt.value()).isEqualTo(q("13.2", Unit.minutes(), "0.1"));
    assertThat(lt.isPlain()).isFalse();
    assertThat(lt.text()).isEqualTo("<13.2 mins");
  }

  @Test
  void approximateMarkers_keepThePrecisionOfTheDigits() {
    for (String marker :
        new String[] {
          "~",
          "\u2248",
          "approximately ",
          "approx. ",
          "approx ",
          "about ",
          "around ",
          "roughly ",
          "circa "
        }) {
      ParsedFigure f = en(marker + "$0.36MM");
      assertThat(f.approximate()).as(marker).isTrue();
      assertThat(f.value()).isEqualTo(q("360000", Unit.of("USD"), "10000"));
    }
    ParsedFigure both = en("~ under 5");
    assertThat(both.approximate()).isTrue();
    assertThat(both.comparison()).isEqualTo(Comparison.LESS_THAN);
    assertThat(en("under ~5").approximate()).isTrue();
  }

  @Test
  void ranges_firstEndTakesTheUnitAndMagnitudeOfTheSecond() {
    ParsedFigure r = en("5\u201310%");
    assertThat(r.isRange()).isTrue();
    assertThat(r.value()).isEqualTo(q("5", Unit.percent(), "1"));
    assertThat(r.rangeEnd()).contains(q("10", Unit.percent(), "1"));
    assertThat(en("10-20%").rangeEnd()).contains(q("20", Unit.percent(), "1"));
    assertThat(en("1.5\u20142M").value()).isEqualTo(q("1500000", Unit.count(), "100000"));
    assertThat(en("3 to 4 days").value()).isEqualTo(q("3", Unit.days(), "1"));
    assertThat(en("$1M \u2013 $2M").rangeEnd()).contains(q("2000000", Unit.of("USD"), "1000000"));
    assertThat(en("USD 1 - USD 2").rangeEnd()).contains(q("2", Unit.of("USD"), "1"));
    assertThatThrownBy(() -> en("5 - ")).hasMessageContaining("position 2: unexpected text");
    assertThatThrownBy(() -> en("10\u20135%")).hasMessageContaining("ends at or above its start");
    assertThatThrownBy(() -> en("<5\u201310%")).hasMessageContaining("takes no comparison");
    assertThatThrownBy(() -> en("5% \u2013 10 days"))
        .hasMessageContaining("both ends of a range have one unit");
    assertThat(en("1.5kx").value()).isEqualTo(q("1500", Unit.of("x"), "100"));
    assertThatThrownBy(() -> en("2kg")).hasMessageContaining("position 1: unexpected text");
  }

  @Test
  void precisionMarkersAndExactCounts() {
    assertThat(en("1,134 (exact)").value()).isEqualTo(Quantity.exact(1134, Unit.count()));
    assertThat(en("3.75 (to the nearest 0.25)").value())
        .isEqualTo(
            Quantity.of(
                new BigDecimal("3.75"), Unit.count(), Precision.toNearest(new BigDecimal("0.25"))));
    assertThatThrownBy(() -> en("3 (to the nearest 0)")).hasMessageContaining("greater than zero");
    assertThatThrownBy(() -> en("3 (to the nearest 1")).hasMessageContaining("ends with ')'");
    assertThatThrownBy(() -> en("3 (to the nearest 0.0000000000000000001)"))
        .isInstanceOf(FigureParseException.class);
    FigureParser exact = EN.withExactCounts();
    assertThat(exact.withExactCounts()).isSameAs(exact);
    assertThat(exact.readsExactCounts()).isTrue();
    assertThat(EN.readsExactCounts()).isFalse();
    assertThat(exact.parse("1134").value()).isEqualTo(Quantity.exact(1134, Unit.count()));
    assertThat(exact.parse("1134 maintainers", Unit.count("maintainers")).value().isExact())
        .isTrue();
    assertThat(exact.parse("11.5").value().isExact()).isFalse();
    assertThat(exact.parse("12k").value().isExact()).isFalse();
    assertThat(exact.parse("~12").value().isExact()).isFalse();
    assertThat(exact.parse("12%").value().isExact()).isFalse();
  }

  @Test
  void refusals_nameTheRule() {
    assertThatThrownBy(() -> en("")).hasMessageContaining("position 0: expected a digit");
    assertThatThrownBy(() -> en("abc")).hasMessageContaining("expected a digit");
    assertThatThrownBy(() -> en(".5")).hasMessageContaining("expected a digit");
    assertThatThrownBy(() -> en("1e5")).hasMessageContaining("unexpected text after the figure");
    assertThatThrownBy(() -> en("5 5")).hasMessageContaining("unexpected text");
    assertThatThrownBy(() -> en("1".repeat(41))).hasMessageContaining("at most 40 digits");
    assertThatThrownBy(() -> en("0." + "1".repeat(41))).hasMessageContaining("at most 40 digits");
    // Found by the mutation work: past 18 digits the precision of the digits was refused outside
    // the parser's own exception.
    assertThatThrownBy(() -> en("1".repeat(19)))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("outside the accepted range");
    assertThatThrownBy(() -> en("1".repeat(19) + " reviews"))
        .isInstanceOf(FigureParseException.class);
    assertThatThrownBy(() -> en("1".repeat(201)))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("at most 200 characters")
        .hasMessageContaining("...");
    assertThatThrownBy(() -> FigureParser.of(Locale.forLanguageTag("ar-EG-u-nu-arab")))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(FigureParseException.class);
  }

  @Test
  void surroundingSpacesAreIgnored_andTheTextIsKept() {
    ParsedFigure f = en("  61%  ");
    assertThat(f.text()).isEqualTo("61%");
    assertThat(f.isPlain()).isTrue();
    assertThat(FigureParser.of(Locale.UK).locale()).isEqualTo(Locale.UK);
  }

  @Test
  void nulls_areRefused() {
    NullPointerTester tester = new NullPointerTester().setDefault(Locale.class, Locale.ENGLISH);
    tester.testAllPublicStaticMethods(FigureParser.class);
    tester.testAllPublicInstanceMethods(EN);
  }

  @Test
  void swissApostropheGrouping() {
    FigureParser ch = FigureParser.of(Locale.forLanguageTag("de-CH"));
    assertThat(ch.parse("1'234.5").value()).isEqualTo(q("1234.5", Unit.count(), "0.1"));
    assertThat(ch.parse("1\u2019234").value()).isEqualTo(q("1234", Unit.count(), "1"));
  }

  @Test
  void agreesWithQuantityParse_onItsForms() {
    for (String s : new String[] {"238.9M", "60M", "-3.8", "+12k", "5K", "2B", "1.25bn", "0"}) {
      assertThat(en(s).value()).as(s).isEqualTo(Quantity.parse(s, Unit.count()));
    }
  }

  @Test
  void parseException_namesThePositionAndQuotesUpToSixtyCharacters() {
    FigureParseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            FigureParseException.class, () -> FigureParser.english().parse("1,5"));
    assertThat(e.index()).isEqualTo(2);
    assertThat(e.text()).isEqualTo("1,5");
    String sixty = "x".repeat(60);
    assertThat(new FigureParseException(sixty, 0, "r").getMessage())
        .isEqualTo("cannot read \"" + sixty + "\" as a figure at position 0: r");
    assertThat(new FigureParseException(sixty + "y", 0, "r").getMessage())
        .isEqualTo("cannot read \"" + "x".repeat(57) + "...\" as a figure at position 0: r");
  }

  @Test
  void rangeEndingAtItsStart_isARange() {
    // "a range ends at or above its start": 5-5 ends at its start.
    ParsedFigure f = en("5-5");
    assertThat(f.value().value()).isEqualByComparingTo("5");
    assertThat(f.rangeEnd().map(Quantity::value))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
  }

  @Test
  void accountingParentheses_allowSpacesInside() {
    assertThat(en("( 5)").value().value()).isEqualByComparingTo("-5");
    assertThat(en("(5 )").value().value()).isEqualByComparingTo("-5");
  }

  @Test
  void pointWithoutDigitsAfterIt_isNotPartOfTheFigure() {
    assertThatThrownBy(() -> en("5."))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("unexpected text after the figure");
  }

  @Test
  void fortyDigits_areReadAndLeftToTheLimits_fortyOneAreRefused() {
    // 40 digits pass the scanner's digit limit and then fail the 18 integer digits of
    // DecimalLimits; 41 fail the digit limit itself.
    assertThatThrownBy(() -> en("1".repeat(40))).hasMessageContaining("outside the accepted range");
    assertThatThrownBy(() -> en("1".repeat(41)))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("a figure has at most 40 digits before or after its point");
  }

  @Test
  void textOfTheMaximumLength_isRead() {
    String text = "5" + " ".repeat(FigureParser.MAX_LENGTH - 1);
    assertThat(text).hasSize(FigureParser.MAX_LENGTH);
    assertThat(en(text).value().value()).isEqualByComparingTo("5");
    assertThatThrownBy(() -> en(text + " "))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("a figure is at most 200 characters long");
  }

  @Test
  void slashWithNothingAfterIt_isNoScale() {
    assertThatThrownBy(() -> en("5/"))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("unexpected text after the figure");
  }

  @Test
  void currencyAndTheMetricsSymbol_areTwoUnits() {
    assertThatThrownBy(() -> EN.parse("$5 USD", Unit.of("USD")))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("a figure has one unit");
  }

  @Test
  void precisionMarker_isPartOfTheFiguresText() {
    assertThat(en("3.75 (to the nearest 0.25)").text()).isEqualTo("3.75 (to the nearest 0.25)");
    assertThat(en("12 (exact)").text()).isEqualTo("12 (exact)");
  }

  @Test
  void groupingSeparatorAtTheEnd_isNotPartOfTheFigure() {
    assertThatThrownBy(() -> en("5,"))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("unexpected text after the figure");
  }

  @Test
  void leadingSpacesBeforeAComparison_areSkipped() {
    ParsedFigure f = en(" <5");
    assertThat(f.comparison()).isEqualTo(Comparison.LESS_THAN);
    assertThat(f.value().value()).isEqualByComparingTo("5");
    assertThat(f.text()).isEqualTo("<5");
  }
}
