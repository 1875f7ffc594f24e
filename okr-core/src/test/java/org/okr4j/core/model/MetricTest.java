package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.d;
import static org.okr4j.core.testing.ValueClassAssertions.assertClosedBuilder;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Unit;

class MetricTest {
  private static final Metric REVIEW_TIME =
      Metric.of("code review time", Unit.days(), Direction.LOWER_IS_BETTER);

  @Test
  void of_hasNoBounds() {
    assertThat(REVIEW_TIME.name()).isEqualTo("code review time");
    assertThat(REVIEW_TIME.unit()).isEqualTo(Unit.days());
    assertThat(REVIEW_TIME.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(REVIEW_TIME.lowerBound()).isEmpty();
    assertThat(REVIEW_TIME.upperBound()).isEmpty();
  }

  @Test
  void builder_withBounds() {
    Metric satisfaction =
        Metric.builder()
            .name("developer satisfaction")
            .unit(Unit.scoreOutOf(5))
            .direction(Direction.HIGHER_IS_BETTER)
            .lowerBound(BigDecimal.ZERO)
            .upperBound(d("5"))
            .build();
    assertThat(satisfaction.lowerBound()).contains(BigDecimal.ZERO);
    assertThat(satisfaction.upperBound()).contains(d("5"));
  }

  @Test
  void bounds_mustBeOrdered() {
    assertThatThrownBy(
            () ->
                Metric.builder().from(REVIEW_TIME).lowerBound(d("5")).upperBound(d("5.0")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric lower bound (5) must be < upper bound (5.0)");
    assertThat(Metric.builder().from(REVIEW_TIME).lowerBound(d("-3")).build().lowerBound())
        .contains(d("-3"));
  }

  @Test
  void bounds_outsideLimits_areRefused() {
    assertThatThrownBy(
            () -> Metric.builder().from(REVIEW_TIME).upperBound(d("1e999999999")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metric upper bound (1E+999999999) is outside the accepted range");
    assertThatThrownBy(
            () -> Metric.builder().from(REVIEW_TIME).lowerBound(d("1e-999999999")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metric lower bound (1E-999999999) is outside the accepted range");
  }

  @Test
  void name_mustNotBeBlank() {
    assertThatThrownBy(() -> Metric.of(" ", Unit.days(), Direction.LOWER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric name (\" \") must not be blank");
  }

  @Test
  void builder_missingAttributes_namesThem() {
    assertThatThrownBy(() -> Metric.builder().name("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unit")
        .hasMessageContaining("direction");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            REVIEW_TIME, Metric.of("code review time", Unit.days(), Direction.LOWER_IS_BETTER))
        .addEqualityGroup(Metric.of("code review time", Unit.days(), Direction.HIGHER_IS_BETTER))
        .addEqualityGroup(Metric.of("code review time", Unit.hours(), Direction.LOWER_IS_BETTER))
        .addEqualityGroup(Metric.builder().from(REVIEW_TIME).lowerBound(BigDecimal.ZERO).build())
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(Metric.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(REVIEW_TIME);
    Fixtures.nullTester().testAllPublicInstanceMethods(Metric.builder());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Metric.class);
    assertClosedBuilder(Metric.Builder.class);
    assertImmutableInstance(REVIEW_TIME);
  }
}
