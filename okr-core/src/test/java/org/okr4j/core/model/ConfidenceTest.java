package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Confidence.Level;
import org.okr4j.core.model.Confidence.Scale;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class ConfidenceTest {
  private static Confidence fraction(String v) {
    return Confidence.ofFraction(new BigDecimal(v));
  }

  private static Confidence ten(String v) {
    return Confidence.outOfTen(new BigDecimal(v));
  }

  @Test
  void fraction_toTenAndBack() {
    Confidence c = fraction("0.7");
    assertThat(c.scale()).isEqualTo(Scale.FRACTION);
    assertThat(c.number()).isEqualByComparingTo("0.7");
    assertThat(c.toFraction()).isEqualTo(Rational.of(7, 10));
    assertThat(c.to(Scale.OUT_OF_TEN)).isEqualTo(ten("7"));
    assertThat(c.to(Scale.OUT_OF_TEN).to(Scale.FRACTION)).isEqualTo(c);
    assertThat(c.to(Scale.FRACTION)).isSameAs(c);
    assertThat(ten("7.5").to(Scale.FRACTION)).isEqualTo(fraction("0.75"));
  }

  @Test
  void threeStates_areZeroHalfAndOne() {
    assertThat(Confidence.of(Level.LOW).toFraction()).isEqualTo(Rational.ZERO);
    assertThat(Confidence.of(Level.MEDIUM).toFraction()).isEqualTo(Rational.of(1, 2));
    assertThat(Confidence.of(Level.HIGH).toFraction()).isEqualTo(Rational.ONE);
    assertThat(Confidence.of(Level.MEDIUM).to(Scale.OUT_OF_TEN)).isEqualTo(ten("5"));
    assertThat(Confidence.of(Level.HIGH).to(Scale.FRACTION)).isEqualTo(fraction("1"));
    assertThat(Confidence.of(Level.HIGH).number()).isEqualByComparingTo("2");
    assertThat(Confidence.of(Level.HIGH).scale()).isEqualTo(Scale.THREE_STATES);
  }

  @Test
  void toThreeStates_bandsOfThirds_lowerEndsIncluded() {
    // 1/3 and 2/3 are not terminating; on the ten-point scale 3.3 is below 1/3, 3.4 above.
    assertThat(ten("3.3").level()).isEqualTo(Level.LOW);
    assertThat(ten("3.4").level()).isEqualTo(Level.MEDIUM);
    assertThat(fraction("0.6666").level()).isEqualTo(Level.MEDIUM);
    assertThat(fraction("0.6667").level()).isEqualTo(Level.HIGH);
    assertThat(fraction("0").to(Scale.THREE_STATES)).isEqualTo(Confidence.of(Level.LOW));
    assertThat(fraction("1").to(Scale.THREE_STATES)).isEqualTo(Confidence.of(Level.HIGH));
    // Lossy: 0.4 is medium, and medium is 0.5.
    assertThat(fraction("0.4").to(Scale.THREE_STATES).to(Scale.FRACTION))
        .isEqualTo(fraction("0.5"));
  }

  @Test
  void outOfRange_isRefused() {
    assertThatThrownBy(() -> fraction("1.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence (1.01) must be within [0, 1]");
    assertThatThrownBy(() -> ten("-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence (-1) must be within [0, 10]");
    assertThat(ten("10").toFraction()).isEqualTo(Rational.ONE);
    assertThat(fraction("0").toFraction()).isEqualTo(Rational.ZERO);
  }

  @Test
  void equalsIsNumericWithinAScale() {
    new EqualsTester()
        .addEqualityGroup(fraction("0.7"), fraction("0.70"))
        .addEqualityGroup(ten("7"), ten("7.0"))
        .addEqualityGroup(Confidence.of(Level.HIGH))
        .testEquals();
    assertThat(fraction("0.7")).hasToString("0.7");
    assertThat(ten("7")).hasToString("7/10");
    assertThat(Confidence.of(Level.LOW)).hasToString("LOW");
  }

  @Test
  void nulls_andImmutability() {
    new NullPointerTester().testAllPublicStaticMethods(Confidence.class);
    new NullPointerTester().testAllPublicInstanceMethods(fraction("0.5"));
    CalcTesting.assertImmutableClass(Confidence.class);
  }

  @Test
  void hashCode_spreadsUnequalConfidences() {
    assertHashesSpread(
        fraction("0.7"),
        fraction("0.3"),
        ten("7"),
        Confidence.of(Level.HIGH),
        Confidence.of(Level.LOW));
  }
}
