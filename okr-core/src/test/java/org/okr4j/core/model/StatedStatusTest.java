package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class StatedStatusTest {

  @Test
  void of_colourOnly() {
    StatedStatus status = StatedStatus.of(StatusColor.YELLOW);
    assertThat(status.color()).isEqualTo(StatusColor.YELLOW);
    assertThat(status.reason()).isEmpty();
  }

  @Test
  void of_colourAndReason() {
    StatedStatus status = StatedStatus.of(StatusColor.RED, "Blocked on deployment of the MVP");
    assertThat(status.color()).isEqualTo(StatusColor.RED);
    assertThat(status.reason()).contains("Blocked on deployment of the MVP");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(StatedStatus.of(StatusColor.YELLOW), StatedStatus.of(StatusColor.YELLOW))
        .addEqualityGroup(StatedStatus.of(StatusColor.YELLOW, "late"))
        .addEqualityGroup(StatedStatus.of(StatusColor.GREEN))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(StatedStatus.class);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(StatedStatus.class);
    assertImmutableInstance(StatedStatus.of(StatusColor.RED, "late"));
  }
}
