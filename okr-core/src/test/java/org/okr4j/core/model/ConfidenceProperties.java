package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.model.Confidence.Level;
import org.okr4j.core.model.Confidence.Scale;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.GeneratorCoverage;

/** Conversions between confidence scales keep the fraction, and round-trip where they can. */
class ConfidenceProperties {
  @Property
  void fractionAndTen_roundTripExactly(
      @ForAll @IntRange(min = 0, max = 10_000) int tenThousandths) {
    Confidence f = Confidence.ofFraction(BigDecimal.valueOf(tenThousandths, 4));
    Confidence t = f.to(Scale.OUT_OF_TEN);
    assertThat(t.toFraction()).isEqualTo(f.toFraction());
    assertThat(t.to(Scale.FRACTION)).isEqualTo(f);
    Confidence ten = Confidence.outOfTen(BigDecimal.valueOf(tenThousandths, 3));
    assertThat(ten.to(Scale.FRACTION).to(Scale.OUT_OF_TEN)).isEqualTo(ten);
  }

  @Property
  void threeStates_roundTripThroughEitherNumber(@ForAll Level level, @ForAll Scale via) {
    Confidence c = Confidence.of(level);
    assertThat(c.to(via).to(Scale.THREE_STATES)).isEqualTo(c);
  }

  @Property
  void toThreeStates_isTheBandOfThirds(@ForAll @IntRange(min = 0, max = 1000) int thousandths) {
    Confidence f = Confidence.ofFraction(BigDecimal.valueOf(thousandths, 3));
    // Independent: compare 3 × thousandths with 1000 and 2000.
    Level expected =
        3 * thousandths < 1000 ? Level.LOW : 3 * thousandths < 2000 ? Level.MEDIUM : Level.HIGH;
    assertThat(f.level()).isEqualTo(expected);
    Confidence back = f.to(Scale.THREE_STATES).to(Scale.FRACTION);
    boolean roundTrips = back.equals(f);
    assertThat(roundTrips).isEqualTo(thousandths == 0 || thousandths == 500 || thousandths == 1000);
    assertThat(back.toFraction()).isIn(Rational.ZERO, Rational.of(1, 2), Rational.ONE);
    GeneratorCoverage.label("level").collect(expected);
    GeneratorCoverage.label("level").coverage(c -> c.check(Level.HIGH).percentage(p -> p > 5));
  }
}
