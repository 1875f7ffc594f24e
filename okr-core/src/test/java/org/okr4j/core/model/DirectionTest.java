package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class DirectionTest {

  @Test
  void improvementSign_isPlusOneWhenHigherIsBetter() {
    assertThat(Direction.HIGHER_IS_BETTER.improvementSign()).isEqualTo(1);
  }

  @Test
  void improvementSign_isMinusOneWhenLowerIsBetter() {
    // Code review time 19 → 21 days: a change of +2, an improvement of −2.
    assertThat(Direction.LOWER_IS_BETTER.improvementSign()).isEqualTo(-1);
    assertThat(2 * Direction.LOWER_IS_BETTER.improvementSign()).isEqualTo(-2);
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    new NullPointerTester().testAllPublicStaticMethods(Direction.class);
  }
}
