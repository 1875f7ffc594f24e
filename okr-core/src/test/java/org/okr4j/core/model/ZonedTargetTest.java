package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.maintainers;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.UnitMismatchException;

class ZonedTargetTest {

  @Test
  void increasingZones_areHigherIsBetter() {
    ZonedTarget z = Target.zones(maintainers(1900), maintainers(1974), maintainers(2050));
    assertThat(z.commit()).isEqualTo(maintainers(1900));
    assertThat(z.target()).isEqualTo(maintainers(1974));
    assertThat(z.stretch()).isEqualTo(maintainers(2050));
    assertThat(z.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(z.kind()).isEqualTo(Target.Kind.ZONED);
  }

  @Test
  void decreasingZones_areLowerIsBetter() {
    ZonedTarget z = ZonedTarget.of(days("18"), days("17"), days("15"));
    assertThat(z.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void zones_mustBeStrictlyMonotone() {
    assertThatThrownBy(() -> Target.zones(days("1"), days("3"), days("2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "zones must be strictly monotone: commit (1 days), target (3 days), stretch (2 days)");
    assertThatThrownBy(() -> Target.zones(days("1"), days("1.0"), days("2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("zones must be strictly monotone");
    assertThatThrownBy(() -> Target.zones(days("1"), days("2"), days("2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("zones must be strictly monotone");
  }

  @Test
  void zones_mustShareOneUnit() {
    assertThatThrownBy(() -> Target.zones(days("1"), maintainers(2), days("3")))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/count of tool maintainers");
    assertThatThrownBy(() -> Target.zones(days("1"), days("2"), maintainers(3)))
        .isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void printedAs_keepsTheText() {
    ZonedTarget z = Target.zones(days("18"), days("17"), days("15")).printedAs("18/17/15 days");
    assertThat(z.printed()).contains("18/17/15 days");
    assertThat(z.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Target.zones(days("18"), days("17"), days("15")),
            ZonedTarget.of(days("18"), days("17"), days("15")))
        .addEqualityGroup(Target.zones(days("18"), days("17"), days("14")))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(ZonedTarget.class);
    Fixtures.nullTester()
        .testAllPublicInstanceMethods(Target.zones(days("18"), days("17"), days("15")));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(ZonedTarget.class);
    assertImmutableInstance(Target.zones(days("18"), days("17"), days("15")));
  }
}
