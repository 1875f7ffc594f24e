package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalLimitsTest {
  /** Far more than a bounds check needs, far less than expanding a billion digits takes. */
  private static final Duration INSTANTLY = Duration.ofMillis(500);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0.000",
        "999999999999999999",
        "-999999999999999999",
        "999999999999999999.999999999999999999",
        "0.000000000000000001",
        "-1E-18",
        "1E+17",
        "1.000000000000000000",
        "3.8",
        "2.389E+8"
      })
  void isWithinLimits_acceptedValues(String text) {
    BigDecimal value = new BigDecimal(text);
    assertThat(DecimalLimits.isWithinLimits(value)).isTrue();
    assertThat(DecimalLimits.check(value, "value")).isSameAs(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1000000000000000000",
        "-1E+18",
        "0.0000000000000000001",
        "1E-19",
        "1.0000000000000000001",
        "1.0000000000000000000",
        // Found by fuzzing: accepted once trailing zeros were stripped, then refused by the audit's
        // arithmetic as "decimal (1E-37) is outside the accepted range".
        "1.0000000000000000000000000000000000000",
        "1e999999999",
        "-1e999999999",
        "1e-999999999",
        "0E-999999999",
        "0E+999999999",
        "1E+2147483647",
        "1E-2147483647"
      })
  void isWithinLimits_refusedValues(String text) {
    BigDecimal value = new BigDecimal(text);
    assertThat(DecimalLimits.isWithinLimits(value)).isFalse();
  }

  @Test
  void isWithinLimits_decimalPlacesAreCountedAsWritten() {
    // 1 followed by 19 zeros after the point: numerically 1, but stated to 10^-19.
    assertThat(DecimalLimits.isWithinLimits(new BigDecimal(BigInteger.TEN.pow(19), 19))).isFalse();
    assertThat(DecimalLimits.isWithinLimits(new BigDecimal(BigInteger.TEN.pow(18), 18))).isTrue();
    assertThat(DecimalLimits.isWithinLimits(new BigDecimal(BigInteger.ZERO, 18))).isTrue();
    assertThat(DecimalLimits.isWithinLimits(new BigDecimal(BigInteger.ZERO, 19))).isFalse();
  }

  @Test
  void isWithinLimits_acceptedDecimalsAreAcceptedByRationalAndPrecision() {
    // What the limits accept, the arithmetic accepts: the figure and its stated precision.
    for (String text :
        new String[] {"1.000000000000000000", "999999999999999999", "1E+17", "-0.000"}) {
      BigDecimal value = new BigDecimal(text);
      assertThat(DecimalLimits.isWithinLimits(value)).isTrue();
      Precision precision = Precision.ofDigits(value);
      assertThat(Rational.of(precision.step().orElseThrow())).isNotNull();
      assertThat(Rational.of(value)).isNotNull();
    }
  }

  @Test
  void quantityOfAZeroWithAHugeScale_isRefused() {
    assertTimeoutPreemptively(
        INSTANTLY,
        () ->
            assertThatThrownBy(() -> Quantity.of(new BigDecimal("0E-999999999"), Unit.count()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value (0E-999999999) is outside the accepted range"));
  }

  @Test
  void check_hugeExponent_refusedInstantlyWithAbbreviatedValue() {
    BigDecimal hostile = new BigDecimal("1e999999999");
    assertTimeoutPreemptively(
        INSTANTLY,
        () ->
            assertThatThrownBy(() -> DecimalLimits.check(hostile, "baseline value"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                    "baseline value (1E+999999999) is outside the accepted range: at most 18 integer"
                        + " digits and 18 decimal places"));
  }

  @Test
  void check_manyDigits_messageIsAbbreviated() {
    BigDecimal long60 = new BigDecimal("1" + "0".repeat(59));
    assertThatThrownBy(() -> DecimalLimits.check(long60, "whole"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("whole (" + "1" + "0".repeat(36) + "...) is outside");
  }

  @Test
  void abbreviate_keepsShortTextAndCutsLongText() {
    assertThat(DecimalLimits.abbreviate(new BigDecimal("12.5"))).isEqualTo("12.5");
    String forty = "1".repeat(40);
    assertThat(DecimalLimits.abbreviate(new BigDecimal(forty))).isEqualTo(forty);
    assertThat(DecimalLimits.abbreviate(new BigDecimal(forty + "1")))
        .isEqualTo("1".repeat(37) + "...");
  }

  /**
   * Every public factory of the value layer that takes a decimal refuses hostile exponents of
   * either sign instantly, before any check that could print or expand the value.
   */
  @Test
  void publicFactories_refuseHugeExponentsInstantly() {
    List<Consumer<BigDecimal>> factories =
        List.of(
            v -> DecimalLimits.check(v, "value"),
            v -> Rational.of(v),
            Precision::toNearest,
            Precision::ofDigits,
            v -> Precision.exact().intervalAround(v),
            Unit::scoreOutOf,
            v -> Quantity.of(v, Unit.count()),
            v -> Quantity.exact(v, Unit.count()),
            v -> Quantity.exact(1, Unit.count()).withValue(v));
    for (String text :
        List.of("1e999999999", "-1e999999999", "1e-999999999", "-1e-999999999", "0E-999999999")) {
      BigDecimal hostile = new BigDecimal(text);
      for (int i = 0; i < factories.size(); i++) {
        Consumer<BigDecimal> factory = factories.get(i);
        int index = i;
        assertTimeoutPreemptively(
            INSTANTLY,
            () ->
                assertThatThrownBy(() -> factory.accept(hostile))
                    .as("factory %d given %s", index, text)
                    .isInstanceOf(IllegalArgumentException.class),
            () -> "factory " + index + " took too long on " + text);
      }
    }
  }

  @Test
  void constants() {
    assertThat(DecimalLimits.MAX_INTEGER_DIGITS).isEqualTo(18);
    assertThat(DecimalLimits.MAX_DECIMAL_PLACES).isEqualTo(18);
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    new NullPointerTester()
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .testAllPublicStaticMethods(DecimalLimits.class);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void check_nullValue_namesTheRole() {
    assertThatThrownBy(() -> DecimalLimits.check(null, "baseline value"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseline value must not be null");
  }
}
