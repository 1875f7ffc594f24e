package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.okr4j.core.model.Fixtures.d;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MilestoneTargetTest {

  @Test
  void complete_isOneHundredPercent() {
    MilestoneTarget t = Target.complete();
    assertThat(t.percentComplete()).isEqualByComparingTo("100");
    assertThat(t.kind()).isEqualTo(Target.Kind.MILESTONE);
    assertThat(MilestoneTarget.of(d("100"))).isEqualTo(t);
  }

  @Test
  void of_partOfTheWay() {
    assertThat(MilestoneTarget.of(d("50")).percentComplete()).isEqualTo(d("50"));
    assertThat(MilestoneTarget.of(d("0.5")).percentComplete()).isEqualTo(d("0.5"));
  }

  @Test
  void percentComplete_mustBeAboveZeroAndAtMost100() {
    assertThatThrownBy(() -> MilestoneTarget.of(d("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone percent complete (0) must be > 0");
    assertThatThrownBy(() -> MilestoneTarget.of(d("-5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone percent complete (-5) must be > 0");
    assertThatThrownBy(() -> MilestoneTarget.of(d("100.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestone percent complete (100.5) must be <= 100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999"})
  void percentComplete_hostileDecimal_isRefusedInstantly(String text) {
    assertTimeoutPreemptively(
        Duration.ofMillis(500),
        () ->
            assertThatThrownBy(() -> MilestoneTarget.of(d(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("milestone percent complete (")
                .hasMessageContaining("is outside the accepted range"));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Target.complete(), MilestoneTarget.of(d("100")))
        .addEqualityGroup(MilestoneTarget.of(d("100.0")))
        .addEqualityGroup(MilestoneTarget.of(d("50")))
        .addEqualityGroup(Target.complete().printedAs("0% → 100%"))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(MilestoneTarget.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Target.complete());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(MilestoneTarget.class);
    assertImmutableInstance(Target.complete());
  }
}
