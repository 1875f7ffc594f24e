package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class StatedFigureTest {

  @Test
  void of_keepsTextAndValue() {
    StatedFigure f = StatedFigure.of("-1.4%", percent("-1.4"));
    assertThat(f.text()).isEqualTo("-1.4%");
    assertThat(f.value()).isEqualTo(percent("-1.4"));
  }

  @Test
  void text_mustNotBeBlank() {
    assertThatThrownBy(() -> StatedFigure.of("", days("18")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stated figure text (\"\") must not be blank");
  }

  @Test
  void equalsAndHashCode_textAndValue() {
    new EqualsTester()
        .addEqualityGroup(
            StatedFigure.of("18 days", days("18")), StatedFigure.of("18 days", days("18")))
        .addEqualityGroup(StatedFigure.of("18d", days("18")))
        .addEqualityGroup(StatedFigure.of("18 days", days("18.0")))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(StatedFigure.class);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(StatedFigure.class);
    assertImmutableInstance(StatedFigure.of("18 days", days("18")));
  }
}
