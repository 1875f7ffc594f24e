package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class StatedChangeTest {
  private static final ChangeBasis IMPROVEMENT =
      ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.IMPROVEMENT);

  @Test
  void of_keepsFigureAndClaimedBasis() {
    StatedFigure figure = StatedFigure.of("-1.4%", percent("-1.4"));
    StatedChange change = StatedChange.of(figure, IMPROVEMENT);
    assertThat(change.figure()).isEqualTo(figure);
    assertThat(change.claimedBasis()).isEqualTo(IMPROVEMENT);
  }

  @Test
  void figure_mustBeInPercent() {
    assertThatThrownBy(() -> StatedChange.of(StatedFigure.of("18 days", days("18")), IMPROVEMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stated change (18 days) must be in percent, not days");
  }

  @Test
  void equalsAndHashCode() {
    StatedFigure figure = StatedFigure.of("-1.4%", percent("-1.4"));
    new EqualsTester()
        .addEqualityGroup(
            StatedChange.of(figure, IMPROVEMENT), StatedChange.of(figure, IMPROVEMENT))
        .addEqualityGroup(StatedChange.of(figure, ChangeBasis.RELATIVE_TO_BASELINE))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(StatedChange.class);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(StatedChange.class);
    assertImmutableInstance(
        StatedChange.of(StatedFigure.of("-1.4%", percent("-1.4")), IMPROVEMENT));
  }
}
