package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.d;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.quantity.UnitMismatchException;

class ThresholdTargetTest {
  private static Quantity minutes(String value) {
    return Quantity.of(d(value), Unit.minutes());
  }

  /** {@code "< 13.2 mins"}. */
  private static final ThresholdTarget BELOW_13_2 =
      Target.staysBelow(minutes("13.2"), Boundary.EXCLUSIVE);

  @Test
  void of_keepsSideThresholdAndBoundary() {
    ThresholdTarget t =
        ThresholdTarget.of(ThresholdTarget.Side.ABOVE, minutes("5"), Boundary.INCLUSIVE);
    assertThat(t.side()).isEqualTo(ThresholdTarget.Side.ABOVE);
    assertThat(t.threshold()).isEqualTo(minutes("5"));
    assertThat(t.boundary()).isEqualTo(Boundary.INCLUSIVE);
    assertThat(t.kind()).isEqualTo(Target.Kind.THRESHOLD);
    assertThat(t.printed()).isEmpty();
  }

  @Test
  void isMetBy_belowExclusive() {
    assertThat(BELOW_13_2.isMetBy(minutes("13.1"))).isTrue();
    assertThat(BELOW_13_2.isMetBy(minutes("13.2"))).isFalse();
    assertThat(BELOW_13_2.isMetBy(minutes("13.20"))).isFalse();
    assertThat(BELOW_13_2.isMetBy(minutes("13.3"))).isFalse();
  }

  @Test
  void isMetBy_belowInclusive_metOnTheThreshold() {
    ThresholdTarget atMost = Target.staysBelow(minutes("13.2"), Boundary.INCLUSIVE);
    assertThat(atMost.isMetBy(minutes("13.2"))).isTrue();
    assertThat(atMost.isMetBy(minutes("13.21"))).isFalse();
  }

  @Test
  void isMetBy_above() {
    ThresholdTarget atLeast = Target.staysAbove(percent("90"), Boundary.INCLUSIVE);
    ThresholdTarget moreThan = Target.staysAbove(percent("90"), Boundary.EXCLUSIVE);
    assertThat(atLeast.isMetBy(percent("90.0"))).isTrue();
    assertThat(moreThan.isMetBy(percent("90.0"))).isFalse();
    assertThat(moreThan.isMetBy(percent("90.1"))).isTrue();
    assertThat(atLeast.isMetBy(percent("89.9"))).isFalse();
  }

  @Test
  void isMetBy_otherUnit_throws() {
    assertThatThrownBy(() -> BELOW_13_2.isMetBy(percent("12")))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: percent/minutes");
  }

  @Test
  void printedAs_keepsTheText() {
    ThresholdTarget printed = BELOW_13_2.printedAs("<13.2 mins");
    assertThat(printed.printed()).contains("<13.2 mins");
    assertThat(printed.threshold()).isEqualTo(BELOW_13_2.threshold());
    assertThat(printed).isNotEqualTo(BELOW_13_2);
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(BELOW_13_2, Target.staysBelow(minutes("13.2"), Boundary.EXCLUSIVE))
        .addEqualityGroup(Target.staysBelow(minutes("13.2"), Boundary.INCLUSIVE))
        .addEqualityGroup(Target.staysAbove(minutes("13.2"), Boundary.EXCLUSIVE))
        .addEqualityGroup(Target.staysBelow(minutes("13.20"), Boundary.EXCLUSIVE))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(ThresholdTarget.class);
    Fixtures.nullTester().testAllPublicStaticMethods(ThresholdTarget.Side.class);
    Fixtures.nullTester().testAllPublicStaticMethods(Boundary.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(BELOW_13_2);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(ThresholdTarget.class);
    assertImmutableInstance(BELOW_13_2);
  }
}
