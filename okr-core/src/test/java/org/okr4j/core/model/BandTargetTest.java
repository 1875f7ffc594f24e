package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.UnitMismatchException;

class BandTargetTest {

  @Test
  void between_includesBothEnds() {
    BandTarget band = Target.between(percent("40"), percent("60"));
    assertThat(band.lower()).isEqualTo(percent("40"));
    assertThat(band.upper()).isEqualTo(percent("60"));
    assertThat(band.lowerBoundary()).isEqualTo(Boundary.INCLUSIVE);
    assertThat(band.upperBoundary()).isEqualTo(Boundary.INCLUSIVE);
    assertThat(band.kind()).isEqualTo(Target.Kind.BAND);
    assertThat(band.isMetBy(percent("40"))).isTrue();
    assertThat(band.isMetBy(percent("60.0"))).isTrue();
    assertThat(band.isMetBy(percent("50"))).isTrue();
    assertThat(band.isMetBy(percent("39.9"))).isFalse();
    assertThat(band.isMetBy(percent("60.1"))).isFalse();
  }

  @Test
  void isMetBy_exclusiveEnds() {
    BandTarget open =
        BandTarget.of(percent("40"), Boundary.EXCLUSIVE, percent("60"), Boundary.EXCLUSIVE);
    assertThat(open.isMetBy(percent("40"))).isFalse();
    assertThat(open.isMetBy(percent("60"))).isFalse();
    assertThat(open.isMetBy(percent("40.01"))).isTrue();
    BandTarget halfOpen =
        BandTarget.of(percent("40"), Boundary.INCLUSIVE, percent("60"), Boundary.EXCLUSIVE);
    assertThat(halfOpen.isMetBy(percent("40"))).isTrue();
    assertThat(halfOpen.isMetBy(percent("60"))).isFalse();
  }

  @Test
  void isMetBy_otherUnit_throws() {
    assertThatThrownBy(() -> Target.between(percent("40"), percent("60")).isMetBy(days("50")))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
  }

  @Test
  void ends_mustBeOrderedAndOfOneUnit() {
    assertThatThrownBy(() -> Target.between(percent("60"), percent("60.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band lower end (60%) must be below its upper end (60.0%)");
    assertThatThrownBy(() -> Target.between(percent("60"), percent("40")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band lower end (60%) must be below its upper end (40%)");
    assertThatThrownBy(() -> Target.between(percent("40"), days("60")))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: percent/days");
  }

  @Test
  void printedAs_keepsTheText() {
    BandTarget band = Target.between(percent("40"), percent("60")).printedAs("40–60%");
    assertThat(band.printed()).contains("40–60%");
    assertThat(band.lower()).isEqualTo(percent("40"));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Target.between(percent("40"), percent("60")),
            BandTarget.of(percent("40"), Boundary.INCLUSIVE, percent("60"), Boundary.INCLUSIVE))
        .addEqualityGroup(
            BandTarget.of(percent("40"), Boundary.EXCLUSIVE, percent("60"), Boundary.INCLUSIVE))
        .addEqualityGroup(Target.between(percent("40"), percent("61")))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    // Builder setters refuse nulls before the band is checked, so equal defaults do no harm.
    Fixtures.nullTester().testAllPublicStaticMethods(BandTarget.class);
    Fixtures.nullTester()
        .setDefault(Quantity.class, percent("50"))
        .testAllPublicInstanceMethods(Target.between(percent("40"), percent("60")));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(BandTarget.class);
    assertImmutableInstance(Target.between(percent("40"), percent("60")));
  }
}
