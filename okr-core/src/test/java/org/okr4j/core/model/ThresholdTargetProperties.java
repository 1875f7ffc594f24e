package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;

/** isMetBy of thresholds and bands against a comparison oracle, boundaries included. */
class ThresholdTargetProperties {

  /** Few distinct values, in varied scales, so that values often sit exactly on an end. */
  @Provide
  Arbitrary<Quantity> values() {
    return Arbitraries.integers()
        .between(-4, 4)
        .flatMap(
            n ->
                Arbitraries.of(0, 1, 2)
                    .map(
                        scale ->
                            Quantity.of(BigDecimal.valueOf(n).setScale(scale), Unit.percent())));
  }

  private static String where(int comparison) {
    return comparison < 0 ? "below" : comparison == 0 ? "on" : "above";
  }

  @Property
  void threshold_isMetByTheRightSideAndByTheThresholdWhenInclusive(
      @ForAll("values") Quantity threshold,
      @ForAll("values") Quantity value,
      @ForAll ThresholdTarget.Side side,
      @ForAll Boundary boundary) {
    ThresholdTarget target = ThresholdTarget.of(side, threshold, boundary);
    int c = value.value().compareTo(threshold.value());
    boolean oracle =
        c == 0
            ? boundary == Boundary.INCLUSIVE
            : side == ThresholdTarget.Side.ABOVE ? c > 0 : c < 0;
    GeneratorCoverage.label("value is").collect(where(c));
    assertThat(target.isMetBy(value)).isEqualTo(oracle);
    GeneratorCoverage.label("value is")
        .coverage(
            k -> {
              k.check("on").percentage(p -> p > 2.5);
              k.check("below").percentage(p -> p > 10);
              k.check("above").percentage(p -> p > 10);
            });
  }

  @Property
  void band_isMetBetweenItsEndsWithTheirBoundaries(
      @ForAll("values") Quantity a,
      @ForAll("values") Quantity b,
      @ForAll("values") Quantity value,
      @ForAll Boundary lowerBoundary,
      @ForAll Boundary upperBoundary) {
    if (a.compareTo(b) == 0) {
      return; // an empty band is refused; see BandTargetTest
    }
    Quantity lower = a.compareTo(b) < 0 ? a : b;
    Quantity upper = a.compareTo(b) < 0 ? b : a;
    BandTarget band = BandTarget.of(lower, lowerBoundary, upper, upperBoundary);
    int low = value.value().compareTo(lower.value());
    int high = value.value().compareTo(upper.value());
    boolean oracle =
        (low > 0 || (low == 0 && lowerBoundary == Boundary.INCLUSIVE))
            && (high < 0 || (high == 0 && upperBoundary == Boundary.INCLUSIVE));
    String where =
        low < 0
            ? "below"
            : low == 0 ? "on lower" : high < 0 ? "inside" : high == 0 ? "on upper" : "above";
    GeneratorCoverage.label("value is").collect(where);
    assertThat(band.isMetBy(value)).isEqualTo(oracle);
    GeneratorCoverage.label("value is")
        .coverage(
            k -> {
              k.check("on lower").percentage(p -> p > 1.5);
              k.check("on upper").percentage(p -> p > 1.5);
              k.check("inside").percentage(p -> p > 5);
              k.check("below").percentage(p -> p > 5);
              k.check("above").percentage(p -> p > 5);
            });
  }
}
