package org.okr4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

class FigureFormatterTest {
  private static final FigureFormatter EN = FigureFormatter.english();

  private static Quantity q(String value, Unit unit, String step) {
    return Quantity.of(new BigDecimal(value), unit, Precision.toNearest(new BigDecimal(step)));
  }

  @Test
  void magnitudes_endOnTheStatedDigit() {
    assertThat(EN.format(q("1310000", Unit.of("USD"), "10000"))).isEqualTo("$1.31M");
    assertThat(EN.format(q("238900000", Unit.count(), "100000"))).isEqualTo("238.9M");
    assertThat(EN.format(q("20583000000", Unit.count(), "1000000"))).isEqualTo("20,583M");
    assertThat(EN.format(q("1230", Unit.count(), "10"))).isEqualTo("1.23k");
    assertThat(EN.format(q("50000000", Unit.count(), "10000000"))).isEqualTo("0.05B");
    assertThat(EN.format(q("-1200000", Unit.of("EUR"), "100000"))).isEqualTo("-\u20ac1.2M");
  }

  @Test
  void digitsThatCannotStateThePrecision_getAMarker() {
    assertThat(EN.format(Quantity.exact(1134, Unit.count("code reviews"))))
        .isEqualTo("1,134 code reviews (exact)");
    assertThat(EN.format(q("3.75", Unit.count(), "0.25"))).isEqualTo("3.75 (to the nearest 0.25)");
    assertThat(EN.format(q("238900000", Unit.count(), "20000")))
        .isEqualTo("238,900,000 (to the nearest 20,000)");
    assertThat(EN.format(q("20000000000", Unit.count(), "10000000000")))
        .isEqualTo("20,000,000,000 (to the nearest 10,000,000,000)");
  }

  @Test
  void units_andLocales() {
    assertThat(EN.format(q("24.9", Unit.percent(), "0.1"))).isEqualTo("24.9%");
    assertThat(EN.format(q("3.4", Unit.scoreOutOf(5), "0.1"))).isEqualTo("3.4/5");
    assertThat(EN.format(q("17", Unit.days(), "1"))).isEqualTo("17 days");
    assertThat(EN.format(q("9.31", Unit.minutes(), "0.01"))).isEqualTo("9.31 minutes");
    assertThat(EN.format(q("11.9", Unit.of("pp"), "0.1"))).isEqualTo("11.9 pp");
    assertThat(EN.format(q("2", Unit.of("x"), "1"))).isEqualTo("2x");
    assertThat(EN.format(q("5", Unit.of("CHF"), "1"))).isEqualTo("5 CHF");
    assertThat(EN.format(q("0.249", Unit.ratio(), "0.001"))).isEqualTo("0.249");
    FigureFormatter de = FigureFormatter.of(Locale.GERMANY);
    assertThat(de.format(q("1234.5", Unit.count(), "0.1"))).isEqualTo("1.234,5");
    assertThat(de.format(q("2.1", Unit.scoreOutOf(new BigDecimal("2.5")), "0.1")))
        .isEqualTo("2,1/2,5");
    assertThat(FigureFormatter.of(Locale.FRANCE).format(q("1234567", Unit.count(), "1")))
        .isEqualTo("1\u202f234\u202f567");
    assertThat(de.locale()).isEqualTo(Locale.GERMANY);
    assertThat(de.toString()).isEqualTo("FigureFormatter[de-DE]");
  }

  @Test
  void nulls_areRefused() {
    NullPointerTester tester = new NullPointerTester().setDefault(Locale.class, Locale.ENGLISH);
    tester.testAllPublicStaticMethods(FigureFormatter.class);
    tester.testAllPublicInstanceMethods(EN);
  }

  @Test
  void zero_isPrintedWithoutASign() {
    FigureFormatter english = FigureFormatter.english();
    assertThat(english.format(Quantity.exact(0, Unit.count()))).isEqualTo("0 (exact)");
    assertThat(english.format(Quantity.exact(-3, Unit.count()))).isEqualTo("-3 (exact)");
  }
}
