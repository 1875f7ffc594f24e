package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class PacePointTest {
  @Test
  void of_keepsElapsedAndExpected() {
    PacePoint p = PacePoint.of(Rational.of(1, 4), Rational.of(1, 10));
    assertThat(p.elapsed()).isEqualTo(Rational.of(1, 4));
    assertThat(p.expected()).isEqualTo(Rational.of(1, 10));
  }

  @Test
  void of_boundsZeroAndOneAccepted() {
    assertThat(PacePoint.of(Rational.ZERO, Rational.ONE).elapsed()).isEqualTo(Rational.ZERO);
    assertThat(PacePoint.of(Rational.ONE, Rational.ZERO).expected()).isEqualTo(Rational.ZERO);
  }

  @Test
  void of_elapsedOutsideUnitInterval_refused() {
    assertThatThrownBy(() -> PacePoint.of(Rational.of(3, 2), Rational.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("elapsed fraction (3/2) must be within [0, 1]");
    assertThatThrownBy(() -> PacePoint.of(Rational.of(-1, 4), Rational.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("elapsed fraction (-1/4) must be within [0, 1]");
  }

  @Test
  void of_expectedOutsideUnitInterval_refused() {
    assertThatThrownBy(() -> PacePoint.of(Rational.ONE, Rational.of(11, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected progress (11/10) must be within [0, 1]");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            PacePoint.of(Rational.of(1, 4), Rational.of(1, 4)),
            PacePoint.of(Rational.of(2, 8), Rational.of(3, 12)))
        .addEqualityGroup(PacePoint.of(Rational.of(1, 4), Rational.of(1, 2)))
        .addEqualityGroup(PacePoint.of(Rational.of(1, 2), Rational.of(1, 4)))
        .testEquals();
  }

  @Test
  void toString_arrow() {
    assertThat(PacePoint.of(Rational.of(1, 4), Rational.of(1, 4))).hasToString("(1/4 → 1/4)");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(PacePoint.class);
    CalcTesting.nullPointerTester()
        .testAllPublicInstanceMethods(PacePoint.of(Rational.ONE, Rational.ONE));
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(PacePoint.class);
  }

  @Test
  void hashCode_spreadsUnequalPoints() {
    assertHashesSpread(
        PacePoint.of(Rational.of(1, 4), Rational.of(1, 4)),
        PacePoint.of(Rational.of(1, 4), Rational.of(1, 2)),
        PacePoint.of(Rational.of(1, 2), Rational.of(1, 4)));
  }
}
